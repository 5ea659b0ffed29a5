/**
 * The approval workflow on a real (in-memory) IndexedDB: four eyes, approvals signed and bound to the content, an
 * edit voids them, every step in the audit chain, expiry, locked records.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyApprovalV2 } from '../../../shared/approval/statementV2';
import { verdictsFor } from './approvalVerdicts';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import type { Post } from '../../../shared/model/post';
import type { PostFormInput } from '../../../shared/model/postInput';
import { listAudit, verifyStoredAudit } from './auditLog';
import { db } from '../store/db';
import { deletePost, getPost, reschedulePost, savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick } from './reviewRepository';
import {
  ADA_ADMIN,
  ANNA_EDITOR,
  BERND_APPROVER,
  PAUL_APPROVER,
  seedProfiles,
} from '../settings/testProfiles';
import { seedTrust } from '../trust/testTrust';
import {
  approvePost,
  archivePost,
  confirmPublished,
  expireDuePosts,
  requestChanges,
  submitForReview,
  withdrawPost,
} from './workflowRepository';

const NOW = new Date('2026-11-25T08:00:00Z');
const as = (actorId: string, minutes = 0) => ({ actorId, now: new Date(NOW.getTime() + minutes * 60_000) });

const library: PostFormInput = {
  title: 'Bibliothek am Samstag',
  channels: ['facebook'],
  date: '2026-11-28',
  time: '10:00',
  text: 'Die Stadtbibliothek hat am Samstag von 10 bis 14 Uhr geöffnet.',
};

async function draft(input: PostFormInput = library, actorId = ANNA_EDITOR.id): Promise<string> {
  const result = await savePostFromForm(input, null, { ...as(actorId), timeZone: 'Europe/Berlin' });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(result.post.id, item.id, true, as(actorId));
  }
  return result.post.id;
}

async function edit(id: string, changes: Partial<PostFormInput>, actorId: string, minutes: number) {
  const result = await savePostFromForm({ ...library, ...changes }, id, {
    ...as(actorId, minutes),
    timeZone: 'Europe/Berlin',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.post;
}

async function stored(id: string): Promise<Post> {
  const post = await getPost(id);
  if (!post) throw new Error('post missing');
  return post;
}

function ok<T extends { ok: boolean }>(result: T): T {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

beforeEach(async () => {
  await db.open();
  await seedProfiles();
  await seedTrust();
});

afterEach(async () => {
  await db.delete();
});

describe('the way to approval', () => {
  it('submit → request changes → edit → resubmit → approve; a later edit voids it; approve again', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    expect((await stored(id)).status).toBe('in_review');

    expect(await requestChanges(id, '  ', as(PAUL_APPROVER.id, 2))).toEqual({
      ok: false,
      reason: 'workflow.errors.noteRequired',
    });
    ok(await requestChanges(id, 'Bitte die Öffnungszeit am Sonntag ergänzen.', as(PAUL_APPROVER.id, 3)));
    const returned = await stored(id);
    expect(returned.status).toBe('changes_requested');
    expect(returned.workflow.changesNote).toBe('Bitte die Öffnungszeit am Sonntag ergänzen.');
    expect(returned.workflow.lastReviewed?.content.variants[0]?.text).toBe(library.text);

    await edit(id, { text: `${library.text} Sonntags bleibt sie geschlossen.` }, ANNA_EDITOR.id, 4);
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 5)));
    const approved = ok(await approvePost(id, as(PAUL_APPROVER.id, 6)));
    if (!approved.ok) return;
    expect(approved.post.status).toBe('approved');
    expect(approved.post.workflow.revision).toBe(2);

    const [approval] = approved.post.workflow.approvals;
    const signature = approval?.signature;
    const paul = await db.profiles.get(PAUL_APPROVER.id);
    if (!approval || !signature?.statement || !paul?.publicKey)
      throw new Error('approval must be signed (v2)');
    expect(signature.version).toBe(2);
    expect(signature.statement).toMatchObject({
      postId: id,
      revision: 2,
      contentHash: approved.post.workflow.contentHash,
      policyStep: 1,
      stepCount: 1,
      category: null,
      signerProfileId: PAUL_APPROVER.id,
      authorId: ANNA_EDITOR.id,
      lastEditorId: ANNA_EDITOR.id,
      keyId: paul.publicKey.keyId,
      at: approval.at,
    });
    // The anchor is the chain head before the approve entry.
    const approveEntry = (await listAudit()).find(
      (entry) => entry.action === 'approve' && entry.postId === id,
    );
    expect(signature.statement.auditHead.seq).toBe((approveEntry?.seq ?? 0) - 1);
    expect(await verifyApprovalV2(signature, paul.publicKey)).toMatchObject({ valid: true });
    expect(
      await verifyApprovalV2(
        { ...signature, statement: { ...signature.statement, contentHash: 'f'.repeat(64) } },
        paul.publicKey,
      ),
    ).toEqual({ valid: false, reason: 'badSignature' });
    expect((await verdictsFor([approved.post]))[id]).toEqual({
      approved: true,
      storedApproved: true,
      reasons: [],
    });

    // A comma changes the published text: the approval is void, the post goes back to review.
    await edit(id, { text: `${library.text}, Sonntags bleibt sie geschlossen.` }, ANNA_EDITOR.id, 7);
    const voided = await stored(id);
    expect(voided.status).toBe('in_review');
    expect(voided.workflow.approvals).toEqual([]);
    expect(voided.workflow.revision).toBe(3);
    const actions = (await listAudit()).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(['contentChanged', 'approvalVoided']);

    ok(await approvePost(id, as(BERND_APPROVER.id, 8)));
    expect((await stored(id)).status).toBe('approved');
    expect(await verifyStoredAudit()).toEqual({ ok: true });
    expect((await listAudit()).filter((entry) => entry.postId === id).map((entry) => entry.action)).toEqual([
      'submit',
      'requestChanges',
      'contentChanged',
      'submit',
      'approve',
      'contentChanged',
      'approvalVoided',
      'approve',
    ]);
  });

  it('an internal note changes nothing of the approval', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    ok(await approvePost(id, as(PAUL_APPROVER.id, 2)));
    const before = await stored(id);
    await db.posts.update(id, { notes: 'Foto von Herrn K. ist freigegeben.' });
    await edit(id, {}, ANNA_EDITOR.id, 3);
    const after = await stored(id);
    expect(after.status).toBe('approved');
    expect(after.workflow).toEqual(before.workflow);
  });

  it('moving an approved post to another day voids the approval', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    ok(await approvePost(id, as(PAUL_APPROVER.id, 2)));
    await reschedulePost(id, '2026-11-29T10:00:00+01:00', as(ANNA_EDITOR.id, 3));
    expect((await stored(id)).status).toBe('in_review');
  });

  it('keeps four eyes: neither the author nor the last editor approves, and an editor is no approver', async () => {
    const id = await draft(library, ADA_ADMIN.id);
    ok(await submitForReview(id, as(ADA_ADMIN.id, 1)));
    expect(await approvePost(id, as(ADA_ADMIN.id, 2))).toEqual({
      ok: false,
      reason: 'workflow.errors.fourEyesAuthor',
    });
    await edit(id, { text: 'Die Stadtbibliothek öffnet am Samstag um 10 Uhr.' }, PAUL_APPROVER.id, 3);
    expect(await approvePost(id, as(PAUL_APPROVER.id, 4))).toEqual({
      ok: false,
      reason: 'workflow.errors.fourEyesLastEditor',
    });
    expect(await approvePost(id, as(ANNA_EDITOR.id, 5))).toEqual({
      ok: false,
      reason: 'workflow.errors.notApproverOfStep',
    });
    expect(await approvePost(id, as('nobody', 6))).toEqual({
      ok: false,
      reason: 'workflow.errors.unknownProfile',
    });
    ok(await approvePost(id, as(BERND_APPROVER.id, 7)));
  });

  it('a crisis post needs an approver and then an admin', async () => {
    const id = await draft({
      ...library,
      category: 'Krise',
      text: 'Die Stadtbibliothek bleibt heute geschlossen.',
    });
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    ok(await approvePost(id, as(PAUL_APPROVER.id, 2)));
    expect((await stored(id)).status).toBe('in_review');
    expect(await approvePost(id, as(BERND_APPROVER.id, 3))).toEqual({
      ok: false,
      reason: 'workflow.errors.notApproverOfStep',
    });
    ok(await approvePost(id, as(ADA_ADMIN.id, 4)));
    const post = await stored(id);
    expect(post.status).toBe('approved');
    expect(post.workflow.approvals.map((approval) => [approval.step, approval.profileId])).toEqual([
      [0, PAUL_APPROVER.id],
      [1, ADA_ADMIN.id],
    ]);
  });
});

describe('after approval', () => {
  it('expires what is still waiting when its time has come', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    expect(await expireDuePosts(new Date('2026-11-28T08:59:00Z'))).toBe(0);
    expect(await expireDuePosts(new Date('2026-11-28T09:00:00Z'))).toBe(1);
    expect((await stored(id)).status).toBe('expired');
    const last = (await listAudit()).at(-1);
    expect(last).toMatchObject({ action: 'expire', actorId: 'system', postId: id });
  });

  it('expires only the due posts in review (by the compound index): never an unscheduled one, several in id order', async () => {
    const unscheduled = await draft({ ...library, title: 'Ohne Termin', date: '', time: '' });
    const later = await draft({ ...library, title: 'Nächste Woche', date: '2026-12-05' });
    const first = await draft();
    const second = await draft({ ...library, title: 'Früher am Samstag', time: '09:00' });
    const notSubmitted = await draft({ ...library, title: 'Entwurf', date: '2026-11-26' });
    for (const id of [unscheduled, later, first, second])
      ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    expect((await stored(unscheduled)).scheduledAtUtc).toBeNull();

    expect(await expireDuePosts(new Date('2026-11-29T00:00:00Z'))).toBe(2);
    expect((await stored(first)).status).toBe('expired');
    expect((await stored(second)).status).toBe('expired');
    expect((await stored(later)).status).toBe('in_review');
    expect((await stored(unscheduled)).status).toBe('in_review');
    expect((await stored(notSubmitted)).status).toBe('draft');
    const expiries = (await listAudit()).filter((entry) => entry.action === 'expire');
    expect(expiries.map((entry) => entry.postId)).toEqual([first, second].sort());
    // The unscheduled post in review is still found by the status index, e.g. for the review queue.
    expect(await db.posts.where('status').equals('in_review').primaryKeys()).toContain(unscheduled);
    expect(await expireDuePosts(new Date('2030-01-01T00:00:00Z'))).toBe(1);
    expect((await stored(unscheduled)).status).toBe('in_review');
    expect(await verifyStoredAudit()).toMatchObject({ ok: true });
  });

  it('locks a published post: its content cannot change, its internal fields can', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    ok(await approvePost(id, as(PAUL_APPROVER.id, 2)));
    await db.posts.update(id, { status: 'exported' });
    expect(await confirmPublished(id, 'nicht-da', as(ANNA_EDITOR.id, 3))).toEqual({
      ok: false,
      reason: 'workflow.errors.invalidUrl',
    });
    ok(await confirmPublished(id, 'https://facebook.com/stadt/posts/1', as(ANNA_EDITOR.id, 4)));
    await expect(edit(id, { text: 'Neu' }, ANNA_EDITOR.id, 5)).rejects.toMatchObject({
      messageKey: 'errors.postLocked',
    });
    await expect(deletePost(id, as(ANNA_EDITOR.id, 6))).rejects.toMatchObject({
      messageKey: 'errors.postLocked',
    });
    ok(await archivePost(id, as(ANNA_EDITOR.id, 7)));
    const post = await stored(id);
    expect(post.status).toBe('archived');
    expect(post.workflow.publishedUrl).toBe('https://facebook.com/stadt/posts/1');
  });

  it('records withdrawing and deleting a post that was in the workflow', async () => {
    const id = await draft();
    ok(await submitForReview(id, as(ANNA_EDITOR.id, 1)));
    expect(await withdrawPost(id, as(PAUL_APPROVER.id, 2))).toEqual({
      ok: false,
      reason: 'workflow.errors.notAuthorOrAdmin',
    });
    ok(await withdrawPost(id, as(ANNA_EDITOR.id, 3)));
    await deletePost(id, as(ANNA_EDITOR.id, 4));
    const entries = (await listAudit()).filter((entry) => entry.postId === id);
    expect(entries.map((entry) => entry.action)).toEqual(['submit', 'withdraw', 'deleted']);
    expect(entries.at(-1)?.note).toBe(library.title);
  });

  it('does not audit the editing of a plain draft', async () => {
    const id = await draft();
    await edit(id, { text: 'Erster Entwurf, noch ohne Uhrzeit.' }, ANNA_EDITOR.id, 1);
    expect((await stored(id)).workflow.revision).toBe(2);
    expect((await listAudit()).filter((entry) => entry.postId === id)).toEqual([]);
  });
});
