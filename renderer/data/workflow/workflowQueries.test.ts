/**
 * The reminders' read by the compound index (schema version 5): the same reminders as from every post in review or
 * approved, in any time zone, without the approved posts of other days; unscheduled posts in review included.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Post, PostStatus } from '../../../shared/model/post';
import { remindersFor } from '../../../shared/reminders/reminders';
import { db } from '../store/db';
import { postAt } from '../export/exportTestPosts';
import { getPost } from '../posts/postsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';
import { postsForReminders } from './workflowQueries';

const HOUR_MS = 3_600_000;

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

/** Copies of one real (approved, signed) post with another id, status and time: many posts, quickly. */
async function storeVariants(): Promise<void> {
  const template = await getPost(await postAt('Vorlage', '2026-11-30', 'approved'));
  if (!template) throw new Error('no template');
  await db.posts.delete(template.id);
  const base = Date.parse('2026-11-25T12:00:00.000Z');
  const offsets = [-100, -72, -49, -30, -26, -20, -11, -2, 0, 2, 11, 13, 20, 26, 30, 49, 72, 100];
  const rows: Post[] = [];
  const add = (status: PostStatus, iso: string | null, label: string) =>
    rows.push({
      ...template,
      id: `${status}-${label}`,
      title: `${status} ${label}`,
      status,
      scheduledAt: iso,
      scheduledAtUtc: iso,
    });
  for (const hours of offsets) {
    const iso = new Date(base + hours * HOUR_MS).toISOString();
    add('approved', iso, `${hours}h`);
    add('in_review', iso, `${hours}h`);
    add('exported', iso, `${hours}h`);
  }
  add('approved', '2019-03-01T09:00:00.000Z', 'alt');
  add('approved', '2031-03-01T09:00:00.000Z', 'spaet');
  add('in_review', '2019-03-01T09:00:00.000Z', 'alt');
  add('in_review', '2031-03-01T09:00:00.000Z', 'spaet');
  add('approved', null, 'ohne-zeit');
  add('in_review', null, 'ohne-zeit-1');
  add('in_review', null, 'ohne-zeit-2');
  // Two posts at the same time keep their order (by id), as they did from the status index.
  add('approved', new Date(base + HOUR_MS).toISOString(), 'gleich-b');
  add('approved', new Date(base + HOUR_MS).toISOString(), 'gleich-a');
  await db.posts.bulkPut(rows);
}

/** What the reminders read before version 5: every post in review or approved, in schedule order. */
async function everyPostInReviewOrApproved(): Promise<Post[]> {
  const posts = await db.posts.where('status').anyOf(['in_review', 'approved']).toArray();
  return posts.sort((a, b) => (a.scheduledAtUtc ?? '\uffff').localeCompare(b.scheduledAtUtc ?? '\uffff'));
}

describe('postsForReminders', () => {
  it('gives the same reminders as every post in review or approved, in every zone and at any hour', async () => {
    await storeVariants();
    const all = await everyPostInReviewOrApproved();
    let dueToday = 0;
    for (const now of ['2026-11-25T00:00:00.000Z', '2026-11-25T12:00:00.000Z', '2026-11-25T23:59:59.999Z']) {
      const read = await postsForReminders(new Date(now));
      for (const timeZone of [
        'Europe/Berlin',
        'Pacific/Kiritimati', // UTC+14
        'Pacific/Pago_Pago', // UTC−11
        'America/St_Johns',
        'Asia/Kathmandu',
      ]) {
        for (const profile of [PAUL_APPROVER, ANNA_EDITOR]) {
          const input = {
            profileId: profile.id,
            roles: profile.roles,
            now,
            timeZone,
            expiryLeadHours: 24,
          };
          const expected = remindersFor({ ...input, posts: all });
          expect(remindersFor({ ...input, posts: read }), `${now} ${timeZone} ${profile.id}`).toEqual(
            expected,
          );
          dueToday += expected.filter((reminder) => reminder.kind === 'dueTodayNotExported').length;
        }
      }
    }
    expect(dueToday).toBeGreaterThan(0); // the approved posts of the day were there to be found
  });

  it('reads every post in review, unscheduled ones too, and only the approved ones around today', async () => {
    await storeVariants();
    const read = await postsForReminders(new Date('2026-11-25T12:00:00.000Z'));
    const ids = read.map((post) => post.id);
    const inReview = (await db.posts.where('status').equals('in_review').primaryKeys()).sort();
    expect(ids.filter((id) => id.startsWith('in_review-')).sort()).toEqual(inReview);
    expect(ids).toEqual(expect.arrayContaining(['in_review-ohne-zeit-1', 'in_review-ohne-zeit-2']));
    // From two UTC days before to the end of two days after 25 November: 60 hours either side of its noon.
    expect(ids.filter((id) => id.startsWith('approved-')).sort()).toEqual(
      [
        'approved--49h',
        'approved--30h',
        'approved--26h',
        'approved--20h',
        'approved--11h',
        'approved--2h',
        'approved-0h',
        'approved-2h',
        'approved-11h',
        'approved-13h',
        'approved-20h',
        'approved-26h',
        'approved-30h',
        'approved-49h',
        'approved-gleich-a',
        'approved-gleich-b',
      ].sort(),
    );
    expect(ids.some((id) => id.startsWith('exported-'))).toBe(false);
    // Schedule order; equal times by id; unscheduled posts last.
    expect(ids.indexOf('approved-gleich-a')).toBe(ids.indexOf('approved-gleich-b') - 1);
    expect(ids.slice(-2)).toEqual(['in_review-ohne-zeit-1', 'in_review-ohne-zeit-2']);
    expect(ids).toEqual(
      (await everyPostInReviewOrApproved()).map((post) => post.id).filter((id) => ids.includes(id)),
    );
  });
});
