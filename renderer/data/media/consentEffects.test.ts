/** Withdrawing a consent takes the media it no longer covers out of the posts (fake-indexeddb). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MediaMeta } from '../../../shared/model/media';
import { db } from '../store/db';
import { removedMediaNote } from './consentEffects';
import { saveConsent, withdrawConsent, type ConsentInput } from './consentsRepository';
import { EXPORT_TEST_NOW, postAt } from '../export/exportTestPosts';
import { ANNA_EDITOR, seedProfiles } from '../settings/testProfiles';

function media(id: string, consentIds: string[]): MediaMeta {
  return {
    id,
    kind: 'image',
    mimeType: 'image/png',
    byteLength: 10,
    width: 1,
    height: 1,
    durationSeconds: null,
    fileName: `${id.slice(0, 4)}.png`,
    hasSubtitles: false,
    showsPeople: true,
    consentIds,
    createdAt: '2026-11-25T08:00:00.000Z',
  };
}

const consentInput = (person: string): ConsentInput => ({
  person,
  purpose: 'Fotos vom Sommerfest',
  givenOn: '2026-06-01',
  validUntil: null,
  withdrawnOn: null,
});

async function consent(person: string): Promise<string> {
  const result = await saveConsent(consentInput(person));
  if (!result.ok) throw new Error(result.messageKey);
  return result.consent.id;
}

const FEST = 'a'.repeat(64);
const GROUP = 'b'.repeat(64);
const OTHER = 'c'.repeat(64);

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('withdrawing a consent', () => {
  it('takes the uncovered image out of an approved post, voids the approval and notes why', async () => {
    const maria = await consent('Maria Muster');
    // The town hall shows no people (an approved post cannot carry a people image without consent).
    await db.media.bulkPut([media(FEST, [maria]), { ...media(OTHER, []), showsPeople: false }]);
    const id = await postAt('Sommerfest', '2026-12-03', 'approved', {
      media: [
        { mediaId: FEST, altText: 'Maria am Stand' },
        { mediaId: OTHER, altText: 'Rathaus' },
      ],
    });
    await db.posts.update(id, {
      variants: (await db.posts.get(id))?.variants.map((variant) => ({
        ...variant,
        mediaIds: [FEST, OTHER],
      })),
    });
    const before = await db.posts.get(id);
    expect(before?.status).toBe('approved');

    const result = await withdrawConsent(maria, '2026-11-25', ANNA_EDITOR.id, EXPORT_TEST_NOW);
    expect(result.ok && result.changedPostIds).toEqual([id]);

    const after = await db.posts.get(id);
    expect(after?.media).toEqual([{ mediaId: OTHER, altText: 'Rathaus' }]);
    expect(after?.variants.every((variant) => variant.mediaIds.join() === OTHER)).toBe(true);
    expect(after?.status).not.toBe('approved');
    expect(after?.workflow.approvals).toEqual([]);
    expect(after?.notes).toContain(
      `Bild „${FEST.slice(0, 4)}.png“ entfernt: Einwilligung widerrufen am 25.11.2026.`,
    );
    const actions = (await db.audit.where('postId').equals(id).toArray()).map((entry) => entry.action);
    expect(actions).toContain('approvalVoided');
  });

  it('leaves a medium that another valid consent still covers, and posts without the medium', async () => {
    const maria = await consent('Maria Muster');
    const max = await consent('Max Muster');
    await db.media.bulkPut([media(GROUP, [maria, max]), media(FEST, [maria])]);
    const groupPost = await postAt('Gruppenbild', '2026-12-03', 'draft', {
      media: [{ mediaId: GROUP, altText: 'Team' }],
    });
    const plainPost = await postAt('Ohne Bild', '2026-12-04', 'approved');
    const plainBefore = await db.posts.get(plainPost);

    await withdrawConsent(maria, '2026-11-25', ANNA_EDITOR.id, EXPORT_TEST_NOW);
    expect((await db.posts.get(groupPost))?.media).toEqual([{ mediaId: GROUP, altText: 'Team' }]);
    expect(await db.posts.get(plainPost)).toEqual(plainBefore);

    // Once the second person withdraws too, nobody covers the group picture any more.
    await withdrawConsent(max, '2026-11-26', ANNA_EDITOR.id, EXPORT_TEST_NOW);
    const group = await db.posts.get(groupPost);
    expect(group?.media).toEqual([]);
    expect(group?.notes).toBe(removedMediaNote({ kind: 'image', fileName: 'bbbb.png' }, '2026-11-26'));
  });

  it('does not touch published posts: they are the record of what went out', async () => {
    const maria = await consent('Maria Muster');
    await db.media.put(media(FEST, [maria]));
    const id = await postAt('Schon draußen', '2026-11-20', 'draft', {
      media: [{ mediaId: FEST, altText: 'x' }],
    });
    await db.posts.update(id, { status: 'published' });
    const before = await db.posts.get(id);
    await withdrawConsent(maria, '2026-11-25', ANNA_EDITOR.id, EXPORT_TEST_NOW);
    expect(await db.posts.get(id)).toEqual(before);
  });

  it('changes nothing when the consent is unknown', async () => {
    await expect(withdrawConsent('missing', '2026-11-25')).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
  });
});
