/**
 * Under a network's text: the live counter (characters in the network's own count, hashtags) and the network-limit
 * findings of that text, errors first. The findings come from the composer's one run of the check engine.
 */
import { memo, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLimits } from '../../../shared/channels/limits';
import { countersFor } from '../../../shared/channels/variantFindings';
import type { LimitSettings } from '../../../shared/channels/limitSettings';
import type { PostFinding } from '../../../shared/checks/engine';
import type { Channel } from '../../../shared/model/channels';

interface ChannelStatusProps {
  channel: Channel;
  text: string;
  /** The draft's findings (useDraftFindings); this shows the network-limit findings of `channel`. */
  findings: readonly PostFinding[];
  limitSettings: LimitSettings;
}

const EXCERPT_LENGTH = 60;

function excerpt(text: string, range: { start: number; end: number }): string {
  const part = text.slice(range.start, range.end);
  return part.length > EXCERPT_LENGTH ? `${part.slice(0, EXCERPT_LENGTH)} …` : part;
}

/**
 * The counter follows a deferred copy of the text: a keystroke paints at once, the count (twitter-text's for X)
 * follows in a render React can interrupt when the next key comes.
 */
export function ChannelStatus(props: ChannelStatusProps) {
  const text = useDeferredValue(props.text);
  return <ChannelStatusView {...props} text={text} />;
}

const ChannelStatusView = memo(function ChannelStatusView({
  channel,
  text,
  findings: all,
  limitSettings,
}: ChannelStatusProps) {
  const { t } = useTranslation();
  const limits = useMemo(() => resolveLimits(channel, limitSettings), [channel, limitSettings]);
  // The engine lists blocking findings first; limit findings block (errors) or warn.
  const findings = all.filter((finding) => finding.channel === channel && finding.rule.startsWith('limits.'));
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
            <li
              key={finding.id}
              className={
                finding.severity === 'block' ? 'cd-finding cd-finding-error' : 'cd-finding cd-finding-warning'
              }
            >
              <span className="cd-finding-label">
                {finding.severity === 'block' ? t('composer.error') : t('composer.warning')}
              </span>
              {t(finding.messageKey as 'composer.error', finding.params)}
              {finding.range && finding.range.end > finding.range.start && (
                <span className="cd-finding-excerpt"> „{excerpt(text, finding.range)}“</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
});
