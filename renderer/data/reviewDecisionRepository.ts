/**
 * Review by file, the decision side: the approver's desk answers an imported request with a decision file signed
 * with the approver's key; the editor's desk checks each decision (shared/review/checkDecision.ts) and applies the
 * valid ones as workflow steps, with the verified signature, in one transaction with their audit entries. A key
 * that is not on record is refused unless the editor confirms trusting it; nothing changes for a refused entry.
 */
import { publishedContent } from '../../shared/approval/contentHash';
import type { Post } from '../../shared/model/post';
import { publicProfile, type PublicProfile, type StoredProfile } from '../../shared/model/profile';
import {
  buildReviewDecision,
  checkDecision,
  serializeReviewFile,
  type DecisionInput,
  type DecisionRefusal,
  type ReviewDecision,
} from '../../shared/review/reviewFile';
import { todayInZone } from '../../shared/time/zoned';
import { transition, type WorkflowAction } from '../../shared/workflow/machine';
import { policyFor } from '../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../shared/workflow/postState';
import { appendAudit, auditInputsOf } from './auditLog';
import { db } from './db';
import { guardData } from './dataErrors';
import { ensureProfileKeys } from './profileKeys';
import { getImportedRequest, REVIEW_FILE_EXTENSION, type ReviewFileResult } from './reviewFileRepository';
import { loadSettings } from './settingsRepository';

/** The approver's decisions on a request: every post of it they approved or sent back in this desk. */
function decisionsOf(requestPosts: readonly Post[], local: readonly (Post | undefined)[], meId: string) {
  const decisions: DecisionInput[] = [];
  requestPosts.forEach((theirs, index) => {
    const here = local[index];
    if (here === undefined) return;
    const hash = theirs.workflow.contentHash;
    const approval = here.workflow.approvals.find((a) => a.profileId === meId && a.contentHash === hash);
    if (approval !== undefined) {
      decisions.push({ post: theirs, decision: 'approve', note: '', step: approval.step });
      return;
    }
    const reviewed = here.workflow.lastReviewed;
    if (
      here.status === 'changes_requested' &&
      reviewed?.byProfileId === meId &&
      reviewed.contentHash === hash &&
      here.workflow.changesNote !== null
    )
      decisions.push({ post: theirs, decision: 'requestChanges', note: here.workflow.changesNote });
  });
  return decisions;
}

/** A decision file for an imported request, signed with the active profile's key. */
export async function buildDecisionFile(
  requestId: string,
  context: { actorId: string; now: Date },
): Promise<ReviewFileResult> {
  const row = await getImportedRequest(requestId);
  if (!row) return { ok: false, messageKey: 'errors.notFound' };
  const keys = await ensureProfileKeys(context.actorId, context.now);
  const me = await guardData(() => db.profiles.get(context.actorId));
  if (keys === null || !me) return { ok: false, messageKey: 'workflow.errors.unknownProfile' };
  const local = await guardData(() => db.posts.bulkGet(row.request.posts.map((post) => post.id)));
  const decisions = decisionsOf(row.request.posts, local, me.id);
  if (decisions.length === 0) return { ok: false, messageKey: 'reviewUi.file.noDecisions' };
  const file = await buildReviewDecision({
    request: row.request,
    by: publicProfile(me),
    keys,
    createdAt: context.now.toISOString(),
    decisions,
  });
  const settings = await loadSettings();
  const day = todayInZone(context.now, settings.timeZone);
  return {
    ok: true,
    file: {
      name: `${day}-entscheidung.${REVIEW_FILE_EXTENSION}`,
      bytes: new TextEncoder().encode(serializeReviewFile(file)),
    },
  };
}

export interface DecisionOutcome {
  postId: string;
  /** The post's title here, or its id when unknown. */
  title: string;
  decision: 'approve' | 'requestChanges';
  /** Null when applied; else why not (an i18n key under `review.refusal.`, or `workflow.errors.…`). */
  refusal: DecisionRefusal | null;
  reasonKey: string | null;
}

export interface ApplyDecisionResult {
  /** The signer's key is not on record and may be trusted (unknown profile, or one without a key). */
  needsTrust: boolean;
  outcomes: DecisionOutcome[];
}

/** The signer as this desk would know them: stored, or (when trusted) from the file. */
function signerOf(file: ReviewDecision, profiles: readonly StoredProfile[], trustKey: boolean) {
  const known = profiles.find((profile) => profile.id === file.by.id);
  const trustable = known === undefined || known.publicKey === null;
  if (!trustable || !trustKey) return { known, trustable, trusted: null };
  // A signer known only from a file approves here and nothing else: no editor or admin rights on this desk.
  const approves = file.by.roles.some((role) => role === 'approver' || role === 'admin');
  const trusted: StoredProfile =
    known === undefined
      ? { ...file.by, roles: approves ? ['approver'] : [], pin: null }
      : { ...known, publicKey: file.by.publicKey };
  return { known, trustable, trusted };
}

