/**
 * Which posts an export takes, and why the others stay behind. Posts that are not approved never leave the app.
 *
 * Each post gets the first reason that applies, in this order, so the scope of the export (its range, networks and
 * campaigns) is settled before anything is said about a post's state:
 *   notScheduled → outOfRange → channelNotChosen → campaignNotChosen → expired / onHold / notApproved →
 *   consentMissing / consentWithdrawn → inPast.
 * Included posts are narrowed to the chosen networks (their other variants are dropped) and ordered by time.
 */
import type { Channel } from '../model/channels';
import { isPlainDate, isoToZonedParts } from '../time/zoned';
import type { WorkflowStatus } from '../workflow/statuses';
import { assertTimeZone, ExportError } from './errors';
import { byScheduledInstant, type ExportPost } from './types';

export const EXCLUSION_REASONS = [
  'notScheduled',
  'outOfRange',
  'channelNotChosen',
  'campaignNotChosen',
  'notApproved',
  'expired',
  'onHold',
  'consentMissing',
  'consentWithdrawn',
  'inPast',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** What stands in the way of a post's media at the time of export, worked out by the caller from the consents. */
export type ConsentProblem = 'consentMissing' | 'consentWithdrawn';

/** Statuses whose posts may be exported. */
export const EXPORTABLE_STATUSES: readonly WorkflowStatus[] = ['approved', 'exported'];

export interface ExportSelectionOptions {
  /** First and last day of the range, `YYYY-MM-DD`, both inclusive, in the organisation's zone. */
  fromDate: string;
  toDate: string;
  timeZone: string;
  /** The moment of the export: posts scheduled before it are `inPast` unless `allowPast`. */
  now: Date;
  /** Networks to export; absent means all. */
  channels?: readonly Channel[];
  /** Campaigns to export; absent means all (posts without a campaign included). */
  campaignIds?: readonly string[];
  /** Post id → the consent problem of one of its media at `now` (absent: no problem). */
  consentProblems?: Readonly<Record<string, ConsentProblem>>;
  /** Also take posts whose time has passed (e.g. a calendar of last month). Default false. */
  allowPast?: boolean;
  /**
   * Ids of the posts crisis mode holds as it stands (`crisisHolds`, shared/crisis/crisisMode.ts): left out as
   * `onHold` whatever their status, a second line behind the holds themselves.
   */
  crisisHeld?: readonly string[];
  /**
   * Post id → why its stored approval does not count, as the caller derived it (shared/trust/deriveApproval.ts):
   * such a post is left out as `notApproved` whatever its stored status, with these reasons.
   */
  unverifiedApprovals?: Readonly<Record<string, readonly ApprovalReason[]>>;
}

/** A reason an approval does not count: an i18n key (`trust.problems.…`) with its params. */
export interface ApprovalReason {
  key: string;
  params: Readonly<Record<string, string | number>>;
}

export interface ExcludedPost {
  post: ExportPost;
  reason: ExclusionReason;
  /** With `notApproved` for a post stored as approved: why its approval does not count. */
  approvalReasons?: readonly ApprovalReason[];
}

export interface ExportSelection {
  included: ExportPost[];
  excluded: ExcludedPost[];
}

function statusReason(status: WorkflowStatus): ExclusionReason | null {
  if (status === 'expired') return 'expired';
  if (status === 'on_hold') return 'onHold';
  return EXPORTABLE_STATUSES.includes(status) ? null : 'notApproved';
}

function consentReason(post: ExportPost, options: ExportSelectionOptions): ConsentProblem | null {
  const problems = options.consentProblems;
  if (problems === undefined || !Object.hasOwn(problems, post.id)) return null;
  return problems[post.id] ?? null;
}

function exclusionReason(post: ExportPost, options: ExportSelectionOptions): ExclusionReason | null {
  if (post.scheduledAt === null) return 'notScheduled';
  const instant = Date.parse(post.scheduledAt);
  if (Number.isNaN(instant)) return 'notScheduled';
  const day = isoToZonedParts(post.scheduledAt, options.timeZone).date;
  if (day < options.fromDate || day > options.toDate) return 'outOfRange';
  const { channels, campaignIds } = options;
  if (channels !== undefined && !post.channels.some((channel) => channels.includes(channel))) {
    return 'channelNotChosen';
  }
  if (campaignIds !== undefined && (post.campaignId === null || !campaignIds.includes(post.campaignId))) {
    return 'campaignNotChosen';
  }
  const status = statusReason(post.status);
  if (status !== null) return status;
  if (options.unverifiedApprovals !== undefined && Object.hasOwn(options.unverifiedApprovals, post.id))
    return 'notApproved';
  if (options.crisisHeld?.includes(post.id) === true) return 'onHold';
  const consent = consentReason(post, options);
  if (consent !== null) return consent;
  if (options.allowPast !== true && instant < options.now.getTime()) return 'inPast';
  return null;
}

function narrowToChannels(post: ExportPost, channels: readonly Channel[] | undefined): ExportPost {
  if (channels === undefined) return post;
  return {
    ...post,
    channels: post.channels.filter((channel) => channels.includes(channel)),
    variants: post.variants.filter((variant) => channels.includes(variant.channel)),
  };
}

/** Splits `posts` into those the export takes and those it leaves out, each with its reason. */
export function selectForExport(
  posts: readonly ExportPost[],
  options: ExportSelectionOptions,
): ExportSelection {
  assertTimeZone(options.timeZone);
  for (const value of [options.fromDate, options.toDate]) {
    if (!isPlainDate(value)) throw new ExportError('invalidDate', { value });
  }
  if (options.fromDate > options.toDate) {
    throw new ExportError('invalidRange', { fromDate: options.fromDate, toDate: options.toDate });
  }
  const included: ExportPost[] = [];
  const excluded: ExcludedPost[] = [];
  for (const post of [...posts].sort(byScheduledInstant)) {
    const reason = exclusionReason(post, options);
    const approvalReasons =
      reason === 'notApproved' && options.unverifiedApprovals !== undefined
        ? options.unverifiedApprovals[post.id]
        : undefined;
    if (reason === null) included.push(narrowToChannels(post, options.channels));
    else if (approvalReasons !== undefined && Object.hasOwn(options.unverifiedApprovals ?? {}, post.id))
      excluded.push({ post, reason, approvalReasons });
    else excluded.push({ post, reason });
  }
  return { included, excluded };
}
