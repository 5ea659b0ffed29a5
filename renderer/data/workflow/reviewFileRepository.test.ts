/**
 * Review by file between two desks. The repositories use the one default database, so the two laptops take
 * turns on it: the editor's desk is saved (its tables copied), the database deleted and reopened as the
 * approver's desk, and afterwards the editor's tables are put back. Files travel as bytes, as on a USB stick.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Blob as NodeBlob } from 'node:buffer';
import { generateApproverKeys } from '../../../shared/approval/signature';
import { verifyApprovalV2 } from '../../../shared/approval/statementV2';
import { EMPTY_CHAIN_HEAD } from '../../../shared/audit/anchors';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import type { Post } from '../../../shared/model/post';
import type { ReviewDecision, ReviewRequest } from '../../../shared/review/reviewFile';
import { buildReviewDecision } from '../../../shared/review/reviewFile';
import { applyDecisionFile, buildDecisionFile } from './reviewDecisionRepository';
import {
  buildReviewRequestFile,
  importReviewRequest,
  listImportedRequests,
  previewReviewRequest,
  readReviewFile,
} from './reviewFileRepository';
import { db } from '../store/db';
import { applicableItems } from '../../../shared/checks/checklist';
import { savePostFromForm } from '../posts/postsRepository';
import { setChecklistTick } from './reviewRepository';
import { loadSettings } from '../settings/settingsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';
import { certifyDecisionKey } from './reviewTrust';
import { certifyProfile, createOrganisationRoot, loadRootKey } from '../trust/trustRepository';
import { approvePost, requestChanges, submitForReview } from './workflowRepository';
import { publicProfile } from '../../../shared/model/profile';

const ZONE = 'Europe/Berlin';
const now = () => new Date();

beforeEach(async () => {
  vi.stubGlobal('Blob', NodeBlob);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-25T09:00:00+01:00'));
  await db.open();
});

afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await db.delete();
});

async function submitted(title: string, text = 'Wie viele Brücken hat unsere Stadt?'): Promise<Post> {
  const saved = await savePostFromForm(
    { title, channels: ['facebook'], date: '2026-12-03', time: '10:00', text },
    null,
    { actorId: ANNA_EDITOR.id, timeZone: ZONE, now: now() },
  );
  if (!saved.ok) throw new Error('invalid post');
  const settings = await loadSettings();
  for (const item of applicableItems(settings.checklist, null, ['facebook']))
    await setChecklistTick(saved.post.id, item.id, true, { actorId: ANNA_EDITOR.id, now: now() });
  const result = await submitForReview(saved.post.id, { actorId: ANNA_EDITOR.id, now: now() });
  if (!result.ok) throw new Error(result.reason);
  return saved.post;
}

type Desk = Awaited<ReturnType<typeof saveDesk>>;

async function saveDesk() {
  return {
    posts: await db.posts.toArray(),
    profiles: await db.profiles.toArray(),
    audit: await db.audit.toArray(),
    roster: await db.roster.toArray(),
    rootKeys: await db.rootKeys.toArray(),
    profileKeys: await db.profileKeys.toArray(),
  };
}

async function switchDesk(to: Desk | null): Promise<void> {
  await db.delete();
  await db.open();
  if (to) {
    await db.posts.bulkPut(to.posts);
    await db.profiles.bulkPut(to.profiles);
    await db.audit.bulkPut(to.audit);
    await db.roster.bulkPut(to.roster);
    await db.rootKeys.bulkPut(to.rootKeys);
    await db.profileKeys.bulkPut(to.profileKeys);
  }
}

/** Another laptop of the same organisation: its root and roster, and Ada (admin) with her key; nothing else. */
function organisationOnly(desk: Desk): Desk {
  return {
    posts: [],
    profiles: desk.profiles.filter((profile) => profile.id === ADA_ADMIN.id),
    audit: [],
    roster: desk.roster,
    rootKeys: desk.rootKeys,
    profileKeys: desk.profileKeys.filter((row) => row.profileId === ADA_ADMIN.id),
  };
}

const asAda = () => ({ actorId: ADA_ADMIN.id, now: now() });

/** Ada compares Paula's fingerprint by phone and types it in: the decision's key is certified on this desk. */
async function adaCertifies(decision: ReviewDecision): Promise<void> {
  const key = decision.by.publicKey;
  if (key === null) throw new Error('no key');
  const typed = (keyFingerprint(key) ?? '').toLowerCase();
  expect(await certifyDecisionKey(decision, typed, asAda())).toEqual({ ok: true });
}

function read<K extends 'request' | 'decision'>(bytes: Uint8Array, kind: K) {
  const result = readReviewFile(bytes, 'datei.civicdesk');
  if (!result.ok || result.file.kind !== kind) throw new Error(`not a ${kind} file`);
  return result.file as K extends 'request' ? ReviewRequest : ReviewDecision;
}

