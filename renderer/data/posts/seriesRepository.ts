/**
 * Every write of series: a rule plus the draft posts it produces, always written together in ONE transaction.
 *
 * An occurrence is "frozen" when it was edited on its own (`detached`) or has left the draft stage (in review,
 * approved, exported, published …): series-wide changes never touch it and never delete it.
 */
import type { PublicHoliday } from '../../../shared/calendar/holidays';
import type { Post } from '../../../shared/model/post';
import { mergeSeriesOccurrences } from '../../../shared/series/mergeSeries';
import { toRRuleString } from '../../../shared/series/recurrence';
import { seriesRuleSchema, type SeriesRule } from '../../../shared/series/seriesRule';
import { isoToUtc, isoToZonedParts } from '../../../shared/time/zoned';
import type { ComposerDraft } from '../../../shared/model/composerDraft';
import { DataError, guardData } from '../store/dataErrors';
import { db } from '../store/db';
import { putEditedPost } from './postVersions';
import type { SeriesRow } from '../store/rows';
import {
  checkRule,
  contentOf,
  expandForWrite,
  isFrozenOccurrence,
  occurrencePost,
  validateDraft,
  type SeriesRefusal,
  type SeriesWriteContext,
} from './seriesChecks';

export {
  isFrozenOccurrence,
  type SeriesRefusal,
  type SeriesRefusalKey,
  type SeriesWriteContext,
} from './seriesChecks';

export type CreateSeriesResult =
  { ok: true; seriesId: string; count: number; skippedHolidays: PublicHoliday[] } | SeriesRefusal;

export type UpdateSeriesRuleResult =
  | {
      ok: true;
      seriesId: string;
      added: number;
      removed: number;
      count: number;
      skippedHolidays: PublicHoliday[];
    }
  | SeriesRefusal;

export type UpdateSeriesContentResult = { ok: true; updated: number } | SeriesRefusal;

/** A stored series with its rule read back (null when the stored rule is unreadable). */
export type StoredSeries = Omit<SeriesRow, 'rule'> & { rule: SeriesRule | null };

/**
 * Runs `work` in one read-write transaction over series and posts; `null` from it means the series is gone.
 * (DataError is thrown outside the transaction: Dexie wraps errors thrown inside its scope.)
 */
async function inSeriesTransaction<T>(work: () => Promise<T | null>): Promise<T> {
  return guardData(async () => {
    const result = await db.transaction('rw', db.series, db.posts, db.audit, work);
    if (result === null) throw new DataError('errors.notFound');
    return result;
  });
}

/** The posts of a series, in schedule order (unscheduled ones last). */
export function listSeriesPosts(seriesId: string): Promise<Post[]> {
  return guardData(async () => {
    const posts = await db.posts.where('series.seriesId').equals(seriesId).toArray();
    return posts.sort((a, b) => (a.scheduledAtUtc ?? '\uffff').localeCompare(b.scheduledAtUtc ?? '\uffff'));
  });
}

export function getSeries(id: string): Promise<StoredSeries | undefined> {
  return guardData(async () => {
    const row = await db.series.get(id);
    if (row === undefined) return undefined;
    const parsed = seriesRuleSchema.safeParse(row.rule);
    return { ...row, rule: parsed.success ? parsed.data : null };
  });
}

/**
 * Turns the composer's draft into a series: one draft post per occurrence, plus the series row; the single post
 * `replacePostId` (the one the editor turned into a series) is deleted. All or nothing: a refusal writes nothing.
 */
export async function createSeries(
  input: { rule: SeriesRule; draft: ComposerDraft; replacePostId: string | null },
  context: SeriesWriteContext,
): Promise<CreateSeriesResult> {
  const checked = checkRule(input.rule);
  if (!checked.ok) return checked;
  const { rule } = checked;
  const expanded = expandForWrite(rule, context);
  if (!expanded.ok) return expanded;
  const first = expanded.occurrences[0];
  if (first === undefined) return { ok: false, messageKey: 'series.noOccurrence' };
  const { date, time } = isoToZonedParts(first.scheduledAt, context.timeZone);
  const validation = validateDraft(input.draft, date, time, context.timeZone);
  if (!validation.ok) return validation;
  const fields = validation.value;

  const seriesId = crypto.randomUUID();
  const now = context.now.toISOString();
  const row: SeriesRow = {
    id: seriesId,
    rule,
    rrule: toRRuleString(rule),
    ...contentOf(fields),
    createdAt: now,
    updatedAt: now,
    createdBy: context.actorId,
  };
  const posts = expanded.occurrences.map((occurrence) =>
    occurrencePost(seriesId, occurrence, fields, fields.template, context.actorId, now),
  );
  return guardData(() =>
    db.transaction('rw', db.series, db.posts, db.audit, async (): Promise<CreateSeriesResult> => {
      if (input.replacePostId !== null) {
        const replaced = await db.posts.get(input.replacePostId);
        if (replaced !== undefined && replaced.status !== 'draft') {
          return { ok: false, messageKey: 'seriesUi.errors.replaceNotDraft' };
        }
        await db.posts.delete(input.replacePostId);
      }
      await db.series.add(row);
      await db.posts.bulkAdd(posts);
      return { ok: true, seriesId, count: posts.length, skippedHolidays: expanded.skippedHolidays };
    }),
  );
}

