/**
 * The organisation's settings. Reading is open to everyone; changing them is governance (checklist and its
 * required items, network limits, approval policies, gender profile, crisis and retention settings): only an
 * admin of this desk may save, and every change is an audit entry `settingsChanged` whose note holds what changed,
 * before and after (shared/model/settingsDiff.ts), written in the same transaction as the settings.
 */
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/model/settings';
import { settingsDiffNote } from '../../../shared/model/settingsDiff';
import { hasRole } from '../../../shared/workflow/roles';
import { appendAudit } from '../workflow/auditLog';
import { db, ORGANISATION_SETTINGS_ID, type SettingsRow } from '../store/db';
import { guardData } from '../store/dataErrors';

/** The organisation's settings, or the defaults before anything was saved. */
export async function loadSettings(): Promise<Settings> {
  return settingsOfRow(await guardData(() => db.settings.get(ORGANISATION_SETTINGS_ID)));
}

function settingsOfRow(row: SettingsRow | undefined): Settings {
  if (!row) return DEFAULT_SETTINGS;
  const { id: _id, ...stored } = row;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Who changes the settings, and when (the audit entry's time). */
export interface GovernanceContext {
  actorId: string;
  now: Date;
}

export type SaveSettingsResult =
  | { ok: true }
  /** `field`: the first invalid field's path; `adminsOnly`: the actor is no admin here (field is ''). */
  | { ok: false; field: string; adminsOnly?: true };

/** Whether the profile exists on this desk with the admin role. Call inside a transaction over `db.profiles`. */
export async function isAdmin(actorId: string): Promise<boolean> {
  const profile = await db.profiles.get(actorId);
  return profile !== undefined && hasRole(profile, 'admin');
}

/**
 * Saves settings after validation, for admins only, with an audit entry holding the change. An invalid value or
 * an actor who is no admin saves nothing; a save that changes nothing writes no entry.
 */
export async function saveSettings(
  settings: Settings,
  context: GovernanceContext,
): Promise<SaveSettingsResult> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) return { ok: false, field: parsed.error.issues[0]?.path.join('.') ?? '' };
  return guardData(() =>
    db.transaction('rw', [db.settings, db.profiles, db.audit], async (): Promise<SaveSettingsResult> => {
      if (!(await isAdmin(context.actorId))) return { ok: false, field: '', adminsOnly: true };
      const before = settingsOfRow(await db.settings.get(ORGANISATION_SETTINGS_ID));
      const note = settingsDiffNote(before, parsed.data);
      await db.settings.put({ ...parsed.data, id: ORGANISATION_SETTINGS_ID });
      if (note !== null) {
        await appendAudit(
          [{ actorId: context.actorId, action: 'settingsChanged', postId: null, contentHash: null, note }],
          context.now,
        );
      }
      return { ok: true };
    }),
  );
}
