/**
 * The approval-rules form's state and checks: the organisation's workflow settings with the category policies as
 * an ordered list (names are edited in place). Errors are i18n keys under `profilesUi.policies.errors.`, keyed by
 * a path such as `default.0`, `category.1.name`, `category.1.steps` or `expiryLeadHours`.
 */
import type { WorkflowSettings } from '../../../shared/model/workflowSettings';
import { MAX_POLICY_STEPS, type ApprovalPolicy, type ApprovalStep } from '../../../shared/workflow/policy';

export interface CategoryDraft {
  name: string;
  policy: ApprovalPolicy;
}

export interface PolicyDraft {
  default: ApprovalPolicy;
  categories: CategoryDraft[];
  expiryLeadHours: number;
  holdReviewAfterHours: number;
  crisisWindowDays: number;
}

export const NUMBER_LIMITS = {
  expiryLeadHours: { min: 1, max: 24 * 14 },
  holdReviewAfterHours: { min: 1, max: 24 * 30 },
  crisisWindowDays: { min: 1, max: 60 },
} as const;

export type NumberField = keyof typeof NUMBER_LIMITS;

export const NEW_STEP: ApprovalStep = { approvers: { kind: 'role', role: 'approver' }, mode: 'any' };

export function toDraft(workflow: WorkflowSettings): PolicyDraft {
  return {
    default: workflow.policies.default,
    categories: Object.entries(workflow.policies.byCategory).map(([name, policy]) => ({ name, policy })),
    expiryLeadHours: workflow.expiryLeadHours,
    holdReviewAfterHours: workflow.holdReviewAfterHours,
    crisisWindowDays: workflow.crisisWindowDays,
  };
}

export type PolicyErrors = Record<string, string>;

function stepErrors(prefix: string, policy: ApprovalPolicy, errors: PolicyErrors): void {
  policy.steps.forEach((step, index) => {
    if (step.approvers.kind === 'people' && step.approvers.profileIds.length === 0) {
      errors[`${prefix}.${index}`] = 'profilesUi.policies.errors.peopleRequired';
    }
  });
}

/** Checks the draft; returns the settings to save, or the errors by path. */
export function fromDraft(
  draft: PolicyDraft,
): { ok: true; value: WorkflowSettings } | { ok: false; errors: PolicyErrors } {
  const errors: PolicyErrors = {};
  stepErrors('default', draft.default, errors);
  const seen = new Set<string>();
  draft.categories.forEach((category, index) => {
    const name = category.name.trim();
    const key = name.toLocaleLowerCase('de-DE');
    if (name === '') errors[`category.${index}.name`] = 'profilesUi.policies.errors.categoryRequired';
    else if (seen.has(key)) errors[`category.${index}.name`] = 'profilesUi.policies.errors.categoryTaken';
    seen.add(key);
    if (category.policy.steps.length < draft.default.steps.length) {
      errors[`category.${index}.steps`] = 'profilesUi.policies.errors.fewerSteps';
    }
    stepErrors(`category.${index}`, category.policy, errors);
  });
  for (const field of Object.keys(NUMBER_LIMITS) as NumberField[]) {
    const { min, max } = NUMBER_LIMITS[field];
    const value = draft[field];
    if (!Number.isInteger(value) || value < min || value > max)
      errors[field] = 'profilesUi.policies.errors.number';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      policies: {
        default: draft.default,
        byCategory: Object.fromEntries(draft.categories.map((entry) => [entry.name.trim(), entry.policy])),
      },
      expiryLeadHours: draft.expiryLeadHours,
      holdReviewAfterHours: draft.holdReviewAfterHours,
      crisisWindowDays: draft.crisisWindowDays,
    },
  };
}

export function canAddStep(policy: ApprovalPolicy): boolean {
  return policy.steps.length < MAX_POLICY_STEPS;
}