/** Editor's desk with two submitted posts; approver's desk answers (approve one, request changes on the other). */
async function roundTrip() {
  await seedProfiles([ANNA_EDITOR, ADA_ADMIN]);
  // The organisation's root was made an hour before the review round, as on a desk in use.
  const earlier = new Date(now().getTime() - 3_600_000);
  expect(await createOrganisationRoot({ actorId: ADA_ADMIN.id, now: earlier })).toEqual({ ok: true });
  const quiz = await submitted('Quiz');
  const job = await submitted('Stellenanzeige');
  const out = await buildReviewRequestFile([quiz.id, job.id], { actorId: ANNA_EDITOR.id, now: now() });
  if (!out.ok) throw new Error(out.messageKey);
  expect(out.file.name).toBe('2026-11-25-freigabe.civicdesk');
  const editorDesk = await saveDesk();

  await switchDesk(organisationOnly(editorDesk));
  await seedProfiles([PAUL_APPROVER]);
  // An admin of the organisation certified Paula's key on her laptop; the editor's desk does not know it yet.
  expect(await certifyProfile(PAUL_APPROVER.id, asAda())).toEqual({ ok: true });
  const request = read(out.file.bytes, 'request');
  expect((await previewReviewRequest(request)).fresh).toHaveLength(2);
  const imported = await importReviewRequest(request, {}, { actorId: PAUL_APPROVER.id, now: now() });
  expect(imported).toMatchObject({ ok: true, imported: 2 });
  // The sender is known here now, but without any rights.
  expect((await db.profiles.get(ANNA_EDITOR.id))?.roles).toEqual([]);
  expect(await listImportedRequests()).toHaveLength(1);
  const approvedHere = await approvePost(quiz.id, { actorId: PAUL_APPROVER.id, now: now() });
  expect(approvedHere.ok ? null : approvedHere.reason).toBeNull();
  expect(
    (await requestChanges(job.id, 'Bitte das Gehalt nennen.', { actorId: PAUL_APPROVER.id, now: now() })).ok,
  ).toBe(true);
  const answer = await buildDecisionFile(imported.ok ? imported.requestId : '', {
    actorId: PAUL_APPROVER.id,
    now: now(),
  });
  if (!answer.ok) throw new Error(answer.messageKey);
  const paul = await db.profiles.get(PAUL_APPROVER.id);

  await switchDesk(editorDesk);
  return { quiz, job, decision: read(answer.file.bytes, 'decision'), request, paul };
}

