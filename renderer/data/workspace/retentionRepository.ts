/**
 * Retention (shared/retention) applied to the stored desk: finished posts and comments past their period are
 * deleted, audit entries past theirs become tombstones, all in one transaction together with a `retentionApplied`
 * audit entry that records counts only. Runs at app start and from the Datenschutz page.
 */
import { toTombstone } from '../../../shared/audit/chain';
import type { Post } from '../../../shared/model/post';
import {
  countsOf,
  cutoffOf,
  isEmptyPlan,
  RETAINED_POST_STATUSES,
  retentionNote,
  retentionPlan,
  type RetentionCounts,
  type RetentionData,
} from '../../../shared/retention/retentionPlan';
import {
  RETENTION_FIELDS,
  retentionSettingsSchema,
  type RetentionField,
  type RetentionSettings,
} from '../../../shared/retention/retentionSettings';
import type { RetentionMessageKey } from '../../../shared/retention/messages';
import { appendAudit } from '../workflow/auditLog';
import { guardData } from '../store/dataErrors';
import { db } from '../store/db';
import { loadSettings, saveSettings, type GovernanceContext } from '../settings/settingsRepository';
import { scheduledInStatus, unscheduledInStatuses } from '../posts/statusSchedule';

export const RETENTION_APPLIED_ACTION = 'retentionApplied';

/**
 * The finished posts the plan could delete: none when posts are kept forever; else those scheduled before the
 * cutoff (by the compound index, not every finished post of all years) and the unscheduled ones. The text bound
 * is one second past the cutoff, so a time stored without milliseconds is not cut off by text order; the plan
 * itself compares the instants. The plan deletes exactly what it would from every finished post.
 */
async function retentionCandidates(settings: RetentionSettings, now: Date): Promise<Post[]> {
  const cutoff = cutoffOf(now, settings.postsMonths);
  if (cutoff === null) return [];
  const to = new Date(cutoff.getTime() + 1000).toISOString();
  const [scheduled, unscheduled] = await Promise.all([
    Promise.all(RETAINED_POST_STATUSES.map((status) => scheduledInStatus(status, { to }))),
    unscheduledInStatuses(RETAINED_POST_STATUSES),
  ]);
  return [...scheduled.flat(), ...unscheduled];
}

async function storedRetentionData(settings: RetentionSettings, now: Date): Promise<RetentionData> {
  const [posts, comments, audit] = await Promise.all([
    retentionCandidates(settings, now),
    db.comments.toArray(),
    db.audit.toArray(),
  ]);
  return { posts, comments, audit };
}

/** What applying retention now would remove, without changing anything. */
export async function previewRetention(now: Date): Promise<RetentionCounts> {
  const settings = await loadSettings();
  return guardData(async () =>
    countsOf(retentionPlan(await storedRetentionData(settings.retention, now), settings.retention, now)),
  );
}

/**
 * Applies the stored retention settings in one transaction and returns what was removed. Nothing to remove writes
 * nothing, not even an audit entry (app starts would otherwise fill the log).
 */
export async function applyRetention(actorId: string, now: Date): Promise<RetentionCounts> {
  const settings = await loadSettings();
  return guardData(() =>
    db.transaction('rw', db.posts, db.comments, db.audit, async () => {
      const plan = retentionPlan(await storedRetentionData(settings.retention, now), settings.retention, now);
      const counts = countsOf(plan);
      if (isEmptyPlan(plan)) return counts;
      await db.posts.bulkDelete(plan.deletePostIds);
      await db.comments.bulkDelete(plan.deleteCommentIds);
      const entries = await db.audit.bulkGet(plan.anonymiseAuditSeqs);
      const tombstones = entries.flatMap((entry) => (entry === undefined ? [] : [toTombstone(entry)]));
      await db.audit.bulkPut(tombstones);
      await appendAudit(
        [
          {
            actorId,
            action: RETENTION_APPLIED_ACTION,
            postId: null,
            contentHash: null,
            note: retentionNote(counts),
          },
        ],
        now,
      );
      return counts;
    }),
  );
}

export type SaveRetentionResult =
  | { ok: true }
  /** `adminsOnly`: the actor is no admin (retention is governance); nothing was saved. */
  | { ok: false; errors: Partial<Record<RetentionField, RetentionMessageKey>>; adminsOnly?: true };

/** Saves the retention periods after validation; any invalid field saves nothing and is named. */
export async function saveRetentionSettings(
  retention: RetentionSettings,
  context: GovernanceContext,
): Promise<SaveRetentionResult> {
  const parsed = retentionSettingsSchema.safeParse(retention);
  if (!parsed.success) {
    const errors: Partial<Record<RetentionField, RetentionMessageKey>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (RETENTION_FIELDS.includes(field as RetentionField)) {
        // The schema's messages are all keys of the retention catalogue (shared/retention/messages.ts).
        errors[field as RetentionField] ??= issue.message as RetentionMessageKey;
      }
    }
    return { ok: false, errors };
  }
  const settings = await loadSettings();
  const saved = await saveSettings({ ...settings, retention: parsed.data }, context);
  if (!saved.ok && saved.adminsOnly === true) return { ok: false, errors: {}, adminsOnly: true };
  if (!saved.ok) throw new Error(`Settings did not validate: ${saved.field}`);
  return { ok: true };
}
