/**
 * The check engine: every rule family over every network variant of a post, plus the network limits of
 * shared/channels and the consents of people in the media, as one list of findings. Pure and synchronous: it runs
 * live in the composer and in Node; the time comes from the caller (`now`).
 */
import { resolveLimits } from '../channels/limits';
import type { LimitSettings } from '../channels/limitSettings';
import { checkVariant, type LimitFinding } from '../channels/variantFindings';
import { LIMITS_CHECKED_ON } from '../channels/limitTypes';
import { CHANNEL_NAMES, type Channel } from '../model/channels';
import type { Consent, MediaMeta } from '../model/media';
import type { Country } from '../model/settings';
import type { TemplateUse } from '../model/post';
import type { Variant } from '../model/variant';
import { recruitingFindings } from './recruiting/deadlineRule';
import { consentFindings, publishDayOf } from './consent/consentRule';
import { countrySource } from './countrySources';
import type { CheckFinding, CheckRule, CheckSettings } from './types';

export interface PostCheckInput {
  variants: readonly Variant[];
  /** Metadata of the post's media by id (missing ids are skipped). */
  media: Readonly<Record<string, MediaMeta>>;
  altTexts: Readonly<Record<string, string>>;
  /** A crisis post, or crisis mode on. */
  crisis: boolean;
  settings: CheckSettings;
  limitSettings: LimitSettings;
  /** The consent register; the media's `consentIds` refer to it. */
  consents: readonly Consent[];
  /** When the post goes out (ISO with offset); null for an unscheduled post, which is checked for today. */
  scheduledAt: string | null;
  /** The organisation's zone, in which the publishing day is counted. */
  timeZone: string;
  now: Date;
  /** The template the post was made from, for the rules of its kind (the recruiting deadline). */
  template?: TemplateUse | null;
  /** The organisation's country (settings.region.country): findings name its laws and guidance. Default DE. */
  country?: Country;
}

/** A finding of one network's variant; `id` is unique within the post. */
export type PostFinding = CheckFinding & { channel: Channel };

/** Accessibility rules among the media findings: their source is WCAG / BITV, not the network. */
const ALT_TEXT_SOURCE = 'WCAG 2.1 Erfolgskriterium 1.1.1 (Nicht-Text-Inhalt); BITV 2.0';
const ACCESSIBILITY_SOURCES: Readonly<Record<string, string>> = {
  'limits.image.altTextMissing': ALT_TEXT_SOURCE,
  'limits.image.altTextIsFileName': ALT_TEXT_SOURCE,
  'limits.video.noSubtitles': 'WCAG 2.1 Erfolgskriterium 1.2.2 (Untertitel, aufgezeichnet); BITV 2.0',
};

/** The source shown with a network-limit finding, in words a person can follow up. */
function limitSource(rule: string, channel: Channel): string {
  return (
    ACCESSIBILITY_SOURCES[rule] ??
    `Vorgaben von ${CHANNEL_NAMES[channel]} (Hilfe-Center des Netzwerks, Stand ${LIMITS_CHECKED_ON})`
  );
}

function fromLimitFinding(finding: LimitFinding, channel: Channel): CheckFinding {
  const rule = `limits.${finding.id.split(':')[0]?.split('.').slice(1).join('.') ?? ''}`;
  return {
    id: finding.id,
    rule,
    severity: finding.severity === 'error' ? 'block' : 'warn',
    messageKey: finding.messageKey,
    params: finding.params,
    range: finding.range ?? null,
    suggestion: null,
    source: limitSource(rule, channel),
  };
}

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

export function checkPost(input: PostCheckInput, rules: readonly CheckRule[]): PostFinding[] {
  const findings: PostFinding[] = [];
  const publishDay = publishDayOf(input.scheduledAt, input.timeZone, input.now);
  for (const variant of input.variants) {
    const { channel, text } = variant;
    const media = variant.mediaIds.map((id) => input.media[id]).filter((meta) => meta !== undefined);
    const limits = checkVariant(
      { channel, format: variant.format, text, media, altTexts: input.altTexts },
      resolveLimits(channel, input.limitSettings),
    );
    for (const finding of limits) findings.push({ ...fromLimitFinding(finding, channel), channel });
    for (const finding of consentFindings(media, input.consents, publishDay)) {
      findings.push({ ...finding, id: `${channel}.${finding.id}`, channel });
    }
    // Only a scheduled post can be late; an unscheduled draft is not judged against the deadline.
    const lateness = input.scheduledAt === null ? [] : recruitingFindings(input.template, publishDay);
    for (const finding of lateness) findings.push({ ...finding, id: `${channel}.${finding.id}`, channel });
    for (const rule of rules) {
      for (const finding of rule.run({ channel, text, crisis: input.crisis, settings: input.settings })) {
        findings.push({ ...finding, id: `${channel}.${finding.id}`, channel });
      }
    }
  }
  // The rules name German sources; a Swiss or Austrian organisation sees its own (countrySources.ts).
  for (const finding of findings) finding.source = countrySource(finding.source, input.country ?? 'DE');
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.range?.start ?? -1) - (b.range?.start ?? -1),
  );
}
