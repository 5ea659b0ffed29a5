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

/** The reasons a roster entry is not applied (i18n keys `trust.roster.<code>`). */
export const ROSTER_PROBLEMS = [
  'malformed',
  'idMismatch',
  'badSignature',
  'wrongOrg',
  'untrustedGenesis',
  'duplicateGenesis',
  'missingGenesis',
  'unknownSigner',
  'signerNotAdmin',
  'signerRevoked',
  'keyReused',
] as const;
export type RosterProblemCode = (typeof ROSTER_PROBLEMS)[number];

export interface RosterProblem {
  code: RosterProblemCode;
  /** The entry's id when it has one (null when not even that could be read). */
  entryId: string | null;
  params: Record<string, string | number>;
}

export function rosterProblem(
  code: RosterProblemCode,
  entryId: string | null,
  params: Record<string, string | number> = {},
): RosterProblem {
  return { code, entryId, params };
}
