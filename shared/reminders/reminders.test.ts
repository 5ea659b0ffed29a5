import { describe, expect, it } from 'vitest';
import { at, workflowPost } from '../review/testPosts';
import type { ApprovalPolicies } from '../workflow/policy';
import { dueForExpiry, remindersFor, type RemindersInput } from './reminders';

const NOW = '2026-12-03T07:30:00.000Z'; // 08:30 in Berlin

function input(overrides: Partial<RemindersInput>): RemindersInput {
  return {
    posts: [],
    profileId: 'freigabe-1',
    roles: ['approver'],
    now: NOW,
    timeZone: 'Europe/Berlin',
    expiryLeadHours: 24,
    ...overrides,
  };
}

const inReview = (id: string, iso: string, extra: Parameters<typeof workflowPost>[0] = {}) =>
  workflowPost({ id, status: 'in_review', ...at(iso), ...extra });

describe('remindersFor', () => {
  it('lists a review waiting for an approver who neither wrote nor last edited it', () => {
    const post = inReview('p1', '2026-12-10T10:00:00+01:00');
    expect(remindersFor(input({ posts: [post] }))).toEqual([
      {
        postId: 'p1',
        kind: 'reviewWaiting',
        messageKey: 'reminders.reviewWaiting',
        params: { title: 'Bürgeramt am Samstag', date: '10.12.2026', time: '10:00', hours: 170, step: 1 },
      },
    ]);
    const own = inReview('p2', '2026-12-10T10:00:00+01:00', { createdBy: 'freigabe-1' });
    const edited = inReview('p3', '2026-12-10T10:00:00+01:00', { workflow: { lastEditorId: 'freigabe-1' } });
    expect(remindersFor(input({ posts: [own, edited] }))).toEqual([]);
    expect(remindersFor(input({ posts: [post], roles: ['editor'] }))).toEqual([]);
    expect(remindersFor(input({ posts: [post], roles: ['admin'] })).map((r) => r.kind)).toEqual([
      'reviewWaiting',
    ]);
  });

  it('follows the current step of the category policy', () => {
    const policies: ApprovalPolicies = {
      default: { steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'any' }] },
      byCategory: {
        Karriere: {
          steps: [
            { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
            { approvers: { kind: 'people', profileIds: ['hr-1'] }, mode: 'any' },
          ],
        },
      },
    };
    const base = inReview('job', '2026-12-10T10:00:00+01:00', { category: 'Karriere' });
    const first = { ...base, workflow: { ...base.workflow } };
    const approved = {
      ...base,
      workflow: {
        ...base.workflow,
        approvals: [{ step: 0, profileId: 'freigabe-2', at: NOW, contentHash: base.workflow.contentHash }],
      },
    };
    const hr = input({ profileId: 'hr-1', roles: ['editor'], policies });
    expect(remindersFor({ ...hr, posts: [first] })).toEqual([]);
    expect(remindersFor({ ...hr, posts: [approved] }).map((r) => [r.kind, r.params.step])).toEqual([
      ['reviewWaiting', 2],
    ]);
    expect(remindersFor(input({ posts: [approved], policies }))).toEqual([]);
  });

  it('warns of requests going out within the lead time and lists past ones as expired', () => {
    const soon = inReview('soon', '2026-12-03T18:00:00+01:00', { createdBy: 'freigabe-1' });
    const past = inReview('past', '2026-12-03T08:00:00+01:00');
    const later = inReview('later', '2026-12-20T08:00:00+01:00', { createdBy: 'freigabe-1' });
    const reminders = remindersFor(input({ posts: [later, soon, past] }));
    expect(reminders.map((r) => [r.postId, r.kind])).toEqual([
      ['past', 'expired'],
      ['soon', 'approvalExpiring'],
    ]);
    expect(reminders[1]?.params.hours).toBe(10);
  });

  it('lists approved posts due today in the organisation zone that were not exported', () => {
    const today = workflowPost({ id: 'today', status: 'approved', ...at('2026-12-03T23:30:00+01:00') });
    const tomorrowInBerlin = workflowPost({
      id: 'tomorrow',
      status: 'approved',
      ...at('2026-12-04T00:30:00+01:00'),
    });
    const exported = workflowPost({ id: 'exported', status: 'exported', ...at('2026-12-03T12:00:00+01:00') });
    const reminders = remindersFor(input({ posts: [today, tomorrowInBerlin, exported], roles: ['editor'] }));
    expect(reminders.map((r) => [r.postId, r.kind, r.params.time])).toEqual([
      ['today', 'dueTodayNotExported', '23:30'],
    ]);
    // Just after midnight UTC it is already the 4th in Berlin.
    const late = remindersFor(input({ posts: [today, tomorrowInBerlin], now: '2026-12-03T23:10:00.000Z' }));
    expect(late.map((r) => r.postId)).toEqual(['tomorrow']);
  });

  it('returns nothing for an invalid now', () => {
    expect(remindersFor(input({ posts: [inReview('p', '2026-12-10T10:00:00+01:00')], now: 'bald' }))).toEqual(
      [],
    );
  });
});

describe('dueForExpiry', () => {
  it('lists in-review posts whose time has come, nothing else', () => {
    const posts = [
      inReview('due', '2026-12-03T08:30:00+01:00'),
      inReview('future', '2026-12-03T08:31:00+01:00'),
      workflowPost({ id: 'approved', status: 'approved', ...at('2026-12-01T08:00:00+01:00') }),
      workflowPost({ id: 'unscheduled', status: 'in_review', scheduledAt: null, scheduledAtUtc: null }),
    ];
    expect(dueForExpiry(posts, NOW)).toEqual(['due']);
    expect(dueForExpiry(posts, 'invalid')).toEqual([]);
  });
});
