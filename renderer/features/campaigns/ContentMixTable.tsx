/** The numbers of the content mix chart as a table: per month and category, per network and in total. */
import { useTranslation } from 'react-i18next';
import { CHANNELS } from '../../../shared/model/channels';
import type { UiLocale } from '../../../shared/model/settings';
import { mixCells, type ContentMixRow, type MonthKey } from '../../../shared/campaigns/contentMix';
import { formatCount, formatMonth } from './format';

interface ContentMixTableProps {
  rows: ContentMixRow[];
  months: MonthKey[];
  categories: (string | null)[];
  locale: UiLocale;
}

export function ContentMixTable({ rows, months, categories, locale }: ContentMixTableProps) {
  const { t } = useTranslation();
  const cell = mixCells(rows);
  return (
    <div className="cd-table-scroll">
      <table className="cd-table cd-mix-table">
        <caption>{t('campaignsUi.mix.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaignsUi.mix.month')}</th>
            <th scope="col">{t('campaignsUi.mix.category')}</th>
            {CHANNELS.map((channel) => (
              <th key={channel} scope="col" className="cd-number">
                {t(`networks.${channel}`)}
              </th>
            ))}
            <th scope="col" className="cd-number">
              {t('campaignsUi.mix.total')}
            </th>
          </tr>
        </thead>
        {months.map((month) => (
          <tbody key={month}>
            {categories.map((category, index) => {
              const { total, byChannel } = cell(month, category);
              return (
                <tr key={category ?? '\u0000'}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={categories.length}>
                      {formatMonth(month, locale)}
                    </th>
                  )}
                  <th scope="row">{category ?? t('campaignsUi.mix.uncategorised')}</th>
                  {CHANNELS.map((channel) => (
                    <td key={channel} className="cd-number">
                      {formatCount(byChannel[channel], locale)}
                    </td>
                  ))}
                  <td className="cd-number">{formatCount(total, locale)}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
