/**
 * Reminders inside the app (and, through the bridge, as desktop notifications): reviews that wait for this
 * profile, requests that expire soon, requests already past their time (the app expires them), and approved posts
 * due today that have not been exported. Pure: the caller passes `now` and the organisation's time zone.
 */
import type { Post } from '../model/post';
import { todayInZone, isoToZonedParts } from '../time/zoned';
import { currentStep, expiresSoon } from '../workflow/machine';
import {
  mayApproveStep,
  ORGANISATION_DEFAULT_POLICY,
  policyFor,
  type ApprovalPolicies,
} from '../workflow/policy';
import { workflowStateOf } from '../workflow/postState';
import type { Role } from '../workflow/roles';

export const REMINDER_KINDS = [
  'expired',
  'approvalExpiring',
  'reviewWaiting',
  'dueTodayNotExported',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface ReminderParams {
  title: string;
  /** Day of the scheduled time in the organisation's zone, `DD.MM.YYYY` ('' when not scheduled). */
  date: string;
  /** Wall-clock time in the organisation's zone, `HH:mm` ('' when not scheduled). */
  time: string;
  /** Whole hours left until the scheduled time, rounded up (0 when past or not scheduled). */
  hours: number;
  /** 1-based policy step waiting for approval (reviewWaiting), else 0. */
  step: number;
  [key: string]: string | number;
}

export interface Reminder {
  postId: string;
  kind: ReminderKind;
  /** i18n key: `reminders.<kind>` (see shared/reminders/messages.ts). */
  messageKey: `reminders.${ReminderKind}`;
  params: ReminderParams;
}

export interface RemindersInput {
  posts: readonly Post[];
  profileId: string;
  roles: readonly Role[];
  /** ISO instant. */
  now: string;
  /** The organisation's IANA time zone, e.g. `Europe/Berlin`. */
  timeZone: string;
  /** Warn this many hours ahead of the scheduled time of a post still in review. */
  expiryLeadHours: number;
  /** The organisation's approval policies; default: one approver. */
  policies?: ApprovalPolicies;
}

const HOUR_MS = 3_600_000;
const DEFAULT_POLICIES: ApprovalPolicies = { default: ORGANISATION_DEFAULT_POLICY, byCategory: {} };

function scheduledMs(post: Post): number | null {
  if (post.scheduledAt === null) return null;
  const time = Date.parse(post.scheduledAt);
  return Number.isNaN(time) ? null : time;
}

/** Ids of the posts in review whose scheduled time has passed: the app should expire them. */
export function dueForExpiry(posts: readonly Post[], now: string): string[] {
  const at = Date.parse(now);
  if (Number.isNaN(at)) return [];
  return posts
    .filter((post) => {
      const due = scheduledMs(post);
      return post.status === 'in_review' && due !== null && at >= due;
    })
    .map((post) => post.id);
}

function paramsFor(post: Post, nowMs: number, timeZone: string, step = 0): ReminderParams {
  const due = scheduledMs(post);
  if (due === null || post.scheduledAt === null)
    return { title: post.title, date: '', time: '', hours: 0, step };
  const { date, time } = isoToZonedParts(post.scheduledAt, timeZone);
  const [year, month, day] = date.split('-');
  return {
    title: post.title,
    date: `${day ?? ''}.${month ?? ''}.${year ?? ''}`,
    time,
    hours: Math.max(0, Math.ceil((due - nowMs) / HOUR_MS)),
    step,
  };
}

/** The policy step (0-based) this profile may approve now, or null. */
function waitingStep(post: Post, input: RemindersInput): number | null {
  if (post.createdBy === input.profileId || post.workflow.lastEditorId === input.profileId) return null;
  if (post.workflow.approvals.some((approval) => approval.profileId === input.profileId)) return null;
  const policy = policyFor(post.category, input.policies ?? DEFAULT_POLICIES);
  const step = currentStep(workflowStateOf(post), policy);
  const stepPolicy = step === null ? undefined : policy.steps[step];
  if (step === null || stepPolicy === undefined) return null;
  return mayApproveStep(stepPolicy, { id: input.profileId, roles: [...input.roles] }) ? step : null;
}

/** The reminders for one profile, most urgent kind first, then by scheduled time. */
export function remindersFor(input: RemindersInput): Reminder[] {
  const nowMs = Date.parse(input.now);
  if (Number.isNaN(nowMs)) return [];
  const today = todayInZone(new Date(nowMs), input.timeZone);
  const expired = new Set(dueForExpiry(input.posts, input.now));
  const reminders: { reminder: Reminder; due: number }[] = [];
  const add = (post: Post, kind: ReminderKind, step = 0): void => {
    reminders.push({
      reminder: {
        postId: post.id,
        kind,
        messageKey: `reminders.${kind}`,
        params: paramsFor(post, nowMs, input.timeZone, step),
      },
      due: scheduledMs(post) ?? Number.POSITIVE_INFINITY,
    });
  };
  for (const post of input.posts) {
    if (post.status === 'in_review') {
      if (expired.has(post.id)) {
        add(post, 'expired');
        continue;
      }
      if (expiresSoon(workflowStateOf(post), input.now, input.expiryLeadHours)) add(post, 'approvalExpiring');
      const step = waitingStep(post, input);
      if (step !== null) add(post, 'reviewWaiting', step + 1);
    } else if (post.status === 'approved' && post.scheduledAt !== null && scheduledMs(post) !== null) {
      if (isoToZonedParts(post.scheduledAt, input.timeZone).date === today) add(post, 'dueTodayNotExported');
    }
  }
  const rank = (kind: ReminderKind): number => REMINDER_KINDS.indexOf(kind);
  return reminders
    .sort((a, b) => rank(a.reminder.kind) - rank(b.reminder.kind) || a.due - b.due)
    .map((entry) => entry.reminder);
}
