/**
 * Under a network's text: the live counter (characters in the network's own count, hashtags) and the limit
 * findings, errors first. The rules are pure functions of shared/channels; this only draws them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLimits } from '../../../shared/channels/limits';
import { checkVariant, countersFor } from '../../../shared/channels/variantFindings';
import type { LimitSettings } from '../../../shared/channels/limitSettings';
import type { Channel } from '../../../shared/model/channels';
import type { MediaMeta } from '../../../shared/model/media';
import { useMediaMetas } from '../../data/mediaQueries';
import type { ComposerDraft } from './composerDraft';

interface ChannelStatusProps {
  channel: Channel;
  text: string;
  draft: ComposerDraft;
  limitSettings: LimitSettings;
}

const EXCERPT_LENGTH = 60;

function excerpt(text: string, range: { start: number; end: number }): string {
  const part = text.slice(range.start, range.end);
  return part.length > EXCERPT_LENGTH ? `${part.slice(0, EXCERPT_LENGTH)} …` : part;
}

export function ChannelStatus({ channel, text, draft, limitSettings }: ChannelStatusProps) {
  const { t } = useTranslation();
  const variant = draft.content.variants.find((entry) => entry.channel === channel);
  const mediaIds = variant?.mediaIds ?? [];
  const metas = useMediaMetas(mediaIds);
  const limits = useMemo(() => resolveLimits(channel, limitSettings), [channel, limitSettings]);
  const altTexts = useMemo(
    () => Object.fromEntries(draft.content.media.map((item) => [item.mediaId, item.altText])),
    [draft.content.media],
  );
  const media = mediaIds.map((id) => metas?.[id]).filter((meta): meta is MediaMeta => meta !== undefined);
  const findings = checkVariant(
    { channel, format: variant?.format ?? 'feed', text, media, altTexts },
    limits,
  ).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const counters = countersFor(channel, text, limits);
  const over = counters.remaining < 0;

  return (
    <>
      <p className={over ? 'cd-counter cd-counter-over' : 'cd-counter'}>
        {t('composer.counter', { used: counters.used, limit: counters.limit })}
        {counters.hashtagLimit !== null &&
          ` · ${t('composer.hashtagCounter', { used: counters.hashtags, limit: counters.hashtagLimit })}`}
      </p>
      {findings.length > 0 && (
        <ul
          className="cd-findings"
          aria-label={t('composer.findings', { network: t(`networks.${channel}`) })}
        >
          {findings.map((finding) => (
            <li key={finding.id} className={`cd-finding cd-finding-${finding.severity}`}>
              <span className="cd-finding-label">
                {finding.severity === 'error' ? t('composer.error') : t('composer.warning')}
              </span>
              {t(finding.messageKey, finding.params)}
              {finding.range && finding.range.end > finding.range.start && (
                <span className="cd-finding-excerpt"> „{excerpt(text, finding.range)}“</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
