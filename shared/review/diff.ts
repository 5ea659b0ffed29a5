/**
 * The approver's side-by-side view of what changed since the last review: per section (title, schedule, each
 * network's variant, the media list with alt texts) rows of word-level segments for a left (old) and a right
 * (new) column. Words are diffed with jsdiff's `diffWordsWithSpace`, which keeps German words with umlauts whole
 * and every run of spaces and every line break as its own token. Pure and free of markup: the UI renders it.
 *
 * Invariants: the left column's `same` + `removed` segments joined give the old text, the right column's `same` +
 * `added` segments the new text. Without an old version (the first review) the left side is empty and everything
 * on the right is `added`.
 */
import { diffWordsWithSpace } from 'diff';
import type { PublishedContent } from '../approval/contentHash';
import { CHANNELS, type Channel } from '../model/channels';
import type { PostFormat } from '../model/variant';

export type SegmentKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: SegmentKind;
  text: string;
}

/** `added`/`removed`: the row exists on one side only; `changed`: on both, with different text. */
export type RowChange = 'same' | 'changed' | 'added' | 'removed';

export interface DiffRow {
  /** What the row shows: `title`, `schedule`, `format`, `text`, `media`, or a media id in the media section. */
  label: string;
  left: DiffSegment[];
  right: DiffSegment[];
  change: RowChange;
}

export type DiffSectionKind = 'title' | 'schedule' | 'variant' | 'media';

export interface DiffSection {
  /** `title`, `schedule`, `variant:<channel>` or `media`. */
  key: string;
  kind: DiffSectionKind;
  /** The network of a variant section, else null. */
  channel: Channel | null;
  rows: DiffRow[];
  changed: boolean;
}

export interface ReviewVersion {
  title: string;
  content: PublishedContent;
}

export interface ReviewDiff {
  /** No earlier reviewed version: everything is new. */
  firstReview: boolean;
  sections: DiffSection[];
  /** Keys of the sections that changed, in display order. */
  changedSections: string[];
}

export interface ReviewDiffOptions {
  /** How the schedule is shown, e.g. wall-clock time in the organisation's zone; default the UTC ISO string. */
  formatSchedule?: (scheduledAtUtc: string | null) => string;
  /** How a variant's format is named, e.g. the composer's label ("Beitrag"); default the key (`feed`). */
  formatLabel?: (format: PostFormat) => string;
}

function push(segments: DiffSegment[], kind: SegmentKind, text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/** Word-level segments of two texts; `null` marks a side that does not exist. */
export function diffText(
  oldText: string | null,
  newText: string | null,
): { left: DiffSegment[]; right: DiffSegment[]; change: RowChange } {
  const left: DiffSegment[] = [];
  const right: DiffSegment[] = [];
  if (oldText === null || newText === null) {
    if (oldText !== null) push(left, 'removed', oldText);
    if (newText !== null) push(right, 'added', newText);
    return { left, right, change: oldText === null ? (newText === null ? 'same' : 'added') : 'removed' };
  }
  if (oldText === newText) {
    push(left, 'same', oldText);
    push(right, 'same', newText);
    return { left, right, change: 'same' };
  }
  for (const part of diffWordsWithSpace(oldText, newText)) {
    if (part.added) push(right, 'added', part.value);
    else if (part.removed) push(left, 'removed', part.value);
    else {
      push(left, 'same', part.value);
      push(right, 'same', part.value);
    }
  }
  return { left, right, change: 'changed' };
}

function row(label: string, oldText: string | null, newText: string | null): DiffRow {
  return { label, ...diffText(oldText, newText) };
}

function section(key: string, kind: DiffSectionKind, channel: Channel | null, rows: DiffRow[]): DiffSection {
  return { key, kind, channel, rows, changed: rows.some((r) => r.change !== 'same') };
}

/** Short form of a media id (SHA-256 hex) for the variant's media row. */
function shortId(id: string): string {
  return `#${id.slice(0, 8)}`;
}

function variantSections(
  oldContent: PublishedContent | null,
  newContent: PublishedContent,
  formatLabel: (format: PostFormat) => string,
): DiffSection[] {
  const used = new Set<Channel>([
    ...(oldContent?.variants.map((v) => v.channel) ?? []),
    ...newContent.variants.map((v) => v.channel),
  ]);
  return CHANNELS.filter((channel) => used.has(channel)).map((channel) => {
    const before = oldContent?.variants.find((v) => v.channel === channel) ?? null;
    const after = newContent.variants.find((v) => v.channel === channel) ?? null;
    const media = (v: typeof before): string | null =>
      v === null ? null : v.mediaIds.map(shortId).join(', ');
    return section(`variant:${channel}`, 'variant', channel, [
      row(
        'format',
        before === null ? null : formatLabel(before.format),
        after === null ? null : formatLabel(after.format),
      ),
      row('text', before?.text ?? null, after?.text ?? null),
      row('media', media(before), media(after)),
    ]);
  });
}

/** One row per media item: in the new order, removed items at their old place. */
function mediaSection(oldContent: PublishedContent | null, newContent: PublishedContent): DiffSection {
  const oldMedia = oldContent?.media ?? [];
  const newIds = new Set(newContent.media.map((m) => m.id));
  const order: string[] = [];
  let next = 0;
  for (const item of oldMedia) {
    if (newIds.has(item.id)) {
      const at = newContent.media.findIndex((m) => m.id === item.id);
      while (next <= at) order.push(newContent.media[next++]?.id ?? '');
    } else order.push(item.id);
  }
  while (next < newContent.media.length) order.push(newContent.media[next++]?.id ?? '');
  const rows = [...new Set(order)].map((id) => {
    const before = oldMedia.find((m) => m.id === id);
    const after = newContent.media.find((m) => m.id === id);
    return row(id, before?.altText ?? null, after?.altText ?? null);
  });
  return section('media', 'media', null, rows);
}

/** The diff of two versions of a post's published content; `oldVersion` null for the first review. */
export function reviewDiff(
  oldVersion: ReviewVersion | null,
  newVersion: ReviewVersion,
  options: ReviewDiffOptions = {},
): ReviewDiff {
  const schedule = options.formatSchedule ?? ((utc: string | null) => utc ?? '');
  const formatLabel = options.formatLabel ?? ((format: PostFormat) => format);
  const oldContent = oldVersion?.content ?? null;
  const sections = [
    section('title', 'title', null, [row('title', oldVersion?.title ?? null, newVersion.title)]),
    section('schedule', 'schedule', null, [
      row(
        'schedule',
        oldContent === null ? null : schedule(oldContent.scheduledAtUtc),
        schedule(newVersion.content.scheduledAtUtc),
      ),
    ]),
    ...variantSections(oldContent, newVersion.content, formatLabel),
    mediaSection(oldContent, newVersion.content),
  ];
  return {
    firstReview: oldVersion === null,
    sections,
    changedSections: sections.filter((s) => s.changed).map((s) => s.key),
  };
}
