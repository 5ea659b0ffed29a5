/**
 * The printable week plan: a row per day, Monday to Sunday, with each post's time, title, networks and first line.
 * On screen it is the preview; in print (export.css: `@page { size: A4 landscape }`) it is the only thing shown.
 */
import { useTranslation } from 'react-i18next';
import type { WeekPlan } from '../../../shared/export/weekPlan';
import { CHANNEL_NAMES } from '../../../shared/model/channels';
import { formatPlainDate } from '../media/formatPlainDate';

export interface WeekPlanViewProps {
  plan: WeekPlan;
  organisation: string;
}

function weekdayName(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

export function WeekPlanView({ plan, organisation }: WeekPlanViewProps) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatPlainDate(date, i18n.language);
  return (
    <section className="cd-weekplan" aria-labelledby="cd-weekplan-heading">
      <h2 id="cd-weekplan-heading">
        {t('exportUi.weekPlan.heading', { week: plan.isoWeek, year: plan.isoWeekYear })}
        {organisation !== '' && ` – ${organisation}`}
      </h2>
      <p>{t('exportUi.weekPlan.range', { from: day(plan.weekStart), to: day(plan.weekEnd) })}</p>
      <table className="cd-weekplan-table">
        <thead>
          <tr>
            <th scope="col">{t('exportUi.weekPlan.day')}</th>
            <th scope="col">{t('exportUi.weekPlan.posts')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.days.map((entry) => (
            <tr key={entry.date}>
              <th scope="row">
                {weekdayName(entry.date, i18n.language)}
                <br />
                {day(entry.date)}
              </th>
              <td>
                {entry.entries.length === 0 ? (
                  <span className="cd-hint">{t('exportUi.weekPlan.empty')}</span>
                ) : (
                  <ul className="cd-weekplan-posts">
                    {entry.entries.map((post) => (
                      <li key={post.postId}>
                        <strong>{post.time}</strong> {post.title}{' '}
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
          ))}
        </tbody>
      </table>
    </section>
  );
}
