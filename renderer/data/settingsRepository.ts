import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/model/settings';
import { db, ORGANISATION_SETTINGS_ID } from './db';
import { guardData } from './dataErrors';

/** The organisation's settings, or the defaults before anything was saved. */
export async function loadSettings(): Promise<Settings> {
  const row = await guardData(() => db.settings.get(ORGANISATION_SETTINGS_ID));
  if (!row) return DEFAULT_SETTINGS;
  const { id: _id, ...stored } = row;
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export type SaveSettingsResult = { ok: true } | { ok: false; field: string };

/** Saves settings after validation; an invalid value saves nothing and names its field. */
export async function saveSettings(settings: Settings): Promise<SaveSettingsResult> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) return { ok: false, field: parsed.error.issues[0]?.path.join('.') ?? '' };
  await guardData(() => db.settings.put({ ...parsed.data, id: ORGANISATION_SETTINGS_ID }));
  return { ok: true };
}
