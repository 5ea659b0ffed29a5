/**
 * The approval workflow on stored posts: every step runs the pure state machine (shared/workflow/machine.ts) in
 * one transaction with the post, the acting profile, the organisation's policy and crisis state, writes the new
 * state and the audit entries together, or nothing. Approvals are signed with the approver's key before the
 * transaction and bound to the revision and content hash the approver saw.
 */
import { publishedContent } from '../../../shared/approval/contentHash';
import { approvalStatementFor, signApprovalV2 } from '../../../shared/approval/statementV2';
import { isCrisisPost } from '../../../shared/checks/crisis';
import { applicableItems } from '../../../shared/checks/checklist';
import { submissionGate, type GateResult } from '../../../shared/checks/gate';
import type { Post } from '../../../shared/model/post';
import type { ReviewSnapshot } from '../../../shared/model/postWorkflow';
import {
  currentStep,
  transition,
  type ApprovalSignature,
  type WorkflowAction,
  type WorkflowContext,
} from '../../../shared/workflow/machine';
import {
  mayApproveStep,
  ORGANISATION_DEFAULT_POLICY,
  policyFor,
  type ApprovalPolicies,
} from '../../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../../shared/workflow/postState';
import type { Profile } from '../../../shared/workflow/roles';
import type { AuditInput } from '../../../shared/audit/chain';
import { appendAudit, auditInputsOf } from './auditLog';
import { holdUnderCrisis, loadCrisisState } from './crisisState';
import { db } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';
import { ensureProfileKeys } from '../settings/profileKeys';
import { loadChecks, type ReviewModule } from '../posts/checksLoader';
import { loadSettings } from '../settings/settingsRepository';
import { byId, scheduledInStatus } from '../posts/statusSchedule';
import { currentAuditHead, loadRootKey, listRosterEntries } from '../trust/trustRepository';
import { verifyRoster } from '../../../shared/trust/verifyRoster';

export interface ActorContext {
  actorId: string;
  now: Date;
}

export type WorkflowResult =
  | { ok: true; post: Post }
  /** `reason`: an i18n key (`workflow.errors.…`); `gate` when a submission found the gate closed. */
  | { ok: false; reason: string; gate?: GateResult };

/** The tables a workflow step reads and writes. */
export function workflowTables() {
  return [db.posts, db.audit, db.profiles, db.settings, db.media, db.consents, db.deskState];
}

/**
 * The automatic findings and the checklist of a post decide whether it may go to review; `now` is the day an
 * unscheduled post's consents must hold.
 */
export async function gateOf(post: Post, now: Date): Promise<GateResult> {
  return gateWith(await loadChecks(), post, now);
}

/** The gate with the check engine already loaded (inside a transaction, which must not wait for a chunk). */
async function gateWith(checks: ReviewModule, post: Post, now: Date): Promise<GateResult> {
  const settings = await loadSettings();
  const crisis = await loadCrisisState();
  const media = await checks.mediaOf(post);
  const consents = await checks.consentsOf(media);
  const findings = checks.findingsOf(post, { media, consents, settings, now, crisisMode: crisis.active });
  const items = applicableItems(settings.checklist, post.category, post.channels);
  return submissionGate(findings, items, post.checks.ticks, post.checks.overrides);
}

function snapshotOf(post: Post, byProfileId: string, at: string): ReviewSnapshot {
  return {
    at,
    byProfileId,
    revision: post.workflow.revision,
    contentHash: post.workflow.contentHash,
    title: post.title,
    content: publishedContent(post),
  };
}

interface SignedIntent {
  revision: number;
  contentHash: string;
  step: number;
  signature: ApprovalSignature;
  /** The policies the statement was signed under (the roster's), which the machine must use too. */
  policies: ApprovalPolicies;
}