/**
 * Checks every decision of the file and applies the valid ones. With `trustKey`, a signer not on record (or on
 * record without a key) is stored with the file's public key first, in the same transaction.
 */
export async function applyDecisionFile(
  file: ReviewDecision,
  context: { actorId: string; now: Date; trustKey: boolean },
): Promise<ApplyDecisionResult> {
  const settings = await loadSettings();
  const profiles = await guardData(() => db.profiles.toArray());
  const signer = signerOf(file, profiles, context.trustKey);
  const knownProfiles: PublicProfile[] = profiles
    .filter((profile) => profile.id !== signer.trusted?.id)
    .map(publicProfile);
  if (signer.trusted !== null) knownProfiles.push(publicProfile(signer.trusted));
  const outcomes: DecisionOutcome[] = [];
  const accepted: {
    entry: (typeof file.decisions)[number];
    post: Post;
    check: Awaited<ReturnType<typeof checkDecision>>;
  }[] = [];
  for (const entry of file.decisions) {
    const post = (await guardData(() => db.posts.get(entry.postId))) ?? null;
    const policy = post === null ? undefined : policyFor(post.category, settings.workflow.policies);
    const check = await checkDecision(file, entry, {
      currentPost: post,
      knownProfiles,
      ...(policy ? { policy } : {}),
    });
    const title = post?.title ?? entry.postId;
    if (!check.ok || post === null) {
      const refusal = check.ok ? 'unknownPost' : check.reason;
      outcomes.push({
        postId: entry.postId,
        title,
        decision: entry.decision,
        refusal,
        reasonKey: `review.refusal.${refusal}`,
      });
    } else {
      accepted.push({ entry, post, check });
      outcomes.push({
        postId: entry.postId,
        title,
        decision: entry.decision,
        refusal: null,
        reasonKey: null,
      });
    }
  }
  const needsTrust = signer.trustable && !context.trustKey;
  if (accepted.length === 0) return { needsTrust, outcomes };

  const approver = signer.trusted ?? signer.known;
  if (approver === undefined) return { needsTrust, outcomes };
  const now = context.now.toISOString();
  await guardData(() =>
    db.transaction('rw', [db.posts, db.audit, db.profiles], async () => {
      if (signer.trusted !== null) {
        await db.profiles.put(signer.trusted);
        await appendAudit(
          [
            {
              actorId: context.actorId,
              action: 'keyTrusted',
              postId: null,
              contentHash: null,
              note: `${approver.name} (${file.by.publicKey?.keyId ?? ''})`,
            },
          ],
          context.now,
        );
      }
      for (const { entry, post: checked, check } of accepted) {
        const outcome = outcomes.find((o) => o.postId === entry.postId);
        const post = await db.posts.get(entry.postId);
        if (!check.ok || !outcome) continue;
        if (post?.workflow.contentHash !== checked.workflow.contentHash || post.status !== checked.status) {
          Object.assign(outcome, { refusal: 'contentChanged', reasonKey: 'review.refusal.contentChanged' });
          continue;
        }
        const action: WorkflowAction =
          check.decision === 'approve' ? { type: 'approve' } : { type: 'requestChanges', note: check.note };
        const result = transition(workflowStateOf(post), action, {
          now,
          actor: approver,
          policy: policyFor(post.category, settings.workflow.policies),
          gateOpen: true,
          crisisMode: false,
          crisisPost: false,
          holdReviewAfterHours: settings.workflow.holdReviewAfterHours,
        });
        if (!result.ok) {
          Object.assign(outcome, { refusal: 'notInReview', reasonKey: result.reason });
          continue;
        }
        const next = withWorkflowState(post, result.state);
        const workflow = { ...next.workflow };
        if (check.approval !== null) {
          const signed = check.approval;
          workflow.approvals = workflow.approvals.map((a) =>
            a.profileId === approver.id && a.contentHash === signed.contentHash ? signed : a,
          );
        } else workflow.changesNote = check.note.trim();
        workflow.lastReviewed = {
          at: now,
          byProfileId: approver.id,
          revision: post.workflow.revision,
          contentHash: post.workflow.contentHash,
          title: post.title,
          content: publishedContent(post),
        };
        await db.posts.put({ ...next, workflow, updatedAt: now });
        await appendAudit(auditInputsOf(result.events, post.id), context.now);
      }
    }),
  );
  return { needsTrust, outcomes };
}