/**
 * Applies the draft's content (title, networks, texts, variants, media, campaign, category) to the series and to
 * every occurrence that is not frozen; each keeps its own schedule. `reattachPostId`: the occurrence the content
 * comes from (the one open in the composer, which saving marked detached) joins the series again when it is still
 * a draft on its original day at the rule's time.
 */
export async function updateSeriesContent(
  seriesId: string,
  draft: ComposerDraft,
  context: Pick<SeriesWriteContext, 'timeZone' | 'now' | 'actorId'>,
  options: { reattachPostId?: string | null } = {},
): Promise<UpdateSeriesContentResult> {
  const validation = validateDraft(draft, '', '', context.timeZone);
  if (!validation.ok) return validation;
  const content = contentOf(validation.value);
  const now = context.now.toISOString();
  return inSeriesTransaction(async () => {
    const row = await db.series.get(seriesId);
    if (row === undefined) return null;
    await db.series.put({ ...row, ...content, updatedAt: now });
    const rule = seriesRuleSchema.safeParse(row.rule);
    const posts = await db.posts.where('series.seriesId').equals(seriesId).toArray();
    let updated = 0;
    for (const post of posts) {
      const link = post.series;
      if (link === null) continue;
      const reattach =
        post.id === options.reattachPostId &&
        post.status === 'draft' &&
        rule.success &&
        post.scheduledAt !== null &&
        isoToZonedParts(post.scheduledAt, context.timeZone).date === link.occurrenceKey &&
        isoToZonedParts(post.scheduledAt, context.timeZone).time === rule.data.time;
      if (isFrozenOccurrence(post) && !reattach) continue;
      const next = { ...post, ...content, series: { ...link, detached: false }, updatedAt: now };
      await putEditedPost(post, next, context.actorId, context.now);
      updated += 1;
    }
    return { ok: true as const, updated };
  });
}

/**
 * Changes the rule: occurrences the new rule adds are created from the series content, attached drafts it no
 * longer produces are deleted, attached ones it keeps move to the rule's time; frozen ones stay as they are.
 */
export async function updateSeriesRule(
  seriesId: string,
  nextRule: SeriesRule,
  context: SeriesWriteContext,
): Promise<UpdateSeriesRuleResult> {
  const checked = checkRule(nextRule);
  if (!checked.ok) return checked;
  const { rule } = checked;
  const expanded = expandForWrite(rule, context);
  if (!expanded.ok) return expanded;
  const byKey = new Map(expanded.occurrences.map((occurrence) => [occurrence.key, occurrence]));
  const now = context.now.toISOString();

  return inSeriesTransaction(async (): Promise<UpdateSeriesRuleResult | null> => {
    const row = await db.series.get(seriesId);
    if (row === undefined) return null;
    const posts = (await db.posts.where('series.seriesId').equals(seriesId).toArray()).filter(
      (post): post is Post & { series: NonNullable<Post['series']> } => post.series !== null,
    );
    const merge = mergeSeriesOccurrences(
      posts.map((post) => ({ key: post.series.occurrenceKey, detached: isFrozenOccurrence(post) })),
      expanded.occurrences.map((occurrence) => occurrence.key),
    );
    const removeKeys = new Set(merge.remove);
    let removed = 0;
    for (const post of posts) {
      if (isFrozenOccurrence(post)) continue;
      const occurrence = byKey.get(post.series.occurrenceKey);
      if (removeKeys.has(post.series.occurrenceKey) || occurrence === undefined) {
        await db.posts.delete(post.id);
        removed += 1;
      } else if (occurrence.scheduledAt !== post.scheduledAt) {
        const { scheduledAt } = occurrence;
        const moved = { ...post, scheduledAt, scheduledAtUtc: isoToUtc(scheduledAt), updatedAt: now };
        await putEditedPost(post, moved, context.actorId, context.now);
      }
    }
    const template = (posts.find((post) => !isFrozenOccurrence(post)) ?? posts[0])?.template ?? null;
    const added = merge.add.flatMap((key) => {
      const occurrence = byKey.get(key);
      return occurrence === undefined
        ? []
        : [occurrencePost(seriesId, occurrence, row, template, context.actorId, now)];
    });
    await db.posts.bulkAdd(added);
    await db.series.put({ ...row, rule, rrule: toRRuleString(rule), updatedAt: now });
    const count = await db.posts.where('series.seriesId').equals(seriesId).count();
    return {
      ok: true,
      seriesId,
      added: added.length,
      removed,
      count,
      skippedHolidays: expanded.skippedHolidays,
    };
  });
}

/**
 * Deletes the series and its attached drafts; frozen occurrences (edited alone, or past the draft stage) stay as
 * single posts without a series link.
 */
export async function deleteSeries(
  seriesId: string,
  now: Date = new Date(),
): Promise<{ deleted: number; kept: number }> {
  return guardData(() =>
    db.transaction('rw', db.series, db.posts, db.audit, async () => {
      const posts = await db.posts.where('series.seriesId').equals(seriesId).toArray();
      const kept = posts.filter(isFrozenOccurrence);
      const deleted = posts.filter((post) => !isFrozenOccurrence(post));
      await db.posts.bulkDelete(deleted.map((post) => post.id));
      await db.posts.bulkPut(kept.map((post) => ({ ...post, series: null, updatedAt: now.toISOString() })));
      await db.series.delete(seriesId);
      return { deleted: deleted.length, kept: kept.length };
    }),
  );
}
