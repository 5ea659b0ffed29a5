/**
 * The approval workflow as a pure state machine: `transition` either refuses an action with an i18n key under
 * `workflow.errors.` or returns the next state and the audit events to record. Nothing here reads the clock.
 */
import { hasRole, canEdit, type Profile } from './roles';
import { mayApproveStep, stepSatisfied, type ApprovalPolicy } from './policy';
import type { WorkflowStatus } from './statuses';
import type { SignatureAlgorithm } from '../approval/signature';
import type { ApprovalStatementV2 } from '../approval/statementV2';

export interface Approval {
  /** Index of the policy step (0-based). */
  step: number;
  profileId: string;
  /** ISO instant. */
  at: string;
  /** The content the approval was given for. */
  contentHash: string;
  /** The approver's signature over this approval (added by the data layer; the machine does not look at it). */
  signature?: ApprovalSignature;
}

/**
 * v1 (no `version`): a signature over {postId, revision, contentHash, policyStep: step + 1, keyId, at}; never counts
 * any more. v2: an envelope signature over `statement` (shared/approval/statementV2.ts), verified by
 * shared/trust/deriveApproval.
 */
export interface ApprovalSignature {
  revision: number;
  keyId: string;
  algorithm: SignatureAlgorithm;
  /** base64url, unpadded. */
  value: string;
  version?: 2;
  /** v2: the signed statement. */
  statement?: ApprovalStatementV2;
}

export interface Hold {
  fromStatus: WorkflowStatus;
  /** ISO instant the hold began. */
  at: string;
  reason: string;
}

export interface WorkflowState {
  status: WorkflowStatus;
  /** Approvals of the current review round; cleared on a new round and whenever the content changes. */
  approvals: Approval[];
  authorId: string;
  lastEditorId: string;
  contentHash: string;
  /** ISO instant of the last submission. */
  requestedAt: string | null;
  /** ISO instant the post is planned for. */
  scheduledAt: string | null;
  /** Set while `on_hold`. */
  hold: Hold | null;
  /** The live post, once publication is confirmed. */
  publishedUrl: string | null;
}

export type WorkflowAction =
  | { type: 'submit' }
  | { type: 'requestChanges'; note: string }
  | { type: 'approve' }
  | { type: 'contentChanged'; contentHash: string }
  | { type: 'export' }
  | { type: 'confirmPublished'; url: string }
  | { type: 'archive' }
  | { type: 'withdraw' }
  | { type: 'expire' }
  | { type: 'hold'; reason: string }
  | { type: 'release' };

export type WorkflowActionType = WorkflowAction['type'];

export interface WorkflowContext {
  /** ISO instant. */
  now: string;
  actor: Profile;
  /** The policy of the post's category (see `policyFor`). */
  policy: ApprovalPolicy;
  /** Whether the submission gate of `shared/checks/gate` is open. */
  gateOpen: boolean;
  /** Whether the organisation's crisis mode is on. */
  crisisMode: boolean;
  /** Whether the post itself is crisis communication (`isCrisisPost(post)` without the mode flag). */
  crisisPost: boolean;
  /** A hold older than this sends the post back to review on release. */
  holdReviewAfterHours: number;
}

export interface AuditEvent {
  action: WorkflowActionType | 'approvalVoided';
  actorId: string;
  at: string;
  fromStatus: WorkflowStatus;
  toStatus: WorkflowStatus;
  contentHash: string;
  note?: string;
  /** Why approvals were voided: `contentChanged` or `holdExpired`. */
  reason?: 'contentChanged' | 'holdExpired';
}

export type TransitionResult =
  { ok: true; state: WorkflowState; events: AuditEvent[] } | { ok: false; reason: string };

const HOUR_MS = 3_600_000;
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/iu;

