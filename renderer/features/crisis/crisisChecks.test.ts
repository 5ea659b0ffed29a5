/** While crisis mode is on, the crisis rules check every post (findingsOf gets the live crisis flag). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { findingsOf } from '../../data/workflow/reviewRepository';

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe('crisis checks', () => {
  it('apply to an ordinary post only while crisis mode is on', async () => {
    const saved = await savePostFromForm(
      { title: 'Kino', channels: ['facebook'], date: '2026-11-26', time: '10:00', text: 'Kinoabend 😂' },
      null,
      { actorId: 'anna', timeZone: 'Europe/Berlin', now: new Date('2026-11-25T08:00:00Z') },
    );
    if (!saved.ok) throw new Error('save failed');
    const keys = (crisisMode: boolean) =>
      findingsOf(saved.post, {
        media: {},
        consents: [],
        settings: DEFAULT_SETTINGS,
        now: new Date('2026-11-25T08:00:00Z'),
        crisisMode,
      }).map((finding) => finding.messageKey);
    expect(keys(false)).not.toContain('checks.crisis.humourEmoji');
    expect(keys(true)).toContain('checks.crisis.humourEmoji');
  });
});
