/** The bench's table: one line per figure, median (min–max) of the app and the floor, the ratio or value, the budget. */
import type { Summary, Verdict } from './stats';

export interface Figure extends Verdict {
  id: string;
  label: string;
  unit: string;
  /** `ratio`: value = app median / floor median; `absolute`: value in `unit`; `info`: a ratio without budget. */
  kind: 'ratio' | 'absolute' | 'info';
  app: Summary;
  floor?: Summary;
  note?: string;
}

function range(summary: Summary | undefined, unit: string): string {
  if (summary === undefined) return '–';
  const digits = summary.median < 10 ? 2 : 0;
  if (summary.runs === 1) return `${summary.median.toFixed(digits)} ${unit}`;
  return `${summary.median.toFixed(digits)} (${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)}) ${unit}`;
}

/** A Markdown table (also readable in a terminal). */
export function formatTable(figures: readonly Figure[], machine: Record<string, string | number>): string {
  const lines = [
    '| figure | app: median (min–max) | floor: median (min–max) | value | budget | within |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const figure of figures) {
    const value =
      figure.kind === 'absolute'
        ? `${figure.value.toFixed(figure.value < 10 ? 2 : 0)} ${figure.unit}`
        : `${figure.value.toFixed(2)}×`;
    const budget =
      figure.kind === 'info'
        ? '–'
        : figure.kind === 'ratio'
          ? `≤ ${figure.budget}×`
          : `≤ ${figure.budget} ${figure.unit}`;
    lines.push(
      `| ${figure.label} | ${range(figure.app, figure.unit)} | ${range(figure.floor, figure.unit)} | ${value} | ${budget} | ${figure.kind === 'info' ? '–' : figure.pass ? 'yes' : '**no**'} |`,
    );
  }
  const notes = figures
    .filter((figure) => figure.note)
    .map((figure) => `- ${figure.label}: ${figure.note ?? ''}`);
  const described = Object.entries(machine)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
  return [...lines, '', ...notes, '', `Machine: ${described}`].join('\n');
}
