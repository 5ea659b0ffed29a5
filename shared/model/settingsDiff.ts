/**
 * What changed between two versions of the organisation's settings, as a compact JSON note for the audit trail:
 * `{"limits.instagramHashtagLimit":[30,5],"checklist":[[…],[…]]}`: each changed leaf by its dotted path with its
 * value before and after (arrays count as one value). Pure.
 */
import { canonicalJson } from '../approval/webCrypto';

export type SettingsDiff = Record<string, [unknown, unknown]>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collect(before: unknown, after: unknown, path: string, diff: SettingsDiff): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) collect(before[key], after[key], path === '' ? key : `${path}.${key}`, diff);
    return;
  }
  if (canonicalJson(before ?? null) !== canonicalJson(after ?? null))
    diff[path === '' ? '.' : path] = [before ?? null, after ?? null];
}

/** Every changed value by path, before and after; empty when nothing changed. */
export function settingsDiff(before: unknown, after: unknown): SettingsDiff {
  const diff: SettingsDiff = {};
  collect(before, after, '', diff);
  return diff;
}

/** The diff as the audit note: canonical JSON, so the same change always reads the same. */
export function settingsDiffNote(before: unknown, after: unknown): string | null {
  const diff = settingsDiff(before, after);
  return Object.keys(diff).length === 0 ? null : canonicalJson(diff);
}