/** What a step does besides the machine's state: the reviewer's snapshot, the change note, the signature. */
function decorate(
  before: Post,
  after: Post,
  action: WorkflowAction,
  context: ActorContext,
  signed?: SignedIntent,
) {
  const at = context.now.toISOString();
  const workflow = { ...after.workflow };
  if (action.type === 'submit') workflow.changesNote = null;
  if (action.type === 'requestChanges') {
    workflow.lastReviewed = snapshotOf(before, context.actorId, at);
    workflow.changesNote = action.note.trim();
  }
  if (action.type === 'approve' && signed !== undefined) {
    workflow.lastReviewed = snapshotOf(before, context.actorId, at);
    workflow.approvals = workflow.approvals.map((approval) =>
      approval.profileId === context.actorId && approval.contentHash === signed.contentHash
        ? { ...approval, signature: signed.signature }
        : approval,
    );
  }
  return { ...after, workflow, updatedAt: at };
}

/**
 * A submission past overridden blocking findings records each override in the audit log: the rule, and the
 * written reason, by whoever submits (the override itself names who wrote it on the post).
 */
function overrideInputsOf(gate: GateResult | undefined, actorId: string, post: Post): AuditInput[] {
  return (gate?.overridden ?? []).map(({ finding, override }) => ({
    actorId,
    action: 'checksOverridden',
    postId: post.id,
    contentHash: post.workflow.contentHash,
    note: `${finding.rule}: ${override.reason.trim()}`,
  }));
}

async function runAction(
  postId: string,
  action: WorkflowAction,
  context: ActorContext,
  signed?: SignedIntent,
): Promise<WorkflowResult> {
  // The check engine is a chunk of its own (checksLoader.ts): load it before the transaction starts.
  const checks = action.type === 'submit' ? await loadChecks() : null;
  return guardData(() =>
    db.transaction('rw', workflowTables(), async (): Promise<WorkflowResult> => {
      const post = await db.posts.get(postId);
      if (!post) throw new DataError('errors.notFound');
      const actor = await db.profiles.get(context.actorId);
      if (!actor) return { ok: false, reason: 'workflow.errors.unknownProfile' };
      if (
        signed &&
        (post.workflow.revision !== signed.revision || post.workflow.contentHash !== signed.contentHash)
      )
        return { ok: false, reason: 'workflow.errors.changedMeanwhile' };
      const settings = await loadSettings();
      const crisis = await loadCrisisState();
      const gate = checks === null ? undefined : await gateWith(checks, post, context.now);
      const machineContext: WorkflowContext = {
        now: context.now.toISOString(),
        actor,
        policy: policyFor(post.category, signed?.policies ?? settings.workflow.policies),
        gateOpen: gate?.open ?? true,
        crisisMode: crisis.active,
        crisisPost: isCrisisPost(post),
        holdReviewAfterHours: settings.workflow.holdReviewAfterHours,
      };
      const result = transition(workflowStateOf(post), action, machineContext);
      if (!result.ok)
        return gate ? { ok: false, reason: result.reason, gate } : { ok: false, reason: result.reason };
      if (signed) {
        const added = result.state.approvals.at(-1);
        if (added?.profileId !== actor.id || added.step !== signed.step)
          return { ok: false, reason: 'workflow.errors.changedMeanwhile' };
      }
      // While crisis mode is on, a step into a holdable status holds the post at once (crisisState.ts).
      const held = holdUnderCrisis(post, result.state, crisis, machineContext);
      const next = decorate(post, withWorkflowState(post, held.state), action, context, signed);
      await db.posts.put(next);
      await appendAudit(
        [
          ...auditInputsOf(result.events, post.id),
          ...overrideInputsOf(gate, actor.id, next),
          ...auditInputsOf(held.events, post.id),
        ],
        context.now,
      );
      return { ok: true, post: next };
    }),
  );
}

/** Sends a post to review when the gate is open (no unresolved blocking finding, every required item ticked). */
export function submitForReview(postId: string, context: ActorContext): Promise<WorkflowResult> {
  return runAction(postId, { type: 'submit' }, context);
}

export function requestChanges(postId: string, note: string, context: ActorContext): Promise<WorkflowResult> {
  return runAction(postId, { type: 'requestChanges', note }, context);
}

/**
 * Approves the current step with a signed approval statement v2 (shared/approval/statementV2.ts): the organisation,
 * post, revision, content hash, step and step count, category, signer, author and last editor, key, time, and the
 * audit chain head before the approve entry. Refused when the desk has no organisation root, or when the
 * approver's key is not certified in the roster for a role that may approve the step (an admin must certify it),
 * and when the post changed between reading and signing. The policy is the roster's (signed), else the settings'.
 */
