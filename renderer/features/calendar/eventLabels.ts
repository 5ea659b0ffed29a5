import { createContext } from 'react';
import type { TFunction } from 'i18next';

export type Translate = TFunction;

/**
 * The calendar's `t` for its events: one `useContext` per event instead of one `useTranslation` (which builds a
 * wrapper per call); CalendarView provides it around FullCalendar.
 */
export const EventTranslation = createContext<Translate | null>(null);

/**
 * Fixed labels of the calendar's events (network names, status names), translated once per language instead of
 * several i18next look-ups per event and render: a month can hold hundreds of posts (see BENCHMARKS.md).
 */
const byTranslate = new WeakMap<object, Map<string, string>>();

/** `translate()` for `key`, remembered per `t` (react-i18next gives a new `t` when the language changes). */
export function cachedLabel(t: object, key: string, translate: () => string): string {
  let labels = byTranslate.get(t);
  if (labels === undefined) {
    labels = new Map();
    byTranslate.set(t, labels);
  }
  let label = labels.get(key);
  if (label === undefined) {
    label = translate();
    labels.set(key, label);
  }
  return label;
}
