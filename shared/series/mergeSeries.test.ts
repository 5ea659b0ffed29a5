import { describe, expect, it } from 'vitest';
import { mergeSeriesOccurrences, type ExistingOccurrence, type SeriesMerge } from './mergeSeries';

const attached = (key: string): ExistingOccurrence => ({ key, detached: false });
const detached = (key: string): ExistingOccurrence => ({ key, detached: true });

const cases: { name: string; existing: ExistingOccurrence[]; next: string[]; expected: SeriesMerge }[] = [
  {
    name: 'an unchanged rule keeps everything',
    existing: [attached('2026-10-01'), attached('2026-10-08')],
    next: ['2026-10-01', '2026-10-08'],
    expected: { keep: ['2026-10-01', '2026-10-08'], add: [], remove: [] },
  },
  {
    name: 'a longer series adds, a shorter one removes attached occurrences',
    existing: [attached('2026-10-01'), attached('2026-10-08'), attached('2026-10-15')],
    next: ['2026-10-08', '2026-10-15', '2026-10-22'],
    expected: { keep: ['2026-10-08', '2026-10-15'], add: ['2026-10-22'], remove: ['2026-10-01'] },
  },
  {
    name: 'detached occurrences stay even when the new rule drops them (Thursday → Tuesday)',
    existing: [attached('2026-10-01'), detached('2026-10-08'), attached('2026-10-15')],
    next: ['2026-09-29', '2026-10-06', '2026-10-13'],
    expected: {
      keep: ['2026-10-08'],
      add: ['2026-09-29', '2026-10-06', '2026-10-13'],
      remove: ['2026-10-01', '2026-10-15'],
    },
  },
  {
    name: 'a detached occurrence the rule still produces is kept, not added again',
    existing: [detached('2026-10-01')],
    next: ['2026-10-01', '2026-10-08'],
    expected: { keep: ['2026-10-01'], add: ['2026-10-08'], remove: [] },
  },
  {
    name: 'a new rule without occurrences removes all attached ones',
    existing: [attached('2026-10-01'), detached('2026-10-08')],
    next: [],
    expected: { keep: ['2026-10-08'], add: [], remove: ['2026-10-01'] },
  },
  {
    name: 'duplicate keys appear once; detached wins',
    existing: [attached('2026-10-01'), detached('2026-10-01')],
    next: ['2026-10-08', '2026-10-08'],
    expected: { keep: ['2026-10-01'], add: ['2026-10-08'], remove: [] },
  },
];

describe('mergeSeriesOccurrences', () => {
  for (const { name, existing, next, expected } of cases) {
    it(name, () => expect(mergeSeriesOccurrences(existing, next)).toEqual(expected));
  }
});
