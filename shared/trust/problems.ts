/** The reasons an approval does not count or a post is not approved (i18n keys `trust.problems.<code>`). */
export const APPROVAL_PROBLEMS = [
  // one approval
  'unsigned',
  'legacyApproval',
  'badSignature',
  'approvalMismatch',
  'wrongPost',
  'wrongOrg',
  'contentChanged',
  'revisionMismatch',
  'unknownKey',
  'keyRevoked',
  'notAuthorised',
  'fourEyesAuthor',
  'fourEyesLastEditor',
  'editorMismatch',
  'categoryMismatch',
  'stepCountMismatch',
  'auditAnchorMissing',
  'auditEntryMissing',
  'duplicateApproval',
  'sameApproverTwice',
  // the post
  'auditBroken',
  'stepsMissing',
  'statusNotApproved',
] as const;
export type ApprovalProblemCode = (typeof APPROVAL_PROBLEMS)[number];

/** Codes that name one approval (params carry `profileId` and `step`, 1-based). */
export const APPROVAL_LEVEL_PROBLEMS: readonly ApprovalProblemCode[] = APPROVAL_PROBLEMS.slice(
  0,
  APPROVAL_PROBLEMS.indexOf('auditBroken'),
);

export interface ApprovalProblem {
  code: ApprovalProblemCode;
  /** For i18n interpolation: `profileId`, `step`, `met`, `needed`, `status`, `seq`, … */
  params: Record<string, string | number>;
}
