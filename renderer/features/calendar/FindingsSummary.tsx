/** The checks' results for the period on screen, per ISO week: how many posts still block, how many warnings. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingCounts } from '../../../shared/calendar/postEvents';
import { weeklySummary } from '../../../shared/checks/summary';
import type { Post } from '../../../shared/model/post';

interface FindingsSummaryProps {
  posts: Post[] | undefined;
  counts: Readonly<Record<string, FindingCounts>>;
  timeZone: string;
}

/** Memoised: the page re-renders on every range change and drop, this only when its own props change. */
export const FindingsSummary = memo(function FindingsSummary({
  posts,
  counts,
  timeZone,
}: FindingsSummaryProps) {
  const { t } = useTranslation();
  // Week numbers in the organisation's zone cost a time-zone conversion per post: only when the data changes.
  const weeks = useMemo(() => weeklySummary(posts ?? [], counts, timeZone), [posts, counts, timeZone]);
  return (
    <section className="cd-panel" aria-labelledby="findings-summary-heading">
      <h2 id="findings-summary-heading">{t('calendar.findings.heading')}</h2>
      {weeks.length === 0 ? (
        <p className="cd-hint">{t('calendar.findings.none')}</p>
      ) : (
        <ul className="cd-findings-summary">
          {weeks.map((week) => (
            <li key={`${week.year}-${week.week}`}>
              <strong>{t('calendar.weekNumber', { week: week.week })}</strong>{' '}
              {t('calendar.findings.week', {
                count: week.posts,
                blocked: week.postsBlocked,
                warnings: week.warnings,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
