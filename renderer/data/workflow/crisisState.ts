/**
 * Crisis mode: switching it on holds every scheduled post of the window that is not crisis communication (one
 * transaction with the state and the audit entries); switching it off leaves held posts held, to be released one
 * by one (workflowRepository.releasePost).
 */
import type { Post } from '../../../shared/model/post';
import {
  crisisHolds,
  endCrisis,
  HOLDABLE_STATUSES,
  postsToHold,
  startCrisis,
  type CrisisState,
} from '../../../shared/crisis/crisisMode';
import { transition, type AuditEvent, type WorkflowState } from '../../../shared/workflow/machine';
import { policyFor } from '../../../shared/workflow/policy';
import { withWorkflowState, workflowStateOf } from '../../../shared/workflow/postState';
import type { Profile } from '../../../shared/workflow/roles';
import { appendAudit, auditInputsOf } from './auditLog';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { loadSettings } from '../settings/settingsRepository';
import { byId, compareText, scheduledInStatus } from '../posts/statusSchedule';

const CRISIS_ID = 'crisis';
const DAY_MS = 86_400_000;

/** The current crisis state (inside or outside a transaction that includes `db.deskState`). */
export async function loadCrisisState(): Promise<CrisisState> {
  const row = await db.deskState.get(CRISIS_ID);
  return row?.state ?? { active: false };
}

/** Stores the crisis state as a restore brings it (inside a transaction that includes `db.deskState`). */
export async function putCrisisState(state: CrisisState): Promise<void> {
  await db.deskState.put({ id: CRISIS_ID, state });
}

/** `reason`: an i18n key (`crisis.errors.…` or `workflow.errors.unknownProfile`). */
export type CrisisSwitchResult = { ok: true; held: number } | { ok: false; reason: string };

/** Switches crisis mode on and holds the posts of the next `windowDays` days; every hold is audited. */
export async function switchCrisisOn(
  input: { reason: string; windowDays?: number },
  context: { actorId: string; now: Date },
): Promise<CrisisSwitchResult> {
  const now = context.now.toISOString();
  return guardData(() =>
    db.transaction('rw', [db.deskState, db.posts, db.audit, db.profiles, db.settings], async () => {
      const actor = await db.profiles.get(context.actorId);
      if (!actor) return { ok: false as const, reason: 'workflow.errors.unknownProfile' };
      const settings = await loadSettings();
      const windowDays = input.windowDays ?? settings.workflow.crisisWindowDays;
      const started = startCrisis(await loadCrisisState(), { actor, reason: input.reason, now, windowDays });
      if (!started.ok) return { ok: false as const, reason: started.error };
      await db.deskState.put({ id: CRISIS_ID, state: started.state });
      const until = new Date(context.now.getTime() + windowDays * DAY_MS).toISOString();
      // Only the holdable posts of the window, by the compound index, in the order of the time index (time, then
      // id): posts with the same time are held, and audited, in the same order as before.
      const candidates = (
        await Promise.all(
          HOLDABLE_STATUSES.map((status) =>
            scheduledInStatus(status, { from: now, to: until, includeTo: false }),
          ),
        )
      )
        .flat()
        .sort((a, b) => compareText(a.scheduledAtUtc ?? '', b.scheduledAtUtc ?? '') || byId(a, b));
      const reason = input.reason.trim();
      await appendAudit(
        [{ actorId: actor.id, action: 'crisisOn', postId: null, contentHash: null, note: reason }],
        context.now,
      );
      let held = 0;
      for (const post of postsToHold(candidates, { now, windowDays })) {
        const result = transition(
          workflowStateOf(post),
          { type: 'hold', reason },
          {
            now,
            actor,
            policy: policyFor(post.category, settings.workflow.policies),
            gateOpen: true,
            crisisMode: true,
            crisisPost: false,
            holdReviewAfterHours: settings.workflow.holdReviewAfterHours,
          },
        );
        if (!result.ok) continue;
        await db.posts.put(withWorkflowState(post, result.state));
        await appendAudit(auditInputsOf(result.events, post.id), context.now);
        held += 1;
      }
      return { ok: true as const, held };
    }),
  );
}

/** Switches crisis mode off; held posts stay held until released one by one. */
export async function switchCrisisOff(context: { actorId: string; now: Date }): Promise<CrisisSwitchResult> {
  return guardData(() =>
    db.transaction('rw', [db.deskState, db.posts, db.audit, db.profiles], async () => {
      const actor = await db.profiles.get(context.actorId);
      if (!actor) return { ok: false as const, reason: 'workflow.errors.unknownProfile' };
      const ended = endCrisis(await loadCrisisState(), actor);
      if (!ended.ok) return { ok: false as const, reason: ended.error };
      await db.deskState.put({ id: CRISIS_ID, state: ended.state });
      await appendAudit(
        [{ actorId: actor.id, action: 'crisisOff', postId: null, contentHash: null, note: null }],
        context.now,
      );
      const held = await db.posts.where('status').equals('on_hold').count();
      return { ok: true as const, held };
    }),
  );
}

/** Crisis mode holds posts on its own authority: an approver-like actor, audited as the system. */
const CRISIS_ACTOR: Profile = { id: 'system', name: 'Civic Desk', initials: 'CD', roles: ['approver'] };

/**
 * A workflow step that leaves a post in a holdable status (submitted, approved, released, …) while crisis mode is
 * on and holds that post (scheduled in its window, not crisis communication) puts it on hold at once, with the
 * mode's reason; otherwise the step's state is kept. The caller passes the crisis state it loaded inside its own
 * transaction and writes the result with the step's own audit entries.
 */
export function holdUnderCrisis(
  post: Post,
  state: WorkflowState,
  crisis: CrisisState,
  context: { now: string; holdReviewAfterHours: number; policy: Parameters<typeof transition>[2]['policy'] },
): { state: WorkflowState; events: AuditEvent[] } {
  if (!crisis.active || !HOLDABLE_STATUSES.includes(state.status)) return { state, events: [] };
  if (!crisisHolds(crisis, post)) return { state, events: [] };
  const result = transition(
    state,
    { type: 'hold', reason: crisis.reason },
    {
      now: context.now,
      actor: CRISIS_ACTOR,
      policy: context.policy,
      gateOpen: true,
      crisisMode: true,
      crisisPost: false,
      holdReviewAfterHours: context.holdReviewAfterHours,
    },
  );
  return result.ok ? { state: result.state, events: result.events } : { state, events: [] };
}
