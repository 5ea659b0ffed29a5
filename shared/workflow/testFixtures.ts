/** Profiles, policies and states shared by the workflow tests. */
import type { ApprovalPolicy } from './policy';
import type { Profile } from './roles';
import type { WorkflowAction, WorkflowActionType, WorkflowContext, WorkflowState } from './machine';

export const AUTHOR: Profile = { id: 'author', name: 'Anna Autorin', initials: 'AA', roles: ['editor'] };
export const EDITOR: Profile = { id: 'editor', name: 'Erik Editor', initials: 'EE', roles: ['editor'] };
export const APPROVER_A: Profile = {
  id: 'appr-a',
  name: 'Paula Prüfer',
  initials: 'PP',
  roles: ['approver'],
};
export const APPROVER_B: Profile = {
  id: 'appr-b',
  name: 'Bernd Berger',
  initials: 'BB',
  roles: ['approver'],
};
export const ADMIN: Profile = {
  id: 'admin',
  name: 'Ada Admin',
  initials: 'AD',
  roles: ['editor', 'approver', 'admin'],
};
export const HR: Profile = { id: 'hr', name: 'Hanna Personal', initials: 'HP', roles: ['approver'] };
export const PROFILES = [AUTHOR, EDITOR, APPROVER_A, APPROVER_B, ADMIN, HR];

export const ONE_STEP: ApprovalPolicy = {
  steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'any' }],
};
export const CRISIS_POLICY: ApprovalPolicy = {
  steps: [
    { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
    { approvers: { kind: 'role', role: 'admin' }, mode: 'any' },
  ],
};
export const CAREER_POLICY: ApprovalPolicy = {
  steps: [
    { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
    { approvers: { kind: 'people', profileIds: ['hr'] }, mode: 'any' },
  ],
};

export const NOW = '2026-11-26T10:00:00.000Z';
export const SCHEDULED = '2026-11-26T12:00:00.000Z';

export function makeState(overrides: Partial<WorkflowState> = {}): WorkflowState {
  return {
    status: 'draft',
    approvals: [],
    authorId: AUTHOR.id,
    lastEditorId: AUTHOR.id,
    contentHash: 'h1',
    requestedAt: null,
    scheduledAt: SCHEDULED,
    hold: null,
    publishedUrl: null,
    ...overrides,
  };
}

export function makeContext(overrides: Partial<WorkflowContext> = {}): WorkflowContext {
  return {
    now: NOW,
    actor: ADMIN,
    policy: ONE_STEP,
    gateOpen: true,
    crisisMode: false,
    crisisPost: false,
    holdReviewAfterHours: 24,
    ...overrides,
  };
}

/** One valid instance of every action. */
export const SAMPLE_ACTIONS: Record<WorkflowActionType, WorkflowAction> = {
  submit: { type: 'submit' },
  requestChanges: { type: 'requestChanges', note: 'Bitte Quelle ergänzen.' },
  approve: { type: 'approve' },
  contentChanged: { type: 'contentChanged', contentHash: 'h2' },
  export: { type: 'export' },
  confirmPublished: { type: 'confirmPublished', url: 'https://social.example.org/p/1' },
  archive: { type: 'archive' },
  withdraw: { type: 'withdraw' },
  expire: { type: 'expire' },
  hold: { type: 'hold', reason: 'Krisenlage: Regelbetrieb pausiert.' },
  release: { type: 'release' },
};
