/**
 * Approval policies: one to three steps, each naming who may approve (a role or named people) and whether one of
 * them suffices (`any`) or all are needed (`all`). The organisation has a default policy; categories such as
 * "Krise" or "Karriere" may have a stricter one.
 */
import { z } from 'zod';
import { ROLES, hasRole, type Profile, type Role } from './roles';

export type Approvers = { kind: 'role'; role: Role } | { kind: 'people'; profileIds: string[] };

export interface ApprovalStep {
  approvers: Approvers;
  /**
   * `any`: one approval completes the step. `all`: for named people, every one of them must approve; for a role
   * (whose members are not known here), {@link ROLE_ALL_MIN_APPROVERS} distinct members must approve.
   */
  mode: 'any' | 'all';
}

export interface ApprovalPolicy {
  steps: ApprovalStep[];
}

export interface ApprovalPolicies {
  default: ApprovalPolicy;
  /** Keyed by category name; matched trimmed and case-insensitively. */
  byCategory: Record<string, ApprovalPolicy>;
}

/** `mode: 'all'` with a role: this many distinct members of the role must approve the step. */
export const ROLE_ALL_MIN_APPROVERS = 2;

export const MAX_POLICY_STEPS = 3;

/** One approver of the organisation's approvers is enough, unless a category says otherwise. */
export const ORGANISATION_DEFAULT_POLICY: ApprovalPolicy = {
  steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'any' }],
};

const approversSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: z.enum(ROLES) }),
  z.object({
    kind: z.literal('people'),
    profileIds: z
      .array(z.string().min(1))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'duplicate profile id'),
  }),
]);

export const approvalStepSchema = z.object({
  approvers: approversSchema,
  mode: z.enum(['any', 'all']),
});

export const approvalPolicySchema = z.object({
  steps: z.array(approvalStepSchema).min(1).max(MAX_POLICY_STEPS),
});

/** A category policy must be stricter, i.e. have at least as many steps as the default. */
export const approvalPoliciesSchema = z
  .object({
    default: approvalPolicySchema,
    byCategory: z.record(z.string().trim().min(1), approvalPolicySchema),
  })
  .refine(
    (policies) =>
      Object.values(policies.byCategory).every(
        (policy) => policy.steps.length >= policies.default.steps.length,
      ),
    'a category policy must have at least as many steps as the default policy',
  );

function categoryKey(category: string): string {
  return category.trim().toLocaleLowerCase('de-DE');
}

/** The policy for a post's category: the category's own policy, else the organisation default. */
export function policyFor(category: string | null, policies: ApprovalPolicies): ApprovalPolicy {
  if (category === null || category.trim() === '') return policies.default;
  const wanted = categoryKey(category);
  for (const [name, policy] of Object.entries(policies.byCategory)) {
    if (categoryKey(name) === wanted) return policy;
  }
  return policies.default;
}

/** Whether a profile may approve a step. Admins may stand in for any role step, never for named people. */
export function mayApproveStep(step: ApprovalStep, profile: Pick<Profile, 'id' | 'roles'>): boolean {
  if (step.approvers.kind === 'people') return step.approvers.profileIds.includes(profile.id);
  return hasRole(profile, step.approvers.role) || hasRole(profile, 'admin');
}

/** Whether the approvals given for a step (their profile ids, in any order) complete it. */
export function stepSatisfied(step: ApprovalStep, approverIds: readonly string[]): boolean {
  const distinct = new Set(approverIds);
  if (step.approvers.kind === 'people') {
    const listed = step.approvers.profileIds;
    return step.mode === 'any'
      ? listed.some((id) => distinct.has(id))
      : listed.every((id) => distinct.has(id));
  }
  return distinct.size >= (step.mode === 'any' ? 1 : ROLE_ALL_MIN_APPROVERS);
}
