/**
 * The printable week plan: for every week of the chosen range a table with a row per day, Monday to Sunday, with
 * each post's time, status (in words), title, networks and first line. On screen it is the preview; in print
 * (export.css) it is the only thing shown, each week starting on a page of its own (A4 landscape) with a running
 * header naming the week on every page, and the print date and "page n of m" at the foot of every page
 * (weekPlanPrint.ts writes those page rules with the translated texts).
 */
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeekPlan, WeekPlanDay } from '../../../shared/export/weekPlan';
import { CHANNEL_NAMES } from '../../../shared/model/channels';
import { formatPlainDate } from '../media/formatPlainDate';
import { adoptPageRules, weekPlanPageCss, weekPlanPageName } from './weekPlanPrint';

export interface WeekPlanViewProps {
  plans: readonly WeekPlan[];
  organisation: string;
  /** The moment shown as the print date, in the organisation's zone. */
  now: Date;
  timeZone: string;
}

function weekdayName(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

function printDate(now: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(now);
}

function DayRow({ entry }: { entry: WeekPlanDay }) {
  const { t, i18n } = useTranslation();
  return (
    <tr className={entry.inRange ? undefined : 'cd-weekplan-outside'}>
      <th scope="row">
        {weekdayName(entry.date, i18n.language)}
        <br />
        {formatPlainDate(entry.date, i18n.language)}
      </th>
      <td>
        {!entry.inRange ? (
          <span className="cd-hint">{t('exportUi.weekPlan.outside')}</span>
        ) : entry.entries.length === 0 ? (
          <span className="cd-hint">{t('exportUi.weekPlan.empty')}</span>
        ) : (
          <ul className="cd-weekplan-posts">
            {entry.entries.map((post) => (
              <li key={post.postId}>
                <strong>{post.time}</strong>{' '}
                <span className={`cd-weekplan-status cd-weekplan-status-${post.status}`}>
                  {t(`status.${post.status}`)}
                </span>{' '}
                {post.title}{' '}
                <span className="cd-weekplan-networks">
                  ({post.networks.map((channel) => CHANNEL_NAMES[channel]).join(', ')})
                </span>
                <br />
                <span className="cd-weekplan-line">{post.firstLine}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function WeekPlanView({ plans, organisation, now, timeZone }: WeekPlanViewProps) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatPlainDate(date, i18n.language);
  const headingOf = (plan: WeekPlan) =>
    t('exportUi.weekPlan.heading', { week: plan.isoWeek, year: plan.isoWeekYear }) +
    (organisation === '' ? '' : ` – ${organisation}`);
  const printed = t('exportUi.weekPlan.printedOn', { date: printDate(now, i18n.language, timeZone) });
  const css = weekPlanPageCss({
    headers: plans.map(headingOf),
    footer: printed,
    pageOf: t('exportUi.weekPlan.pageOf'),
  });
  // A constructed style sheet: the desk's Content Security Policy refuses inline <style> elements.
  useLayoutEffect(() => adoptPageRules(css), [css]);
  return (
    <section className="cd-weekplan" aria-label={t('exportUi.weekPlan.preview')}>
      {plans.map((plan, index) => (
        <section
          key={plan.weekStart}
          className="cd-weekplan-week"
          style={{ page: weekPlanPageName(index) }}
          aria-labelledby={`cd-weekplan-heading-${plan.weekStart}`}
        >
          <h2 id={`cd-weekplan-heading-${plan.weekStart}`}>{headingOf(plan)}</h2>
          <p>
            {t('exportUi.weekPlan.range', { from: day(plan.weekStart), to: day(plan.weekEnd) })}
            <span className="cd-weekplan-printed"> · {printed}</span>
          </p>
          <table className="cd-weekplan-table">
            <thead>
              <tr>
                <th scope="col">{t('exportUi.weekPlan.day')}</th>
                <th scope="col">{t('exportUi.weekPlan.posts')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.days.map((entry) => (
                <DayRow key={entry.date} entry={entry} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
