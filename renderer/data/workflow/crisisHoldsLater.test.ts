/**
 * Crisis mode holds what enters its window after it was switched on: a post submitted, approved (also by a
 * review file) or released while the mode is on goes on hold at once, and an export leaves such posts out.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crisisHolds } from '../../../shared/crisis/crisisMode';
import { toExportPost } from '../../../shared/export/fromPost';
import { selectForExport } from '../../../shared/export/selection';
import { listAudit, verifyStoredAudit } from './auditLog';
import { loadCrisisState, switchCrisisOn } from './crisisState';
import { db } from '../store/db';
import { EXPORT_TEST_NOW, postAt } from '../export/exportTestPosts';
import { getPost, savePostFromForm } from '../posts/postsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';
import { ensureTestTrust } from '../trust/testTrust';
import { approvePost } from './workflowRepository';

const at = (actorId: string, hours = 0) => ({
  actorId,
  now: new Date(EXPORT_TEST_NOW.getTime() + hours * 3_600_000),
});

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  await ensureTestTrust();
});

afterEach(async () => {
  await db.delete();
});

describe('crisis mode after it was switched on', () => {
  it('holds a post submitted into the window, but not a crisis post or one outside the window', async () => {
    expect(await switchCrisisOn({ reason: 'Hochwasser' }, at(ADA_ADMIN.id))).toEqual({ ok: true, held: 0 });
    const inside = await postAt('Quiz', '2026-11-27', 'in_review');
    const crisis = await postAt('Pegelstand', '2026-11-27', 'in_review', { category: 'Krise' });
    const outside = await postAt('Adventsmarkt', '2026-12-10', 'in_review');

    const held = await getPost(inside);
    expect(held?.status).toBe('on_hold');
    expect(held?.workflow.hold).toMatchObject({ fromStatus: 'in_review', reason: 'Hochwasser' });
    expect((await getPost(crisis))?.status).toBe('in_review');
    expect((await getPost(outside))?.status).toBe('in_review');
    const trail = (await listAudit()).filter((entry) => entry.postId === inside).map((entry) => entry.action);
    expect(trail.slice(-2)).toEqual(['submit', 'hold']);
    expect(await verifyStoredAudit()).toEqual({ ok: true });
  });

  it('holds a post approved after the mode was switched on, and the export leaves it out', async () => {
    const id = await postAt('Lesung', '2026-12-10', 'in_review');
    await switchCrisisOn({ reason: 'Hochwasser' }, at(ADA_ADMIN.id));
    expect((await getPost(id))?.status).toBe('in_review');
    // Moved into the window while in review, then approved: the approval lands on hold.
    const before = await getPost(id);
    if (!before) throw new Error('missing');
    const moved = await savePostFromForm(
      {
        title: before.title,
        channels: before.channels,
        date: '2026-11-28',
        time: '10:00',
        text: before.text,
        category: null,
      },
      id,
      { ...at(ANNA_EDITOR.id, 1), timeZone: 'Europe/Berlin' },
    );
    expect(moved.ok).toBe(true);
    const approved = await approvePost(id, at(PAUL_APPROVER.id, 2));
    expect(approved.ok).toBe(true);
    const post = await getPost(id);
    expect(post?.status).toBe('on_hold');
    expect(post?.workflow.hold?.fromStatus).toBe('approved');
    expect(post?.workflow.approvals.map((approval) => approval.profileId)).toEqual([PAUL_APPROVER.id]);

    // The export's second line: even an approved post the mode holds stays behind.
    const crisis = await loadCrisisState();
    const stored = { ...(post ?? before), status: 'approved' as const };
    expect(crisisHolds(crisis, stored)).toBe(true);
    const selection = selectForExport([toExportPost(stored, [])], {
      fromDate: '2026-11-23',
      toDate: '2026-11-29',
      timeZone: 'Europe/Berlin',
      now: EXPORT_TEST_NOW,
      crisisHeld: [stored.id],
    });
    expect(selection.included).toEqual([]);
    expect(selection.excluded.map((entry) => entry.reason)).toEqual(['onHold']);
  });
});
