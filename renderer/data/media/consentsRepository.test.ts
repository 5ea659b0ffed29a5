/** The consent register against a real IndexedDB implementation (fake-indexeddb). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaMeta } from '../../../shared/model/media';
import { db } from '../store/db';
import {
  countMediaByConsent,
  deleteConsent,
  getConsent,
  listConsents,
  saveConsent,
  withdrawConsent,
  type ConsentInput,
} from './consentsRepository';

const maria: ConsentInput = {
  person: '  Maria Muster ',
  purpose: 'Fotos vom Sommerfest auf den Kanälen der Stadt',
  givenOn: '2026-06-01',
  validUntil: '2027-05-31',
  withdrawnOn: null,
};

async function create(input: ConsentInput) {
  const result = await saveConsent(input);
  if (!result.ok) throw new Error(result.messageKey);
  return result.consent;
}

function media(id: string, consentIds: string[]): MediaMeta {
  return {
    id,
    kind: 'image',
    mimeType: 'image/png',
    byteLength: 10,
    width: 1,
    height: 1,
    durationSeconds: null,
    fileName: `${id}.png`,
    hasSubtitles: false,
    showsPeople: true,
    consentIds,
    createdAt: '2026-11-25T08:00:00.000Z',
  };
}

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('consents repository', () => {
  it('creates a consent with a new id and trimmed texts, and updates it under the same id', async () => {
    const created = await create(maria);
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.person).toBe('Maria Muster');
    expect(await getConsent(created.id)).toEqual(created);

    const updated = await create({ ...created, validUntil: null });
    expect(updated.id).toBe(created.id);
    expect(await db.consents.count()).toBe(1);
    expect(await getConsent(created.id)).toMatchObject({ validUntil: null });
  });

  it('refuses invalid input with the message key and field of each problem, and stores nothing', async () => {
    const result = await saveConsent({ ...maria, person: ' ', givenOn: '2026-02-30' });
    expect(result).toEqual({
      ok: false,
      messageKey: 'media.consent.errors.personRequired',
      field: 'person',
      errors: {
        person: 'media.consent.errors.personRequired',
        givenOn: 'media.consent.errors.dateInvalid',
      },
    });
    expect(await saveConsent({ ...maria, givenOn: '2026-06-01', validUntil: '2026-05-01' })).toMatchObject({
      ok: false,
      field: 'validUntil',
      messageKey: 'media.consent.errors.validUntilBeforeGivenOn',
    });
    expect(await db.consents.count()).toBe(0);
  });

  it('lists consents by person in German order', async () => {
    await create({ ...maria, person: 'Zora Zander' });
    await create({ ...maria, person: 'Özlem Öztürk' });
    await create({ ...maria, person: 'Anton Auer' });
    expect((await listConsents()).map((consent) => consent.person)).toEqual([
      'Anton Auer',
      'Özlem Öztürk',
      'Zora Zander',
    ]);
  });

  it('records a withdrawal, but not one before the day consent was given', async () => {
    const consent = await create(maria);
    expect(await withdrawConsent(consent.id, '2026-05-01')).toMatchObject({
      ok: false,
      field: 'withdrawnOn',
      messageKey: 'media.consent.errors.withdrawnBeforeGivenOn',
    });
    expect((await getConsent(consent.id))?.withdrawnOn).toBeNull();

    expect(await withdrawConsent(consent.id, '2026-11-25')).toEqual({
      ok: true,
      consent: { ...consent, withdrawnOn: '2026-11-25' },
      changedPostIds: [],
    });
    expect((await getConsent(consent.id))?.withdrawnOn).toBe('2026-11-25');
    await expect(withdrawConsent('missing', '2026-11-25')).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
  });

  it('counts the media linking each consent', async () => {
    const a = await create(maria);
    const b = await create({ ...maria, person: 'Bernd Beispiel' });
    await db.media.bulkPut([media('m1', [a.id]), media('m2', [a.id, b.id]), media('m3', [])]);
    expect(await countMediaByConsent()).toEqual({ [a.id]: 2, [b.id]: 1 });
  });

  it('refuses to delete a consent that media link, and deletes it once none does', async () => {
    const consent = await create(maria);
    await db.media.bulkPut([media('m1', [consent.id]), media('m2', [consent.id])]);
    expect(await deleteConsent(consent.id)).toEqual({ ok: false, linkedMedia: 2 });
    expect(await getConsent(consent.id)).toEqual(consent);

    await db.media.bulkPut([media('m1', []), media('m2', [])]);
    expect(await deleteConsent(consent.id)).toEqual({ ok: true });
    expect(await getConsent(consent.id)).toBeUndefined();
  });
});
