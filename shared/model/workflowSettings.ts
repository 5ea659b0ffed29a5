/** The organisation's approval settings: policies per category, warning lead time, crisis mode window. */
import { z } from 'zod';
import {
  approvalPoliciesSchema,
  ORGANISATION_DEFAULT_POLICY,
  type ApprovalPolicies,
} from '../workflow/policy';

export const workflowSettingsSchema = z
  .object({
    policies: approvalPoliciesSchema,
    /** The review queue warns this many hours before a waiting post is due. */
    expiryLeadHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14),
    /** A post held longer than this needs approval again when released. */
    holdReviewAfterHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    /** Crisis mode holds the scheduled posts of this many days ahead. */
    crisisWindowDays: z.number().int().min(1).max(60),
  })
  .strict();

export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;

/** Crisis communication and recruiting need a second step: an admin, or another approver (HR). */
export const DEFAULT_POLICIES: ApprovalPolicies = {
  default: ORGANISATION_DEFAULT_POLICY,
  byCategory: {
    Krise: {
      steps: [
        { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
        { approvers: { kind: 'role', role: 'admin' }, mode: 'any' },
      ],
    },
  },
};

export const DEFAULT_WORKFLOW_SETTINGS: WorkflowSettings = {
  policies: DEFAULT_POLICIES,
  expiryLeadHours: 24,
  holdReviewAfterHours: 48,
  crisisWindowDays: 7,
};
