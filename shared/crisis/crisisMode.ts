/**
 * Crisis mode: an admin or approver switches it on with a reason; every scheduled post in the window (default the
 * next 7 days) that is not crisis communication goes on hold. Switching it off lists the held posts to release one
 * by one; a hold older than the organisation's limit sends its post back to review (see `release` in
 * shared/workflow/machine.ts, which applies the same rule).
 */
import { isCrisisPost } from '../checks/crisis';
import type { Post, PostStatus } from '../model/post';
import type { Hold } from '../workflow/machine';
import { hasRole, type Profile } from '../workflow/roles';

export type CrisisState =
  | {
      active: true;
      reason: string;
      /** ISO instant the mode was switched on. */
      since: string;
      byProfileId: string;
      /** Days from `since` in which scheduled posts were held. */
      windowDays: number;
    }
  | { active: false };

export const DEFAULT_CRISIS_WINDOW_DAYS = 7;
export const MAX_CRISIS_WINDOW_DAYS = 90;

/** The statuses a post can be held from (the machine's `hold` action). */
export const HOLDABLE_STATUSES: readonly PostStatus[] = ['in_review', 'approved', 'exported'];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

function instantOf(post: Post): number | null {
  const iso = post.scheduledAtUtc ?? post.scheduledAt;
  if (iso === null) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

function byScheduledTime(a: Post, b: Post): number {
  return (instantOf(a) ?? Number.MAX_SAFE_INTEGER) - (instantOf(b) ?? Number.MAX_SAFE_INTEGER);
}

/**
 * The posts crisis mode puts on hold: scheduled within [now, now + windowDays × 24 h), in review, approved or
 * exported, and not crisis communication themselves. Sorted by scheduled time.
 */
export function postsToHold(posts: readonly Post[], options: { now: string; windowDays: number }): Post[] {
  const from = Date.parse(options.now);
  if (Number.isNaN(from) || !(options.windowDays > 0)) return [];
  const until = from + options.windowDays * DAY_MS;
  return posts
    .filter((post) => {
      const time = instantOf(post);
      return (
        time !== null &&
        time >= from &&
        time < until &&
        HOLDABLE_STATUSES.includes(post.status) &&
        !isCrisisPost(post)
      );
    })
    .sort(byScheduledTime);
}

/** The window crisis mode holds posts in, [since, since + windowDays × 24 h) in epoch ms; null while it is off. */
export function crisisWindow(state: CrisisState): { from: number; until: number } | null {
  if (!state.active) return null;
  const from = Date.parse(state.since);
  if (Number.isNaN(from) || !(state.windowDays > 0)) return null;
  return { from, until: from + state.windowDays * DAY_MS };
}

/**
 * Whether crisis mode, as it stands, holds this post whatever its status: it is on, the post is scheduled inside
 * its window and is not crisis communication. Posts that enter a holdable status while the mode is on (approved,
 * submitted or released after it was switched on) are held by this rule, and an export leaves them out.
 */
export function crisisHolds(
  state: CrisisState,
  post: Pick<Post, 'scheduledAt' | 'category' | 'template'> & { scheduledAtUtc?: string | null },
): boolean {
  const window = crisisWindow(state);
  if (window === null) return false;
  const iso = post.scheduledAtUtc ?? post.scheduledAt;
  const time = iso === null ? Number.NaN : Date.parse(iso);
  return !Number.isNaN(time) && time >= window.from && time < window.until && !isCrisisPost(post);
}

/** The posts on hold, to release one by one; sorted by scheduled time. */
export function heldPosts(posts: readonly Post[]): Post[] {
  return posts.filter((post) => post.status === 'on_hold').sort(byScheduledTime);
}

/** Whether releasing this hold now sends the post back to review (it was held longer than the limit). */
export function releaseNeedsReview(hold: Hold, now: string, holdReviewAfterHours: number): boolean {
  const since = Date.parse(hold.at);
  const at = Date.parse(now);
  if (Number.isNaN(since) || Number.isNaN(at)) return true;
  return at - since > holdReviewAfterHours * HOUR_MS;
}

export type CrisisError = 'notAllowed' | 'reasonRequired' | 'invalidWindow' | 'alreadyActive' | 'notActive';

export type CrisisResult =
  { ok: true; state: CrisisState } | { ok: false; error: `crisis.errors.${CrisisError}` };

function mayToggle(actor: Pick<Profile, 'roles'>): boolean {
  return hasRole(actor, 'admin') || hasRole(actor, 'approver');
}

/** Switches crisis mode on: an admin or approver, with a reason, for 1–90 days. */
export function startCrisis(
  current: CrisisState,
  input: { actor: Pick<Profile, 'id' | 'roles'>; reason: string; now: string; windowDays?: number },
): CrisisResult {
  const windowDays = input.windowDays ?? DEFAULT_CRISIS_WINDOW_DAYS;
  if (!mayToggle(input.actor)) return { ok: false, error: 'crisis.errors.notAllowed' };
  if (current.active) return { ok: false, error: 'crisis.errors.alreadyActive' };
  const reason = input.reason.trim();
  if (reason === '') return { ok: false, error: 'crisis.errors.reasonRequired' };
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > MAX_CRISIS_WINDOW_DAYS) {
    return { ok: false, error: 'crisis.errors.invalidWindow' };
  }
  return {
    ok: true,
    state: { active: true, reason, since: input.now, byProfileId: input.actor.id, windowDays },
  };
}

/** Switches crisis mode off (held posts stay held until released one by one). */
export function endCrisis(current: CrisisState, actor: Pick<Profile, 'roles'>): CrisisResult {
  if (!mayToggle(actor)) return { ok: false, error: 'crisis.errors.notAllowed' };
  if (!current.active) return { ok: false, error: 'crisis.errors.notActive' };
  return { ok: true, state: { active: false } };
}
