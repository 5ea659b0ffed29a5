/**
 * The check engine: every rule family over every network variant of a post, plus the network limits of
 * shared/channels, as one list of findings. Pure and synchronous: it runs live in the composer and in Node.
 */
import { resolveLimits } from '../channels/limits';
import type { LimitSettings } from '../channels/limitSettings';
import { checkVariant, type LimitFinding } from '../channels/variantFindings';
import type { Channel } from '../model/channels';
import type { MediaMeta } from '../model/media';
import type { Variant } from '../model/variant';
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
}

/** A finding of one network's variant; `id` is unique within the post. */
export type PostFinding = CheckFinding & { channel: Channel };

const LIMITS_SOURCE = 'Grenzwerte der Netzwerke (Quellen in shared/channels/limits.ts)';

function fromLimitFinding(finding: LimitFinding): CheckFinding {
  return {
    id: finding.id,
    rule: `limits.${finding.id.split(':')[0]?.split('.').slice(1).join('.') ?? ''}`,
    severity: finding.severity === 'error' ? 'block' : 'warn',
    messageKey: finding.messageKey,
    params: finding.params,
    range: finding.range ?? null,
    suggestion: null,
    source: LIMITS_SOURCE,
  };
}

const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

export function checkPost(input: PostCheckInput, rules: readonly CheckRule[]): PostFinding[] {
  const findings: PostFinding[] = [];
  for (const variant of input.variants) {
    const { channel, text } = variant;
    const media = variant.mediaIds.map((id) => input.media[id]).filter((meta) => meta !== undefined);
    const limits = checkVariant(
      { channel, format: variant.format, text, media, altTexts: input.altTexts },
      resolveLimits(channel, input.limitSettings),
    );
    for (const finding of limits) findings.push({ ...fromLimitFinding(finding), channel });
    for (const rule of rules) {
      for (const finding of rule.run({ channel, text, crisis: input.crisis, settings: input.settings })) {
        findings.push({ ...finding, id: `${channel}.${finding.id}`, channel });
      }
    }
  }
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.range?.start ?? -1) - (b.range?.start ?? -1),
  );
}
