/**
 * The gate stops a post whose portrait's consent does not hold on the day the post goes out (fake-indexeddb): the
 * consent findings of the check engine block the submission until a valid consent is linked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import type { MediaMeta } from '../../../shared/model/media';
import { saveConsent, type ConsentInput } from './consentsRepository';
import { db } from '../store/db';
import { updateMediaMeta } from './mediaRepository';
import { savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick } from '../workflow/reviewRepository';
import { ANNA_EDITOR, seedProfiles } from '../settings/testProfiles';
import { submitForReview } from '../workflow/workflowRepository';

const NOW = new Date('2026-11-25T08:00:00Z');
const context = { actorId: ANNA_EDITOR.id, now: NOW };
const PORTRAIT = 'd'.repeat(64);

const portrait = (consentIds: string[]): MediaMeta => ({
  id: PORTRAIT,
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 120_000,
  width: 1080,
  height: 1080,
  durationSeconds: null,
  fileName: 'buergermeisterin.jpg',
  hasSubtitles: false,
  showsPeople: true,
  consentIds,
  createdAt: '2026-11-01T09:00:00.000Z',
});

async function consent(input: Partial<ConsentInput>): Promise<string> {
  const result = await saveConsent({
    person: 'Erika Mustermann',
    purpose: 'Social-Media-Kanäle der Stadt',
    givenOn: '2026-01-01',
    validUntil: null,
    withdrawnOn: null,
    ...input,
  });
  if (!result.ok) throw new Error(result.messageKey);
  return result.consent.id;
}

/** A post with the portrait on Facebook, on `date` at 10:00 in Berlin, every required item ticked. */
async function portraitPost(date: string): Promise<string> {
  const text = 'Die Bürgermeisterin lädt zur offenen Sprechstunde ins Rathaus ein.';
  const saved = await savePostFromForm(
    {
      title: 'Sprechstunde',
      channels: ['facebook'],
      date,
      time: '10:00',
      text,
      variants: [{ channel: 'facebook', format: 'feed', text, mediaIds: [PORTRAIT] }],
      variantsLinked: false,
      media: [{ mediaId: PORTRAIT, altText: 'Die Bürgermeisterin am Schreibtisch im Rathaus' }],
    },
    null,
    { ...context, timeZone: 'Europe/Berlin' },
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(saved.post.id, item.id, true, context);
  }
  return saved.post.id;
}

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('the consent of the people in a post’s images', () => {
  it('refuses a portrait whose consent expired before the post’s day, and accepts it with a valid one', async () => {
    const expired = await consent({ validUntil: '2026-11-30' });
    await db.media.put(portrait([expired]));
    const id = await portraitPost('2026-12-03');

    const refused = await submitForReview(id, context);
    if (refused.ok || !refused.gate) throw new Error('the gate must refuse');
    expect(refused.gate.blocking.map((finding) => [finding.id, finding.severity])).toEqual([
      [`facebook.consent.consentExpired.${PORTRAIT}.${expired}`, 'block'],
    ]);
    expect(refused.gate.missingItems).toEqual([]);
    expect((await db.posts.get(id))?.status).toBe('draft');

    await updateMediaMeta(PORTRAIT, { consentIds: [await consent({ validUntil: '2027-12-31' })] });
    const accepted = await submitForReview(id, context);
    expect(accepted.ok).toBe(true);
    expect((await db.posts.get(id))?.status).toBe('in_review');
  });

  it('refuses a portrait that shows people without any consent linked', async () => {
    await db.media.put(portrait([]));
    const id = await portraitPost('2026-12-03');
    const refused = await submitForReview(id, context);
    if (refused.ok || !refused.gate) throw new Error('the gate must refuse');
    expect(refused.gate.blocking.map((finding) => finding.rule)).toEqual(['consent.noConsentLinked']);
  });
});
