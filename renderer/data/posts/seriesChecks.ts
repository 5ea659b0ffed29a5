/**
 * The checks and building blocks of series writes (seriesRepository.ts): rule and draft validation with refusals
 * as message keys, expansion, and the occurrence posts. No database access here.
 */
import type { PublicHoliday, Region } from '../../../shared/calendar/holidays';
import { newPostWorkflow } from '../../../shared/model/postWorkflow';
import { withNewWorkflow } from './postVersions';
import type { Post } from '../../../shared/model/post';
import { validatePostInput, type PostErrorKey, type ValidPostFields } from '../../../shared/model/postInput';
import { expandSeries, type SeriesOccurrence } from '../../../shared/series/expandSeries';
import type { SeriesMessages } from '../../../shared/series/messages';
import { seriesRuleSchema, sortWeekdays, type SeriesRule } from '../../../shared/series/seriesRule';
import { isoToUtc } from '../../../shared/time/zoned';
import { draftToFormInput, type ComposerDraft } from '../../../shared/model/composerDraft';

export interface SeriesWriteContext {
  /** The person writing; `createdBy` of new rows. */
  actorId: string;
  /** The organisation's zone and region (wall-clock times, public holidays). */
  timeZone: string;
  region: Region;
  now: Date;
  /** Language of holiday names (default `de`). */
  language?: string;
}

/** Why a series write was refused; every key is in the message catalogue. */
export type SeriesRefusalKey =
  | 'series.noOccurrence'
  | 'series.tooMany'
  | `series.errors.${keyof SeriesMessages['errors']}`
  | PostErrorKey
  | 'seriesUi.errors.replaceNotDraft';

export interface SeriesRefusal {
  ok: false;
  messageKey: SeriesRefusalKey;
  params?: Record<string, string | number>;
  /** The rule or post field at fault, when there is one (`weekdays`, `end.count`, `title` …). */
  field?: string;
}

/** Detached by hand, or no longer a draft: series-wide changes leave it alone. */
export function isFrozenOccurrence(post: Post): boolean {
  return post.series === null || post.series.detached || post.status !== 'draft';
}

export function checkRule(rule: unknown): SeriesRefusal | { ok: true; rule: SeriesRule } {
  const parsed = seriesRuleSchema.safeParse(rule);
  if (parsed.success)
    return { ok: true, rule: { ...parsed.data, weekdays: sortWeekdays(parsed.data.weekdays) } };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    // The schema's messages are `series.errors.*` keys (see shared/series/seriesRule.ts).
    messageKey: (issue?.message ?? 'series.errors.endInvalid') as SeriesRefusalKey,
    field: issue?.path.join('.') ?? '',
  };
}

export type Expanded = { ok: true; occurrences: SeriesOccurrence[]; skippedHolidays: PublicHoliday[] };

export function expandForWrite(rule: SeriesRule, context: SeriesWriteContext): Expanded | SeriesRefusal {
  const result = expandSeries(rule, {
    timeZone: context.timeZone,
    region: context.region,
    language: context.language ?? 'de',
  });
  if (result.ok) return result;
  return result.reason === 'tooMany'
    ? { ok: false, messageKey: 'series.tooMany', params: { limit: result.limit } }
    : { ok: false, messageKey: 'series.noOccurrence' };
}

/** Validates the draft's post fields as they would be saved on `date`/`time` ('' for content only). */
export function validateDraft(draft: ComposerDraft, date: string, time: string, timeZone: string) {
  const validation = validatePostInput({ ...draftToFormInput(draft), date, time }, timeZone);
  if (validation.ok) return validation;
  const [field, key] = Object.entries(validation.errors)[0] ?? ['title', 'post.errors.titleRequired'];
  const refusal: SeriesRefusal = { ok: false, messageKey: key, field };
  return refusal;
}

export type SeriesContent = Pick<
  ValidPostFields,
  'title' | 'channels' | 'text' | 'variants' | 'variantsLinked' | 'media' | 'campaignId' | 'category'
>;

export function contentOf(fields: SeriesContent): SeriesContent {
  const { title, channels, text, variants, variantsLinked, media, campaignId, category } = fields;
  return { title, channels, text, variants, variantsLinked, media, campaignId, category };
}

export function occurrencePost(
  seriesId: string,
  occurrence: SeriesOccurrence,
  content: SeriesContent,
  template: Post['template'],
  actorId: string,
  now: string,
): Post {
  const post: Post = {
    id: crypto.randomUUID(),
    ...contentOf(content),
    template,
    series: { seriesId, occurrenceKey: occurrence.key, detached: false },
    scheduledAt: occurrence.scheduledAt,
    scheduledAtUtc: isoToUtc(occurrence.scheduledAt),
    checks: { ticks: [], overrides: [] },
    status: 'draft',
    workflow: newPostWorkflow(actorId, ''),
    notes: '',
    createdAt: now,
    updatedAt: now,
    createdBy: actorId,
  };
  return withNewWorkflow(post, actorId);
}
