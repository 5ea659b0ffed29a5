/**
 * Editing a whole series: which existing occurrences stay, which are new, which go.
 *
 * An occurrence edited on its own ("detached": own text, time or day) belongs to its editor now: it is always
 * kept, even when the new rule no longer produces its key, and it is never overwritten by the rule. Callers should
 * also pass occurrences that must not change any more (published, exported) as detached.
 */

export interface ExistingOccurrence {
  /** `YYYY-MM-DD`, the occurrence key from expandSeries. */
  key: string;
  detached: boolean;
}

export interface SeriesMerge {
  /** Existing occurrences that stay, in their existing order. Attached ones among them follow the new rule. */
  keep: string[];
  /** Keys of the new rule without an existing occurrence, in the rule's order. */
  add: string[];
  /** Attached occurrences the new rule no longer produces, in their existing order. */
  remove: string[];
}

export function mergeSeriesOccurrences(
  existing: readonly ExistingOccurrence[],
  next: readonly string[],
): SeriesMerge {
  const nextKeys = new Set(next);
  // A key listed twice counts as detached when any of its entries is.
  const detachedByKey = new Map<string, boolean>();
  for (const { key, detached } of existing)
    detachedByKey.set(key, detached || detachedByKey.get(key) === true);
  const keep: string[] = [];
  const remove: string[] = [];
  for (const [key, detached] of detachedByKey) {
    if (detached || nextKeys.has(key)) keep.push(key);
    else remove.push(key);
  }
  const add = [...nextKeys].filter((key) => !detachedByKey.has(key));
  return { keep, add, remove };
}