describe('review by file', () => {
  it('carries a request to the approver and the decision back, applied once an admin certified the key', async () => {
    const { quiz, job, decision, paul } = await roundTrip();
    const before = await saveDesk();

    const uncertified = await applyDecisionFile(decision, { actorId: ANNA_EDITOR.id, now: now() });
    expect(uncertified.uncertifiedKey).toMatchObject({
      profileId: PAUL_APPROVER.id,
      keyId: paul?.publicKey?.keyId,
    });
    expect(uncertified.outcomes.map((o) => o.refusal)).toEqual(['notCertified', 'notCertified']);
    expect(await saveDesk()).toEqual(before);

    // Trusting the key is no click any profile can make: the editor is refused, a wrong fingerprint too.
    const key = decision.by.publicKey;
    if (key === null) throw new Error('no key');
    const typed = keyFingerprint(key) ?? '';
    expect(await certifyDecisionKey(decision, typed, { actorId: ANNA_EDITOR.id, now: now() })).toEqual({
      ok: false,
      reason: 'trustUi.errors.adminOnly',
    });
    expect(await certifyDecisionKey(decision, `${typed.slice(0, -1)}0`, asAda())).toMatchObject({
      ok: false,
    });
    expect(await certifyDecisionKey(decision, typed.slice(0, 20), asAda())).toMatchObject({ ok: false });
    expect(await saveDesk()).toEqual(before);

    await adaCertifies(decision);
    const applied = await applyDecisionFile(decision, { actorId: ANNA_EDITOR.id, now: now() });
    expect(applied.uncertifiedKey).toBeNull();
    expect(applied.outcomes.map((o) => o.refusal)).toEqual([null, null]);
    const approved = await db.posts.get(quiz.id);
    expect(approved?.status).toBe('approved');
    const approval = approved?.workflow.approvals[0];
    const root = await loadRootKey();
    if (!approval?.signature || !approved || !root) throw new Error('no signed approval');
    expect(await verifyApprovalV2(approval.signature, key)).toMatchObject({
      valid: true,
      statement: { orgId: root.orgId, postId: quiz.id, contentHash: approved.workflow.contentHash },
    });
    const sentBack = await db.posts.get(job.id);
    expect(sentBack?.status).toBe('changes_requested');
    expect(sentBack?.workflow.changesNote).toBe('Bitte das Gehalt nennen.');
    const actions = (await db.audit.toArray()).map((entry) => entry.action);
    expect(actions.slice(-3)).toEqual(['keyCertified', 'approve', 'requestChanges']);

    // Applying the same file again changes nothing: the posts are no longer waiting.
    const again = await saveDesk();
    const repeat = await applyDecisionFile(decision, { actorId: ANNA_EDITOR.id, now: now() });
    expect(repeat.outcomes.map((o) => o.refusal)).toEqual(['notInReview', 'notInReview']);
    expect(await saveDesk()).toEqual(again);
  });

  it('refuses a forged, altered or foreign decision, or one for a changed post, and changes nothing', async () => {
    const { quiz, decision, request } = await roundTrip();
    const trust = { actorId: ANNA_EDITOR.id, now: now() };
    await adaCertifies(decision);
    const before = await saveDesk();
    const [first, second] = decision.decisions;
    if (!first || !second || !first.approval) throw new Error('missing decisions');

    const forged = { ...decision, decisions: [{ ...second, note: 'Alles bestens.' }] };
    expect((await applyDecisionFile(forged, trust)).outcomes[0]?.refusal).toBe('badSignature');

    const value = first.approval.signature.value;
    const altered = {
      ...decision,
      decisions: [
        {
          ...first,
          approval: {
            ...first.approval,
            signature: {
              ...first.approval.signature,
              value: `${value.startsWith('A') ? 'B' : 'A'}${value.slice(1)}`,
            },
          },
        },
      ],
    };
    expect((await applyDecisionFile(altered, trust)).outcomes[0]?.refusal).toBe('badSignature');

    // Someone else's key under Paula's name: signed correctly, but not the key the roster certifies for her.
    const stranger = await generateApproverKeys();
    const paulaHere = { ...publicProfile(PAUL_APPROVER), publicKey: decision.by.publicKey };
    const strangerBy = {
      ...paulaHere,
      publicKey: {
        algorithm: stranger.algorithm,
        keyId: stranger.keyId,
        publicKeyJwk: stranger.publicKeyJwk,
      },
    };
    const foreign = await buildReviewDecision({
      request,
      by: strangerBy,
      keys: stranger,
      createdAt: now().toISOString(),
      decisions: [{ post: request.posts[0] as Post, decision: 'approve', note: '', step: 0 }],
      orgId: (await loadRootKey())?.orgId ?? '',
      auditHead: EMPTY_CHAIN_HEAD,
    });
    expect((await applyDecisionFile(foreign, trust)).outcomes[0]?.refusal).toBe('notCertified');
    expect(await saveDesk()).toEqual(before);

    // The editor changed the quiz after sending it: the decision is for the old version.
    await savePostFromForm(
      {
        title: 'Quiz',
        channels: ['facebook'],
        date: '2026-12-03',
        time: '10:00',
        text: 'Wie viele Brücken, hat unsere Stadt?',
      },
      quiz.id,
      { actorId: ANNA_EDITOR.id, timeZone: ZONE, now: now() },
    );
    const changed = await saveDesk();
    const result = await applyDecisionFile({ ...decision, decisions: [first] }, trust);
    expect(result.outcomes[0]?.refusal).toBe('contentChanged');
    expect(await saveDesk()).toEqual(changed);
  });

  it('shows a post that differs here as a conflict and overwrites it only when chosen', async () => {
    await seedProfiles([ANNA_EDITOR, PAUL_APPROVER]);
    const quiz = await submitted('Quiz');
    const out = await buildReviewRequestFile([quiz.id], { actorId: ANNA_EDITOR.id, now: now() });
    if (!out.ok) throw new Error(out.messageKey);
    const request = read(out.file.bytes, 'request');
    await db.posts.update(quiz.id, { notes: 'Meine Notiz' });
    const preview = await previewReviewRequest(request);
    expect(preview.conflicts.map((c) => c.mine.notes)).toEqual(['Meine Notiz']);
    const context = { actorId: PAUL_APPROVER.id, now: now() };
    expect(await importReviewRequest(request, {}, context)).toEqual({
      ok: false,
      messageKey: 'reviewUi.file.conflictHint',
    });
    expect(await importReviewRequest(request, { [quiz.id]: 'mine' }, context)).toMatchObject({ imported: 0 });
    expect((await db.posts.get(quiz.id))?.notes).toBe('Meine Notiz');
    expect(await importReviewRequest(request, { [quiz.id]: 'theirs' }, context)).toMatchObject({
      imported: 1,
    });
    expect((await db.posts.get(quiz.id))?.notes).toBe('');
  });

  it('names what is wrong with a file that is not a review file', () => {
    expect(readReviewFile(new TextEncoder().encode('{"format":"x"}'), 'a.json')).toMatchObject({
      ok: false,
      messageKey: 'review.file.unreadable',
      params: { path: 'format' },
    });
    expect(readReviewFile(new TextEncoder().encode('kein json'), 'a.json')).toEqual({
      ok: false,
      messageKey: 'reviewUi.file.notJson',
      params: { name: 'a.json' },
    });
  });
});
