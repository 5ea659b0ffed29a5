/**
 * The content mix as horizontal bars drawn in SVG: per month, one bar per category, each with its category name
 * and its number as text (colour only repeats what the text says). The same numbers follow as a table.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLocale } from '../../../shared/model/settings';
import {
  mixCategories,
  mixCells,
  type ContentMixRow,
  type MonthKey,
} from '../../../shared/campaigns/contentMix';
import { ContentMixTable } from './ContentMixTable';
import { formatCount, formatMonth } from './format';
import './campaigns.css';

interface ContentMixChartProps {
  rows: ContentMixRow[];
  months: MonthKey[];
  locale: UiLocale;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const BAR_AREA = 380;
const MONTH_HEIGHT = 26;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 24;
const MONTH_GAP = 12;
const PALETTE_SIZE = 6;

function shorten(text: string, max = 26): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function ContentMixChart({ rows, months, locale }: ContentMixChartProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const categories = mixCategories(rows);
  const cell = mixCells(rows);
  const max = Math.max(
    1,
    ...months.flatMap((month) => categories.map((category) => cell(month, category).total)),
  );
  const categoryName = (category: string | null) => category ?? t('campaignsUi.mix.uncategorised');
  const groupHeight = MONTH_HEIGHT + categories.length * ROW_HEIGHT + MONTH_GAP;
  const height = months.length * groupHeight;
  const first = months[0];
  const last = months[months.length - 1];

  const groups = months.map((month, monthIndex) => {
    return (
      <g key={month} transform={`translate(0 ${String(monthIndex * groupHeight)})`}>
        <text className="cd-mix-month" x={0} y={18}>
          {formatMonth(month, locale)}
        </text>
        {categories.map((category, index) => {
          const total = cell(month, category).total;
          const rowY = MONTH_HEIGHT + index * ROW_HEIGHT;
          const width = total === 0 ? 0 : Math.max(2, (total / max) * BAR_AREA);
          const colour = category === null ? 'cd-mix-bar-none' : `cd-mix-bar-${String(index % PALETTE_SIZE)}`;
          const name = categoryName(category);
          const shown = shorten(name);
          return (
            <g key={category ?? '\u0000'}>
              <text className="cd-mix-label" x={LABEL_WIDTH - 8} y={rowY + 14} textAnchor="end">
                {shown !== name && <title>{name}</title>}
                {shown}
              </text>
              <rect
                className={`cd-mix-bar ${colour}`}
                x={LABEL_WIDTH}
                y={rowY}
                width={width}
                height={BAR_HEIGHT}
              />
              <text className="cd-mix-value" x={LABEL_WIDTH + width + 6} y={rowY + 14}>
                {formatCount(total, locale)}
              </text>
            </g>
          );
        })}
      </g>
    );
  });

  return (
    <div className="cd-mix">
      <svg
        className="cd-mix-chart"
        role="img"
        aria-labelledby={titleId}
        viewBox={`0 0 ${String(WIDTH)} ${String(Math.max(height, 1))}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={titleId}>
          {t('campaignsUi.mix.chartTitle', {
            from: first ? formatMonth(first, locale) : '',
            to: last ? formatMonth(last, locale) : '',
          })}
        </title>
        {groups}
      </svg>
      <ContentMixTable rows={rows} months={months} categories={categories} locale={locale} />
    </div>
  );
}
