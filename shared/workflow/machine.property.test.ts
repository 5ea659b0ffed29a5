import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition, type WorkflowAction, type WorkflowState } from './machine';
import { workflowMessagesDe } from './messages';
import { stepSatisfied, type ApprovalPolicy } from './policy';
import { WORKFLOW_STATUSES } from './statuses';
import { CAREER_POLICY, CRISIS_POLICY, makeContext, makeState, ONE_STEP, PROFILES } from './testFixtures';

const POLICIES: ApprovalPolicy[] = [
  ONE_STEP,
  CRISIS_POLICY,
  CAREER_POLICY,
  { steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'all' }] },
  {
    steps: [
      { approvers: { kind: 'people', profileIds: ['appr-a', 'appr-b'] }, mode: 'all' },
      { approvers: { kind: 'role', role: 'admin' }, mode: 'any' },
      { approvers: { kind: 'people', profileIds: ['hr', 'author'] }, mode: 'any' },
    ],
  },
];

// Submit and approve are weighted up so that walks reach `approved` often (the old
// uniform mix reached it in only a handful of 500 walks, and in none on some seeds).
const actionArb: fc.Arbitrary<WorkflowAction> = fc.oneof(
  { arbitrary: fc.constant({ type: 'submit' } as const), weight: 4 },
  fc.constantFrom('', 'Quelle fehlt').map((note) => ({ type: 'requestChanges', note }) as const),
  { arbitrary: fc.constant({ type: 'approve' } as const), weight: 8 },
  fc.constantFrom('h1', 'h2', 'h3').map((contentHash) => ({ type: 'contentChanged', contentHash }) as const),
  fc.constant({ type: 'export' } as const),
  fc.constantFrom('https://example.org/p', 'nope').map((url) => ({ type: 'confirmPublished', url }) as const),
  fc.constant({ type: 'archive' } as const),
  fc.constant({ type: 'withdraw' } as const),
  fc.constant({ type: 'expire' } as const),
  fc.constantFrom('', 'Krise').map((reason) => ({ type: 'hold', reason }) as const),
  fc.constant({ type: 'release' } as const),
);

const stepArb = fc.record({
  action: actionArb,
  actor: fc.constantFrom(...PROFILES),
  gateOpen: fc.oneof({ arbitrary: fc.constant(true), weight: 3 }, fc.constant(false)),
  crisisMode: fc.boolean(),
  crisisPost: fc.boolean(),
  /** How far the clock moves before the action; the post is due after 50 hours. */
  minutes: fc.integer({ min: 0, max: 120 }),
});

function checkValid(state: WorkflowState, policy: ApprovalPolicy): void {
  expect(WORKFLOW_STATUSES).toContain(state.status);
  expect(state.hold !== null).toBe(state.status === 'on_hold');
  const approvers = state.approvals.map((approval) => approval.profileId);
  expect(new Set(approvers).size).toBe(approvers.length);
  if (state.status !== 'approved') return;
  policy.steps.forEach((step, index) => {
    const valid = state.approvals
      .filter(
        (approval) =>
          approval.step === index &&
          approval.contentHash === state.contentHash &&
          approval.profileId !== state.authorId &&
          approval.profileId !== state.lastEditorId,
      )
      .map((approval) => approval.profileId);
    expect(stepSatisfied(step, valid)).toBe(true);
  });
}

describe('workflow properties', () => {
  it('any sequence of actions keeps the state valid', () => {
    let approvedSeen = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...POLICIES),
        fc.array(stepArb, { maxLength: 60 }),
        fc.integer({ min: 1, max: 72 }),
        (policy, steps, holdReviewAfterHours) => {
          let state = makeState({ scheduledAt: '2026-11-27T10:00:00.000Z' });
          let time = Date.parse('2026-11-25T08:00:00.000Z');
          for (const step of steps) {
            time += step.minutes * 60_000;
            const { action, actor, gateOpen, crisisMode, crisisPost } = step;
            const now = new Date(time).toISOString();
            const context = makeContext({
              now,
              actor,
              policy,
              gateOpen,
              crisisMode,
              crisisPost,
              holdReviewAfterHours,
            });
            const result = transition(state, action, context);
            if (!result.ok) {
              const key = result.reason.replace(/^workflow\.errors\./u, '');
              expect(Object.keys(workflowMessagesDe.errors)).toContain(key);
              continue;
            }
            if (result.state !== state) {
              expect(result.events[0]).toMatchObject({
                action: action.type,
                actorId: actor.id,
                at: now,
                fromStatus: state.status,
                toStatus: result.state.status,
              });
            }
            state = result.state;
            if (state.status === 'approved') approvedSeen += 1;
            checkValid(state, policy);
          }
        },
      ),
      { numRuns: 500 },
    );
    // The random walks do reach `approved`, so its invariant is actually exercised.
    expect(approvedSeen).toBeGreaterThan(0);
  });

  it('a post can be approved at all under every policy', () => {
    // Guards the property above against passing only because `approved` is never reached.
    for (const policy of POLICIES) {
      let state = makeState({ status: 'in_review' });
      for (let round = 0; round < 5 && state.status === 'in_review'; round += 1) {
        for (const actor of PROFILES) {
          const result = transition(state, { type: 'approve' }, makeContext({ actor, policy }));
          if (result.ok) state = result.state;
        }
      }
      expect(state.status).toBe('approved');
      checkValid(state, policy);
    }
  });
});