export async function approvePost(postId: string, context: ActorContext): Promise<WorkflowResult> {
  const actor = await guardData(() => db.profiles.get(context.actorId));
  if (!actor) return { ok: false, reason: 'workflow.errors.unknownProfile' };
  const post = await guardData(() => db.posts.get(postId));
  if (!post) throw new DataError('errors.notFound');
  const settings = await loadSettings();
  const root = await loadRootKey();
  const roster = root ? await verifyRoster(await listRosterEntries(), root.publicKey) : null;
  const at = context.now.toISOString();
  const policies = roster?.policiesAt(at) ?? settings.workflow.policies;
  const policy = policyFor(post.category, policies);
  const step = currentStep(workflowStateOf(post), policy);
  const stepPolicy = step === null ? undefined : policy.steps[step];
  // Whatever the machine refuses anyway (four eyes, a step this profile may not approve, nothing open) it refuses
  // with its own reason; nothing is signed for it.
  const machineRefuses =
    step === null ||
    stepPolicy === undefined ||
    post.createdBy === actor.id ||
    post.workflow.lastEditorId === actor.id ||
    !mayApproveStep(stepPolicy, actor);
  if (machineRefuses) return runAction(postId, { type: 'approve' }, context);
  if (!root || !roster) return { ok: false, reason: 'trustUi.errors.noRootForApproval' };
  const keys = await ensureProfileKeys(context.actorId, context.now);
  if (keys === null) return { ok: false, reason: 'workflow.errors.unknownProfile' };
  const roles = roster.rolesAt(actor.id, keys.keyId, at);
  if (!mayApproveStep(stepPolicy, { id: actor.id, roles }))
    return { ok: false, reason: 'trustUi.errors.approverNotCertified' };
  const statement = approvalStatementFor(post, {
    orgId: root.orgId,
    step,
    stepCount: policy.steps.length,
    signerProfileId: actor.id,
    keyId: keys.keyId,
    now: context.now,
    auditHead: await currentAuditHead(),
  });
  const signature = await signApprovalV2(statement, {
    keyId: keys.keyId,
    algorithm: keys.algorithm,
    privateKey: keys.privateKey,
  });
  return runAction(postId, { type: 'approve' }, context, {
    revision: statement.revision,
    contentHash: statement.contentHash,
    step,
    signature,
    policies,
  });
}

export function withdrawPost(postId: string, context: ActorContext): Promise<WorkflowResult> {
  return runAction(postId, { type: 'withdraw' }, context);
}

export function confirmPublished(
  postId: string,
  url: string,
  context: ActorContext,
): Promise<WorkflowResult> {
  return runAction(postId, { type: 'confirmPublished', url }, context);
}

export function archivePost(postId: string, context: ActorContext): Promise<WorkflowResult> {
  return runAction(postId, { type: 'archive' }, context);
}

export function releasePost(postId: string, context: ActorContext): Promise<WorkflowResult> {
  return runAction(postId, { type: 'release' }, context);
}

const SYSTEM: Profile = { id: 'system', name: 'Civic Desk', initials: 'CD', roles: [] };

/** Posts still waiting for a decision when their time has come expire (run at start and every minute). */
export async function expireDuePosts(now: Date): Promise<number> {
  return guardData(() =>
    db.transaction('rw', db.posts, db.audit, async () => {
      // Only the posts in review that are due, by the compound index (an unscheduled post is never due); in id
      // order, as the status index gave them, so the audit entries of one run keep their order.
      const due = (await scheduledInStatus('in_review', { to: now.toISOString() })).sort(byId);
      let expired = 0;
      for (const post of due) {
        const result = transition(
          workflowStateOf(post),
          { type: 'expire' },
          {
            now: now.toISOString(),
            actor: SYSTEM,
            policy: ORGANISATION_DEFAULT_POLICY,
            gateOpen: true,
            crisisMode: false,
            crisisPost: false,
            holdReviewAfterHours: 0,
          },
        );
        if (!result.ok) continue;
        await db.posts.put(withWorkflowState(post, result.state));
        await appendAudit(auditInputsOf(result.events, post.id), now);
        expired += 1;
      }
      return expired;
    }),
  );
}
