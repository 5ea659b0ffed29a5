import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostStatus } from '../model/post';
import { POST_STATUSES } from '../model/post';
import { at, workflowPost } from '../review/testPosts';
import {
  endCrisis,
  heldPosts,
  postsToHold,
  releaseNeedsReview,
  startCrisis,
  type CrisisState,
} from './crisisMode';

const NOW = '2026-12-03T09:00:00.000Z';

describe('postsToHold', () => {
  const post = (id: string, iso: string | null, status: PostStatus, category: string | null = 'Service') =>
    workflowPost({
      id,
      status,
      category,
      ...(iso === null ? { scheduledAt: null, scheduledAtUtc: null } : at(iso)),
    });

  it('holds scheduled non-crisis posts in the window, in time order', () => {
    const posts = [
      post('later', '2026-12-09T10:00:00+01:00', 'approved'),
      post('now', '2026-12-03T10:00:00+01:00', 'in_review'),
      post('exported', '2026-12-05T10:00:00+01:00', 'exported'),
      post('past', '2026-12-03T09:59:00+01:00', 'approved'),
      post('edge', '2026-12-10T10:00:00+01:00', 'approved'),
      post('draft', '2026-12-04T10:00:00+01:00', 'draft'),
      post('crisis', '2026-12-04T10:00:00+01:00', 'approved', 'Krisenkommunikation'),
      post('unscheduled', null, 'approved'),
      workflowPost({
        id: 'template',
        status: 'approved',
        ...at('2026-12-04T10:00:00+01:00'),
        template: { templateId: 'builtin-crisis', values: {} },
      }),
    ];
    expect(postsToHold(posts, { now: NOW, windowDays: 7 }).map((p) => p.id)).toEqual([
      'now',
      'exported',
      'later',
    ]);
    expect(postsToHold(posts, { now: NOW, windowDays: 0 })).toEqual([]);
    expect(postsToHold(posts, { now: 'jetzt', windowDays: 7 })).toEqual([]);
  });

  it('only ever holds holdable, scheduled, non-crisis posts inside the window (property)', () => {
    const arb = fc.record({
      status: fc.constantFrom(...POST_STATUSES),
      offsetHours: fc.integer({ min: -48, max: 24 * 10 }),
      crisis: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 15 }), fc.integer({ min: 1, max: 9 }), (specs, windowDays) => {
        const posts = specs.map((spec, i) =>
          workflowPost({
            id: `p${i}`,
            status: spec.status,
            category: spec.crisis ? 'Krise' : 'Service',
            ...at(new Date(Date.parse(NOW) + spec.offsetHours * 3_600_000).toISOString()),
          }),
        );
        const held = new Set(postsToHold(posts, { now: NOW, windowDays }).map((p) => p.id));
        specs.forEach((spec, i) => {
          const expected =
            ['in_review', 'approved', 'exported'].includes(spec.status) &&
            !spec.crisis &&
            spec.offsetHours >= 0 &&
            spec.offsetHours < windowDays * 24;
          expect(held.has(`p${i}`)).toBe(expected);
        });
      }),
    );
  });
});

describe('heldPosts and release', () => {
  it('lists held posts by time', () => {
    const hold = { fromStatus: 'approved' as const, at: NOW, reason: 'Unwetter' };
    const posts = [
      workflowPost({ id: 'b', status: 'on_hold', ...at('2026-12-06T10:00:00+01:00'), workflow: { hold } }),
      workflowPost({ id: 'x', status: 'approved' }),
      workflowPost({ id: 'a', status: 'on_hold', ...at('2026-12-04T10:00:00+01:00'), workflow: { hold } }),
    ];
    expect(heldPosts(posts).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('needs a new review only when held longer than the limit', () => {
    const hold = { fromStatus: 'approved' as const, at: NOW, reason: 'Unwetter' };
    expect(releaseNeedsReview(hold, '2026-12-05T09:00:00.000Z', 48)).toBe(false);
    expect(releaseNeedsReview(hold, '2026-12-05T09:00:00.001Z', 48)).toBe(true);
    expect(releaseNeedsReview({ ...hold, at: 'kaputt' }, NOW, 48)).toBe(true);
  });
});

describe('startCrisis and endCrisis', () => {
  const lead = { id: 'lead', roles: ['approver' as const] };
  const off: CrisisState = { active: false };

  it('switches on with a reason for an approver or admin', () => {
    expect(startCrisis(off, { actor: lead, reason: '  Unwetter ', now: NOW })).toEqual({
      ok: true,
      state: { active: true, reason: 'Unwetter', since: NOW, byProfileId: 'lead', windowDays: 7 },
    });
    expect(startCrisis(off, { actor: { id: 'e', roles: ['editor'] }, reason: 'x', now: NOW })).toEqual({
      ok: false,
      error: 'crisis.errors.notAllowed',
    });
    expect(startCrisis(off, { actor: lead, reason: ' ', now: NOW })).toMatchObject({
      error: 'crisis.errors.reasonRequired',
    });
    expect(startCrisis(off, { actor: lead, reason: 'x', now: NOW, windowDays: 0 })).toMatchObject({
      error: 'crisis.errors.invalidWindow',
    });
  });

  it('switches off once', () => {
    const on = startCrisis(off, { actor: lead, reason: 'x', now: NOW });
    if (!on.ok) throw new Error('expected crisis mode on');
    expect(startCrisis(on.state, { actor: lead, reason: 'y', now: NOW })).toMatchObject({
      error: 'crisis.errors.alreadyActive',
    });
    expect(endCrisis(on.state, lead)).toEqual({ ok: true, state: { active: false } });
    expect(endCrisis(off, lead)).toMatchObject({ error: 'crisis.errors.notActive' });
  });
});