const ALLOWED_FROM: Record<WorkflowActionType, readonly WorkflowStatus[]> = {
  submit: ['draft', 'changes_requested', 'withdrawn', 'expired'],
  requestChanges: ['in_review'],
  approve: ['in_review'],
  contentChanged: [
    'draft',
    'changes_requested',
    'in_review',
    'approved',
    'exported',
    'withdrawn',
    'expired',
    'on_hold',
  ],
  export: ['approved'],
  confirmPublished: ['exported'],
  archive: ['published'],
  withdraw: ['in_review', 'approved'],
  expire: ['in_review'],
  hold: ['in_review', 'approved', 'exported'],
  release: ['on_hold'],
};

function refuse(key: string): TransitionResult {
  return { ok: false, reason: `workflow.errors.${key}` };
}

/** The approvals of one step that count: given for the current content. */
function approverIds(state: WorkflowState, step: number): string[] {
  return state.approvals
    .filter((approval) => approval.step === step && approval.contentHash === state.contentHash)
    .map((approval) => approval.profileId);
}

/** The first step not yet satisfied, or null when the policy is fulfilled. */
export function currentStep(state: WorkflowState, policy: ApprovalPolicy): number | null {
  const index = policy.steps.findIndex((step, i) => !stepSatisfied(step, approverIds(state, i)));
  return index === -1 ? null : index;
}

export function isFullyApproved(state: WorkflowState, policy: ApprovalPolicy): boolean {
  return currentStep(state, policy) === null;
}

function isApprover(actor: Profile): boolean {
  return hasRole(actor, 'approver') || hasRole(actor, 'admin');
}

/**
 * Where an edit of the published content leads: an approved or exported post goes back to review (its approvals
 * are void), a withdrawn or expired one becomes a draft again; a held post stays held, and returns to review.
 */
function statusAfterEdit(status: WorkflowStatus): WorkflowStatus {
  if (status === 'approved' || status === 'exported') return 'in_review';
  if (status === 'withdrawn' || status === 'expired') return 'draft';
  return status;
}

/** Checks the actor and the action's data; returns a refusal key or the next state and extra events. */
type Step = { refuse: string } | { state: WorkflowState; note?: string; voided?: AuditEvent['reason'] };

