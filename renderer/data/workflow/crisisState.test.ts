/** Crisis mode on stored posts: what it holds, what it leaves alone, and the way back. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import type { PostFormInput } from '../../../shared/model/postInput';
import { listAudit, verifyStoredAudit } from './auditLog';
import { loadCrisisState, switchCrisisOff, switchCrisisOn } from './crisisState';
import { db } from '../store/db';
import { markExported } from '../export/exportRepository';
import { postAt } from '../export/exportTestPosts';
import { getPost, savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick } from './reviewRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';
import { ensureTestTrust } from '../trust/testTrust';
import { approvePost, releasePost, submitForReview } from './workflowRepository';

const NOW = new Date('2026-11-25T08:00:00Z');
const at = (actorId: string, hours = 0) => ({ actorId, now: new Date(NOW.getTime() + hours * 3_600_000) });

async function approved(title: string, date: string, category: string | null = null): Promise<string> {
  const input: PostFormInput = {
    title,
    channels: ['facebook'],
    date,
    time: '10:00',
    text: 'Die Stadtbibliothek hat am Samstag von 10 bis 14 Uhr geöffnet.',
    category,
  };
  const saved = await savePostFromForm(input, null, { ...at(ANNA_EDITOR.id), timeZone: 'Europe/Berlin' });
  if (!saved.ok) throw new Error('save failed');
  const { id } = saved.post;
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(id, item.id, true, at(ANNA_EDITOR.id));
  }
  if (!(await submitForReview(id, at(ANNA_EDITOR.id))).ok) throw new Error('submit failed');
  if (category === null && !(await approvePost(id, at(PAUL_APPROVER.id))).ok)
    throw new Error('approve failed');
  return id;
}

const statusOf = async (id: string) => (await getPost(id))?.status;

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  await ensureTestTrust();
});

afterEach(async () => {
  await db.delete();
});

describe('crisis mode', () => {
  it('holds the scheduled posts of the window that are not crisis information, and audits each hold', async () => {
    const soon = await approved('Quiz', '2026-11-27');
    const later = await approved('Adventsmarkt', '2026-12-10');
    const crisis = await approved('Warnung', '2026-11-26', 'Krise');

    expect(await switchCrisisOn({ reason: '  ' }, at(ADA_ADMIN.id))).toEqual({
      ok: false,
      reason: 'crisis.errors.reasonRequired',
    });
    expect(await switchCrisisOn({ reason: 'Unwetter' }, at(ANNA_EDITOR.id))).toEqual({
      ok: false,
      reason: 'crisis.errors.notAllowed',
    });
    expect(await switchCrisisOn({ reason: 'Unwetter' }, at(ADA_ADMIN.id))).toEqual({ ok: true, held: 1 });

    expect(await statusOf(soon)).toBe('on_hold');
    expect(await statusOf(later)).toBe('approved');
    expect(await statusOf(crisis)).toBe('in_review');
    expect((await getPost(soon))?.workflow.hold).toMatchObject({
      fromStatus: 'approved',
      reason: 'Unwetter',
    });
    expect(await loadCrisisState()).toMatchObject({
      active: true,
      reason: 'Unwetter',
      byProfileId: ADA_ADMIN.id,
    });
    const actions = (await listAudit()).slice(-2).map((entry) => [entry.action, entry.postId]);
    expect(actions).toEqual([
      ['crisisOn', null],
      ['hold', soon],
    ]);
  });

  it('reads only holdable posts of the window by the compound index: in review, approved, exported; ties by id', async () => {
    const quiz = await approved('Quiz', '2026-11-27');
    const sameTime = await approved('Zweites Quiz', '2026-11-27');
    const inReview = await postAt('Bürgeramt', '2026-11-26', 'in_review');
    const exported = await postAt('Laternenumzug', '2026-11-26', 'approved', {}, '08:00');
    const marked = await markExported(
      [exported],
      { fileName: 'plan.ics', sha256: 'a'.repeat(64) },
      at(ANNA_EDITOR.id),
    );
    expect(marked.ok).toBe(true);
    const draft = await postAt('Entwurf', '2026-11-26', 'draft');
    const unscheduled = await postAt('Ohne Termin', '', 'in_review', {}, '');

    expect(await switchCrisisOn({ reason: 'Unwetter' }, at(ADA_ADMIN.id))).toEqual({ ok: true, held: 4 });
    for (const id of [quiz, sameTime, inReview, exported]) expect(await statusOf(id)).toBe('on_hold');
    expect(await statusOf(draft)).toBe('draft');
    expect(await statusOf(unscheduled)).toBe('in_review');
    const holds = (await listAudit()).filter((entry) => entry.action === 'hold').map((entry) => entry.postId);
    expect(holds).toEqual([exported, inReview, ...[quiz, sameTime].sort()]);
  });

  it('keeps posts held after switching off; a quick release restores the approval, a late one needs review', async () => {
    const first = await approved('Quiz', '2026-11-27');
    const second = await approved('Porträt', '2026-11-28');
    await switchCrisisOn({ reason: 'Shitstorm' }, at(ADA_ADMIN.id));
    expect(await switchCrisisOff(at(ADA_ADMIN.id, 1))).toEqual({ ok: true, held: 2 });
    expect(await loadCrisisState()).toEqual({ active: false });
    expect(await statusOf(first)).toBe('on_hold');

    expect((await releasePost(first, at(PAUL_APPROVER.id, 2))).ok).toBe(true);
    expect(await statusOf(first)).toBe('approved');
    expect((await releasePost(second, at(PAUL_APPROVER.id, 49))).ok).toBe(true);
    const late = await getPost(second);
    expect(late?.status).toBe('in_review');
    expect(late?.workflow.approvals).toEqual([]);
    expect(await verifyStoredAudit()).toEqual({ ok: true });
  });
});
