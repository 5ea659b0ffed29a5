/**
 * Review by file, the decision side: the approver's desk answers an imported request with a decision file signed
 * with the approver's key; the editor's desk checks each decision (shared/review/checkDecision.ts) and applies the
 * valid ones as workflow steps, with the verified signature, in one transaction with their audit entries. A
 * decision counts only when the roster of this desk (verified against its own root) certifies the signer's key:
 * a key that arrives in the file is never trusted for itself. Making it count is an admin certifying it into the
 * roster after comparing its fingerprint (reviewTrust.ts); nothing changes for a refused entry.
 */
import { publishedContent } from '../../../shared/approval/contentHash';
import type { Post } from '../../../shared/model/post';
import { publicProfile } from '../../../shared/model/profile';
import type { Profile } from '../../../shared/workflow/roles';
import {
  buildReviewDecision,
  checkDecision,
  serializeReviewFile,
  type DecisionInput,
  type DecisionRefusal,
  type ReviewDecision,
} from '../../../shared/review/reviewFile';
import { todayInZone } from '../../../shared/time/zoned';
import { transition, type WorkflowAction } from '../../../shared/workflow/machine';
import { policyFor } from '../../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../../shared/workflow/postState';
import { appendAudit, auditInputsOf } from './auditLog';
import { holdUnderCrisis, loadCrisisState } from './crisisState';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { ensureProfileKeys } from '../settings/profileKeys';
import { getImportedRequest, REVIEW_FILE_EXTENSION, type ReviewFileResult } from './reviewFileRepository';
import { loadSettings } from '../settings/settingsRepository';
import { currentAuditHead, loadRootKey, loadVerifiedRoster } from '../trust/trustRepository';

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
  const root = await loadRootKey();
  if (!root) return { ok: false, messageKey: 'trustUi.errors.noRootForApproval' };
  const settings = await loadSettings();
  const roster = await loadVerifiedRoster();
  const policies = roster?.policiesAt(context.now.toISOString()) ?? settings.workflow.policies;
  const file = await buildReviewDecision({
    request: row.request,
    by: publicProfile(me),
    keys,
    createdAt: context.now.toISOString(),
    decisions: decisions.map((decision) => ({
      ...decision,
      stepCount: policyFor(decision.post.category, policies).steps.length,
    })),
    // Approvals are for the requesting organisation's posts: signed for it (its admin certifies this key there).
    orgId: row.request.orgId ?? root.orgId,
    auditHead: row.request.auditHead ?? (await currentAuditHead()),
  });
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
  /**
   * The signer's key is not certified in this desk's roster (unknown, invented or not yet certified): the file's
   * key and its fingerprint, for an admin to compare and certify (reviewTrust.ts). Null when certified.
   */
  uncertifiedKey: { profileId: string; name: string; keyId: string } | null;
  outcomes: DecisionOutcome[];
}

/**
 * Checks every decision of the file against this desk's verified roster and applies the valid ones. Nothing is
 * trusted from the file itself: a signer whose key the roster does not certify changes nothing.
 */
export async function applyDecisionFile(
  file: ReviewDecision,
  context: { actorId: string; now: Date },
): Promise<ApplyDecisionResult> {
  const settings = await loadSettings();
  const roster = await loadVerifiedRoster();
  const policies = roster?.policiesAt(context.now.toISOString()) ?? settings.workflow.policies;
  const carried = file.by.publicKey;
  const certified = roster !== null && carried !== null && roster.keyFor(file.by.id, carried.keyId) !== null;
  const uncertifiedKey =
    certified || carried === null
      ? null
      : { profileId: file.by.id, name: file.by.name, keyId: carried.keyId };
  const outcomes: DecisionOutcome[] = [];
  const accepted: {
    entry: (typeof file.decisions)[number];
    post: Post;
    check: Awaited<ReturnType<typeof checkDecision>>;
  }[] = [];
  for (const entry of file.decisions) {
    const post = (await guardData(() => db.posts.get(entry.postId))) ?? null;
    const policy = post === null ? undefined : policyFor(post.category, policies);
    const check = await checkDecision(file, entry, {
      currentPost: post,
      roster,
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
  if (accepted.length === 0 || roster === null || carried === null) return { uncertifiedKey, outcomes };
  const stored = await guardData(() => db.profiles.get(file.by.id));
  const approver: Profile = {
    id: file.by.id,
    name: stored?.name ?? file.by.name,
    initials: stored?.initials ?? file.by.initials,
    // The roles the roster certifies for this key now, never the file's.
    roles: roster.rolesAt(file.by.id, carried.keyId, context.now.toISOString()),
  };
  const now = context.now.toISOString();
  await guardData(() =>
    db.transaction('rw', [db.posts, db.audit, db.deskState], async () => {
      const crisis = await loadCrisisState();
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
          policy: policyFor(post.category, policies),
          gateOpen: true,
          crisisMode: false,
          crisisPost: false,
          holdReviewAfterHours: settings.workflow.holdReviewAfterHours,
        });
        if (!result.ok) {
          Object.assign(outcome, { refusal: 'notInReview', reasonKey: result.reason });
          continue;
        }
        // While crisis mode is on, an approval into its window holds the post at once (crisisState.ts).
        const held = holdUnderCrisis(post, result.state, crisis, {
          now,
          policy: policyFor(post.category, policies),
          holdReviewAfterHours: settings.workflow.holdReviewAfterHours,
        });
        const next = withWorkflowState(post, held.state);
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
        await appendAudit(
          [...auditInputsOf(result.events, post.id), ...auditInputsOf(held.events, post.id)],
          context.now,
        );
      }
    }),
  );
  return { uncertifiedKey, outcomes };
}
