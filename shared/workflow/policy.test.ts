import { describe, expect, it } from 'vitest';
import {
  approvalPoliciesSchema,
  approvalPolicySchema,
  mayApproveStep,
  ORGANISATION_DEFAULT_POLICY,
  policyFor,
  stepSatisfied,
  type ApprovalPolicies,
} from './policy';
import { ADMIN, APPROVER_A, CAREER_POLICY, CRISIS_POLICY, EDITOR, HR } from './testFixtures';

const POLICIES: ApprovalPolicies = {
  default: ORGANISATION_DEFAULT_POLICY,
  byCategory: { Krise: CRISIS_POLICY, Karriere: CAREER_POLICY },
};

describe('policyFor', () => {
  it('picks the category policy, trimmed and case-insensitive, else the default', () => {
    expect(policyFor('Krise', POLICIES)).toBe(CRISIS_POLICY);
    expect(policyFor(' karriere ', POLICIES)).toBe(CAREER_POLICY);
    expect(policyFor('Service', POLICIES)).toBe(ORGANISATION_DEFAULT_POLICY);
    expect(policyFor(null, POLICIES)).toBe(ORGANISATION_DEFAULT_POLICY);
    expect(policyFor('  ', POLICIES)).toBe(ORGANISATION_DEFAULT_POLICY);
  });
});

describe('approvalPolicySchema', () => {
  it('accepts one to three steps', () => {
    expect(approvalPolicySchema.safeParse(CRISIS_POLICY).success).toBe(true);
    expect(approvalPolicySchema.safeParse({ steps: [] }).success).toBe(false);
    const step = CRISIS_POLICY.steps[0];
    expect(approvalPolicySchema.safeParse({ steps: [step, step, step] }).success).toBe(true);
    expect(approvalPolicySchema.safeParse({ steps: [step, step, step, step] }).success).toBe(false);
  });

  it('rejects unknown roles, empty or duplicate people and unknown modes', () => {
    const parse = (approvers: unknown, mode = 'any') =>
      approvalPolicySchema.safeParse({ steps: [{ approvers, mode }] });
    expect(parse({ kind: 'role', role: 'boss' }).success).toBe(false);
    expect(parse({ kind: 'people', profileIds: [] }).success).toBe(false);
    expect(parse({ kind: 'people', profileIds: ['a', 'a'] }).success).toBe(false);
    expect(parse({ kind: 'role', role: 'approver' }, 'most').success).toBe(false);
    expect(parse({ kind: 'people', profileIds: ['a', 'b'] }, 'all').success).toBe(true);
  });

  it('requires category policies to be at least as strict as the default', () => {
    expect(approvalPoliciesSchema.safeParse(POLICIES).success).toBe(true);
    const looser = { default: CRISIS_POLICY, byCategory: { Service: ORGANISATION_DEFAULT_POLICY } };
    expect(approvalPoliciesSchema.safeParse(looser).success).toBe(false);
  });
});

describe('steps', () => {
  it('role steps admit the role and admins; people steps only the people', () => {
    const roleStep = ORGANISATION_DEFAULT_POLICY.steps[0];
    const hrStep = CAREER_POLICY.steps[1];
    if (roleStep === undefined || hrStep === undefined) throw new Error('fixture');
    expect([APPROVER_A, ADMIN, EDITOR].map((profile) => mayApproveStep(roleStep, profile))).toEqual([
      true,
      true,
      false,
    ]);
    expect([HR, ADMIN, APPROVER_A].map((profile) => mayApproveStep(hrStep, profile))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it("'all' with a role needs two distinct approvers", () => {
    const step = { approvers: { kind: 'role', role: 'approver' }, mode: 'all' } as const;
    expect(stepSatisfied(step, ['a'])).toBe(false);
    expect(stepSatisfied(step, ['a', 'a'])).toBe(false);
    expect(stepSatisfied(step, ['a', 'b'])).toBe(true);
  });
});
