/**
 * The rows a scheduler CSV leaves out, before the export: each post and network with the scheduler's rule it would
 * break (an Instagram post without an image it can fetch, Hootsuite's 5-minute steps, Sprout Social's spacing), so
 * nothing is dropped silently. Instagram posts go out as the publish package instead.
 */
import { useTranslation } from 'react-i18next';
import type { LeftOutRow } from '../../../shared/export/schedulerCsv';
import { CHANNEL_NAMES } from '../../../shared/model/channels';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { formatPlainDate } from '../media/formatPlainDate';

export interface SchedulerLeftOutListProps {
  rows: readonly LeftOutRow[];
  timeZone: string;
}

export function SchedulerLeftOutList({ rows, timeZone }: SchedulerLeftOutListProps) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="cd-panel" aria-labelledby="cd-export-left-out">
      <h2 id="cd-export-left-out">{t('exportUi.leftOut.heading', { count: rows.length })}</h2>
      <ul className="cd-export-list">
        {rows.map((row) => {
          const when = isoToZonedParts(row.scheduledAt, timeZone);
          return (
            <li key={`${row.postId}-${row.channel}`}>
              <span aria-hidden="true" className="cd-export-mark cd-export-mark-out">
                ✗
              </span>{' '}
              <span className="cd-export-title">{row.title.trim() === '' ? '–' : row.title}</span>{' '}
              <span className="cd-export-when">
                {formatPlainDate(when.date, i18n.language)} {when.time}
              </span>{' '}
              <span className="cd-hint">{CHANNEL_NAMES[row.channel]}</span>
              <br />
              <span className="cd-export-reason">
                {t('exportUi.reason', { reason: t(`exportUi.leftOut.${row.problem}`) })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