function apply(state: WorkflowState, action: WorkflowAction, context: WorkflowContext): Step {
  const { actor, now, policy } = context;
  switch (action.type) {
    case 'submit':
      if (!canEdit(actor)) return { refuse: 'notEditor' };
      if (!context.gateOpen) return { refuse: 'gateClosed' };
      return { state: { ...state, status: 'in_review', approvals: [], requestedAt: now } };
    case 'requestChanges': {
      const step = currentStep(state, policy);
      const stepPolicy = step === null ? undefined : policy.steps[step];
      if (stepPolicy === undefined || !mayApproveStep(stepPolicy, actor))
        return { refuse: 'notApproverOfStep' };
      const note = action.note.trim();
      if (note === '') return { refuse: 'noteRequired' };
      return { state: { ...state, status: 'changes_requested', approvals: [] }, note };
    }
    case 'approve': {
      if (actor.id === state.authorId) return { refuse: 'fourEyesAuthor' };
      if (actor.id === state.lastEditorId) return { refuse: 'fourEyesLastEditor' };
      const step = currentStep(state, policy);
      const stepPolicy = step === null ? undefined : policy.steps[step];
      if (step === null || stepPolicy === undefined) return { refuse: 'alreadyApproved' };
      if (state.approvals.some((approval) => approval.profileId === actor.id))
        return { refuse: 'alreadyApproved' };
      if (!mayApproveStep(stepPolicy, actor)) return { refuse: 'notApproverOfStep' };
      const approvals = [
        ...state.approvals,
        { step, profileId: actor.id, at: now, contentHash: state.contentHash },
      ];
      const next = { ...state, approvals };
      return { state: { ...next, status: isFullyApproved(next, policy) ? 'approved' : 'in_review' } };
    }
    case 'contentChanged': {
      if (action.contentHash === state.contentHash) return { state };
      const voids = state.approvals.length > 0;
      const next: WorkflowState = {
        ...state,
        status: statusAfterEdit(state.status),
        hold:
          state.hold === null ? null : { ...state.hold, fromStatus: statusAfterEdit(state.hold.fromStatus) },
        approvals: [],
        contentHash: action.contentHash,
        lastEditorId: actor.id,
      };
      return voids ? { state: next, voided: 'contentChanged' } : { state: next };
    }
    case 'export':
    case 'archive':
      if (!canEdit(actor)) return { refuse: 'notEditor' };
      return { state: { ...state, status: action.type === 'export' ? 'exported' : 'archived' } };
    case 'confirmPublished': {
      if (!canEdit(actor)) return { refuse: 'notEditor' };
      const url = action.url.trim();
      if (!HTTP_URL.test(url)) return { refuse: 'invalidUrl' };
      return { state: { ...state, status: 'published', publishedUrl: url }, note: url };
    }
    case 'withdraw':
      if (actor.id !== state.authorId && !hasRole(actor, 'admin')) return { refuse: 'notAuthorOrAdmin' };
      return { state: { ...state, status: 'withdrawn' } };
    case 'expire': {
      if (state.scheduledAt === null) return { refuse: 'notScheduled' };
      const due = Date.parse(state.scheduledAt);
      const at = Date.parse(now);
      if (Number.isNaN(due) || Number.isNaN(at)) return { refuse: 'invalidTime' };
      if (at < due) return { refuse: 'notDueYet' };
      return { state: { ...state, status: 'expired' } };
    }
    case 'hold': {
      if (!isApprover(actor)) return { refuse: 'notApprover' };
      if (!context.crisisMode) return { refuse: 'notCrisisMode' };
      if (state.scheduledAt === null) return { refuse: 'notScheduled' };
      if (context.crisisPost) return { refuse: 'crisisPostNotHeld' };
      const reason = action.reason.trim();
      if (reason === '') return { refuse: 'noteRequired' };
      return {
        state: { ...state, status: 'on_hold', hold: { fromStatus: state.status, at: now, reason } },
        note: reason,
      };
    }
    case 'release': {
      if (!isApprover(actor)) return { refuse: 'notApprover' };
      if (state.hold === null) return { refuse: 'noHold' };
      const since = Date.parse(state.hold.at);
      const at = Date.parse(now);
      if (Number.isNaN(since) || Number.isNaN(at)) return { refuse: 'invalidTime' };
      if (at - since > context.holdReviewAfterHours * HOUR_MS) {
        const next: WorkflowState = { ...state, status: 'in_review', hold: null, approvals: [] };
        return state.approvals.length > 0 ? { state: next, voided: 'holdExpired' } : { state: next };
      }
      return { state: { ...state, status: state.hold.fromStatus, hold: null } };
    }
  }
}

export function transition(
  state: WorkflowState,
  action: WorkflowAction,
  context: WorkflowContext,
): TransitionResult {
  if (!ALLOWED_FROM[action.type].includes(state.status)) return refuse('notAllowedInStatus');
  const step = apply(state, action, context);
  if ('refuse' in step) return refuse(step.refuse);
  const next = step.state;
  if (next === state) return { ok: true, state, events: [] };
  const base = {
    actorId: context.actor.id,
    at: context.now,
    fromStatus: state.status,
    toStatus: next.status,
  };
  const event: AuditEvent = { action: action.type, ...base, contentHash: next.contentHash };
  if (step.note !== undefined) event.note = step.note;
  const events: AuditEvent[] = [event];
  if (step.voided !== undefined) {
    events.push({ action: 'approvalVoided', ...base, contentHash: state.contentHash, reason: step.voided });
  }
  return { ok: true, state: next, events };
}

/** Whether a post waiting in review goes out within `leadHours` (and is not yet due): the queue's warning. */
export function expiresSoon(state: WorkflowState, now: string, leadHours: number): boolean {
  if (state.status !== 'in_review' || state.scheduledAt === null) return false;
  const left = Date.parse(state.scheduledAt) - Date.parse(now);
  return !Number.isNaN(left) && left > 0 && left <= leadHours * HOUR_MS;
}
