/**
 * People in a post's media need a valid consent on the day the post goes out (DSGVO Art. 6(1)(a), Art. 7; KUG § 22).
 * Each problem `mediaConsentProblems` (shared/media/consent.ts) finds for a medium of a variant is a blocking
 * finding, so the gate stops the post before review rather than the export leaving it out later. Pure: the day
 * comes from the schedule or, for an unscheduled post, from the caller's `now`, both in the organisation's zone.
 */
import { mediaConsentProblems } from '../../media/consent';
import type { Consent, MediaMeta } from '../../model/media';
import { isoToZonedParts, todayInZone } from '../../time/zoned';
import type { CheckFinding } from '../types';

export const CONSENT_SOURCE = 'DSGVO Art. 6(1)(a), Art. 7; KUG § 22';

/**
 * The day (`YYYY-MM-DD`) a post goes out: its scheduled day in `timeZone`, or today there when it has no (readable)
 * schedule. An unknown zone falls back to the UTC day rather than skipping the check.
 */
export function publishDayOf(scheduledAt: string | null, timeZone: string, now: Date): string {
  const scheduled = scheduledAt !== null && !Number.isNaN(Date.parse(scheduledAt)) ? scheduledAt : null;
  try {
    return scheduled === null ? todayInZone(now, timeZone) : isoToZonedParts(scheduled, timeZone).date;
  } catch {
    return (scheduled === null ? now : new Date(scheduled)).toISOString().slice(0, 10);
  }
}

/**
 * The consent findings of one variant's media on `day`. Ids are `consent.<code>.<mediaId>` (plus `.<consentId>`
 * when a linked consent is concerned), stable across runs so that overrides keep referring to them. The messages
 * are the media panel's own (`media.consent.problems.*`), which already say what to do; there is no replacement
 * text, so `suggestion` stays null.
 */
export function consentFindings(
  media: readonly MediaMeta[],
  consents: readonly Consent[],
  day: string,
): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const seen = new Set<string>();
  for (const meta of media) {
    if (seen.has(meta.id)) continue;
    seen.add(meta.id);
    for (const problem of mediaConsentProblems(meta, consents, day)) {
      const concerned = problem.consentId === null ? '' : `.${problem.consentId}`;
      findings.push({
        id: `consent.${problem.code}.${problem.mediaId}${concerned}`,
        rule: `consent.${problem.code}`,
        severity: 'block',
        messageKey: problem.messageKey,
        params: { ...problem.params },
        range: null,
        suggestion: null,
        source: CONSENT_SOURCE,
      });
    }
  }
  return findings;
}
