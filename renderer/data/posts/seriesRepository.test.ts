/**
 * Series against a real (in-memory) IndexedDB: a weekly Thursday 10:00 series over a quarter that crosses the
 * spring DST switch and Ascension Day in Berlin, and what series-wide changes do to occurrences edited alone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { withChannels } from '../../../shared/model/postVariants';
import type { SeriesRule } from '../../../shared/series/seriesRule';
import { isoToZonedParts } from '../../../shared/time/zoned';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { db } from '../store/db';
import { savePostFromForm } from './postsRepository';
import {
  createSeries,
  deleteSeries,
  getSeries,
  listSeriesPosts,
  updateSeriesContent,
  updateSeriesRule,
  type SeriesWriteContext,
} from './seriesRepository';

const context: SeriesWriteContext = {
  actorId: 'local-editor',
  timeZone: 'Europe/Berlin',
  region: { country: 'DE', subdivision: 'BE' },
  now: new Date('2027-02-20T08:00:00Z'),
};
const later = { ...context, now: new Date('2027-02-21T08:00:00Z') };

/** Every Thursday at 10:00 from March to May 2027 (DST starts 28 March; Ascension Day is Thursday 6 May). */
const quarter: SeriesRule = {
  frequency: 'weekly',
  interval: 1,
  weekdays: ['TH'],
  startDate: '2027-03-01',
  time: '10:00',
  end: { kind: 'until', date: '2027-05-31' },
  skipPublicHolidays: true,
};

const THURSDAYS = [
  ...['2027-03-04', '2027-03-11', '2027-03-18', '2027-03-25'],
  ...['2027-04-01', '2027-04-08', '2027-04-15', '2027-04-22', '2027-04-29'],
  ...['2027-05-13', '2027-05-20', '2027-05-27'],
];

const draft: ComposerDraft = {
  ...emptyDraft('2027-03-01', '10:00'),
  title: 'Quiz der Woche',
  campaignId: 'c-1',
  category: 'Service',
  template: { templateId: 'builtin-quiz', values: { question: 'Wie viele Brücken?' } },
  content: withChannels(
    {
      channels: [],
      text: 'Raten Sie mit!',
      variants: [],
      variantsLinked: true,
      media: [{ mediaId: 'a'.repeat(64), altText: 'Rathaus' }],
    },
    ['instagram', 'facebook'],
  ),
};

async function createQuarter(replacePostId: string | null = null) {
  const result = await createSeries({ rule: quarter, draft, replacePostId }, context);
  if (!result.ok) throw new Error(result.messageKey);
  return result;
}

async function singlePost(): Promise<Post> {
  const result = await savePostFromForm(
    { title: 'Quiz der Woche', channels: ['instagram'], date: '2027-03-01', time: '10:00', text: 'x' },
    null,
    context,
  );
  if (!result.ok) throw new Error('seed failed');
  return result.post;
}

const keyOf = (post: Post) => post.series?.occurrenceKey;

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('createSeries', () => {
  it('writes the series and one draft per Thursday at 10:00 Berlin time, replacing the single post', async () => {
    const single = await singlePost();
    const result = await createQuarter(single.id);
    expect(result).toEqual({
      ok: true,
      seriesId: expect.any(String) as string,
      count: 12,
      skippedHolidays: [{ date: '2027-05-06', name: 'Christi Himmelfahrt' }],
    });
    const posts = await listSeriesPosts(result.seriesId);
    expect(posts.map(keyOf)).toEqual(THURSDAYS);
    for (const post of posts) {
      expect(isoToZonedParts(post.scheduledAt ?? '', 'Europe/Berlin').time).toBe('10:00');
      expect(post).toMatchObject({
        title: 'Quiz der Woche',
        channels: ['facebook', 'instagram'],
        text: 'Raten Sie mit!',
        media: [{ mediaId: 'a'.repeat(64), altText: 'Rathaus' }],
        campaignId: 'c-1',
        category: 'Service',
        template: draft.template,
        status: 'draft',
        series: { seriesId: result.seriesId, occurrenceKey: keyOf(post), detached: false },
        createdBy: 'local-editor',
      });
      expect(post.variants.map((variant) => variant.text)).toEqual(['Raten Sie mit!', 'Raten Sie mit!']);
    }
    // The wall-clock time stays; the offset follows DST.
    expect(posts[3]?.scheduledAt).toBe('2027-03-25T10:00:00+01:00');
    expect(posts[3]?.scheduledAtUtc).toBe('2027-03-25T09:00:00.000Z');
    expect(posts[4]?.scheduledAt).toBe('2027-04-01T10:00:00+02:00');
    expect(posts[4]?.scheduledAtUtc).toBe('2027-04-01T08:00:00.000Z');

    expect(await db.posts.get(single.id)).toBeUndefined();
    expect(await getSeries(result.seriesId)).toMatchObject({
      rule: quarter,
      rrule: 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TH;UNTIL=20270531T235959',
      title: 'Quiz der Woche',
      createdAt: '2027-02-20T08:00:00.000Z',
    });
  });

  const refusals: { name: string; rule: SeriesRule; draft?: ComposerDraft; expected: object }[] = [
    {
      name: 'too many occurrences',
      rule: { ...quarter, frequency: 'daily', weekdays: [], end: { kind: 'count', count: 9999 } },
      expected: { ok: false, messageKey: 'series.tooMany', params: { limit: 400 } },
    },
    {
      name: 'no occurrence',
      rule: { ...quarter, end: { kind: 'until', date: '2027-03-02' } },
      expected: { ok: false, messageKey: 'series.noOccurrence' },
    },
    {
      name: 'an invalid rule',
      rule: { ...quarter, weekdays: [] },
      expected: { ok: false, messageKey: 'series.errors.weekdaysRequired', field: 'weekdays' },
    },
    {
      name: 'an invalid post field',
      rule: quarter,
      draft: { ...draft, title: '  ' },
      expected: { ok: false, messageKey: 'post.errors.titleRequired', field: 'title' },
    },
  ];
  for (const refusal of refusals) {
    it(`refuses ${refusal.name} and writes nothing`, async () => {
      const single = await singlePost();
      const result = await createSeries(
        { rule: refusal.rule, draft: refusal.draft ?? draft, replacePostId: single.id },
        context,
      );
      expect(result).toEqual(refusal.expected);
      expect(await db.series.count()).toBe(0);
      expect((await db.posts.toArray()).map((post) => post.id)).toEqual([single.id]);
    });
  }

  it('never replaces a post past the draft stage', async () => {
    const single = await singlePost();
    await db.posts.update(single.id, { status: 'approved' });
    const result = await createSeries({ rule: quarter, draft, replacePostId: single.id }, context);
    expect(result).toEqual({ ok: false, messageKey: 'seriesUi.errors.replaceNotDraft' });
    expect(await db.series.count()).toBe(0);
    expect(await db.posts.count()).toBe(1);
  });

  it('is one transaction: a failing post write leaves neither series nor posts, and keeps the single post', async () => {
    const single = await singlePost();
    // The fourth occurrence gets the id of the existing post: the bulk write fails at the end of the work.
    const ids = ['series-1', 'p-1', 'p-2', single.id];
    vi.spyOn(crypto, 'randomUUID').mockImplementation(
      () => (ids.shift() ?? `00000000-0000-4000-8000-${String(Math.random()).slice(2, 14)}`) as never,
    );
    await expect(createSeries({ rule: quarter, draft, replacePostId: null }, context)).rejects.toMatchObject({
      messageKey: 'errors.writeFailed',
    });
    expect(await db.series.count()).toBe(0);
    expect((await db.posts.toArray()).map((post) => post.id)).toEqual([single.id]);
  });
});

describe('series-wide changes', () => {
  /** Edits the occurrence of `key` alone through the post form, as the composer does (it becomes detached). */
  async function editAlone(seriesId: string, key: string, title: string): Promise<Post> {
    const post = (await listSeriesPosts(seriesId)).find((candidate) => keyOf(candidate) === key);
    if (!post) throw new Error(`no occurrence ${key}`);
    const date = isoToZonedParts(post.scheduledAt ?? '', 'Europe/Berlin').date;
    const result = await savePostFromForm(
      { title, channels: post.channels, date, time: '12:00', text: 'Eigener Text' },
      post.id,
      context,
    );
    if (!result.ok) throw new Error('edit failed');
    return result.post;
  }

  it('updateSeriesContent changes every attached occurrence, keeps schedules and leaves detached ones alone', async () => {
    const { seriesId } = await createQuarter();
    const detached = await editAlone(seriesId, '2027-03-11', 'Sonderausgabe');
    const approved = (await listSeriesPosts(seriesId))[2] as Post;
    await db.posts.update(approved.id, { status: 'approved' });
    const before = await listSeriesPosts(seriesId);

    const next = {
      ...draft,
      title: 'Quiz: Brücken',
      content: withChannels({ ...draft.content, text: 'Neu' }, ['x']),
    };
    const result = await updateSeriesContent(seriesId, next, later);
    expect(result).toEqual({ ok: true, updated: 10 });

    const after = await listSeriesPosts(seriesId);
    expect(after.map((post) => post.scheduledAt)).toEqual(before.map((post) => post.scheduledAt));
    for (const post of after) {
      if (post.id === detached.id || post.id === approved.id) {
        expect(post).toEqual(before.find((candidate) => candidate.id === post.id));
      } else {
        expect(post).toMatchObject({
          title: 'Quiz: Brücken',
          text: 'Neu',
          channels: ['x'],
          updatedAt: '2027-02-21T08:00:00.000Z',
        });
        expect(post.variants).toEqual([
          { channel: 'x', format: 'feed', text: 'Neu', mediaIds: ['a'.repeat(64)] },
        ]);
      }
    }
    expect(await getSeries(seriesId)).toMatchObject({ title: 'Quiz: Brücken', text: 'Neu', channels: ['x'] });
  });

  it('updateSeriesContent re-attaches the source occurrence when it is still on its day and time', async () => {
    const { seriesId } = await createQuarter();
    const source = (await listSeriesPosts(seriesId))[0] as Post;
    // Saving it in the composer (text only) marks it detached.
    await savePostFromForm(
      { title: 'Neu', channels: ['x'], date: '2027-03-04', time: '10:00', text: 'n' },
      source.id,
      context,
    );
    const moved = await editAlone(seriesId, '2027-03-11', 'Verschoben');
    expect((await db.posts.get(source.id))?.series?.detached).toBe(true);

    await updateSeriesContent(seriesId, { ...draft, title: 'Neu' }, later, { reattachPostId: source.id });
    expect((await db.posts.get(source.id))?.series?.detached).toBe(false);
    await updateSeriesContent(seriesId, { ...draft, title: 'Neu' }, later, { reattachPostId: moved.id });
    expect(await db.posts.get(moved.id)).toMatchObject({ title: 'Verschoben', series: { detached: true } });
  });

  it('refuses invalid content and changes nothing', async () => {
    const { seriesId } = await createQuarter();
    const before = await db.posts.toArray();
    const result = await updateSeriesContent(seriesId, { ...draft, title: '' }, later);
    expect(result).toMatchObject({ ok: false, messageKey: 'post.errors.titleRequired' });
    expect(await db.posts.toArray()).toEqual(before);
    await expect(updateSeriesContent('missing', draft, later)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
  });

  it('updateSeriesRule adds, moves and removes attached drafts, and keeps detached and non-draft ones', async () => {
    const { seriesId } = await createQuarter();
    const detached = await editAlone(seriesId, '2027-05-20', 'Sonderausgabe');
    const published = (await listSeriesPosts(seriesId)).find((post) => keyOf(post) === '2027-05-27') as Post;
    await db.posts.update(published.id, { status: 'published' });

    // Tuesdays and Thursdays at 11:00, March only.
    const rule: SeriesRule = {
      ...quarter,
      weekdays: ['TH', 'TU'],
      time: '11:00',
      end: { kind: 'until', date: '2027-03-31' },
    };
    const result = await updateSeriesRule(seriesId, rule, later);
    expect(result).toMatchObject({ ok: true, added: 5, removed: 6, count: 11 });

    const posts = await listSeriesPosts(seriesId);
    const march = posts.filter((post) => post.id !== detached.id && post.id !== published.id);
    expect(march.map(keyOf)).toEqual([
      ...['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11', '2027-03-16'],
      ...['2027-03-18', '2027-03-23', '2027-03-25', '2027-03-30'],
    ]);
    for (const post of march) {
      expect(isoToZonedParts(post.scheduledAt ?? '', 'Europe/Berlin')).toEqual({
        date: keyOf(post),
        time: '11:00',
      });
      expect(post).toMatchObject({ title: 'Quiz der Woche', template: draft.template, status: 'draft' });
    }
    expect(await db.posts.get(detached.id)).toEqual(detached);
    expect(await db.posts.get(published.id)).toMatchObject({
      status: 'published',
      scheduledAt: '2027-05-27T10:00:00+02:00',
    });
    expect(await getSeries(seriesId)).toMatchObject({
      rule: { ...rule, weekdays: ['TU', 'TH'] },
      rrule: 'FREQ=WEEKLY;INTERVAL=1;WKST=MO;BYDAY=TU,TH;UNTIL=20270331T235959',
      updatedAt: '2027-02-21T08:00:00.000Z',
    });
  });

  it('updateSeriesRule refuses a rule without occurrences and changes nothing', async () => {
    const { seriesId } = await createQuarter();
    const before = await db.posts.toArray();
    const result = await updateSeriesRule(
      seriesId,
      { ...quarter, end: { kind: 'count', count: 500 }, frequency: 'daily', weekdays: [] },
      later,
    );
    expect(result).toEqual({ ok: false, messageKey: 'series.tooMany', params: { limit: 400 } });
    expect(await db.posts.toArray()).toEqual(before);
    expect((await getSeries(seriesId))?.rule).toEqual(quarter);
  });

  it('deleteSeries removes attached drafts and the series; detached and non-draft posts stay as single posts', async () => {
    const { seriesId } = await createQuarter();
    const other = await createQuarter();
    const detached = await editAlone(seriesId, '2027-04-08', 'Sonderausgabe');
    const approved = (await listSeriesPosts(seriesId)).find((post) => keyOf(post) === '2027-04-15') as Post;
    await db.posts.update(approved.id, { status: 'approved' });

    expect(await deleteSeries(seriesId, later.now)).toEqual({ deleted: 10, kept: 2 });
    expect(await getSeries(seriesId)).toBeUndefined();
    expect(await listSeriesPosts(seriesId)).toEqual([]);
    expect(await db.posts.get(detached.id)).toMatchObject({ title: 'Sonderausgabe', series: null });
    expect(await db.posts.get(approved.id)).toMatchObject({ status: 'approved', series: null });
    expect(await listSeriesPosts(other.seriesId)).toHaveLength(12);
    expect(await db.posts.count()).toBe(14);
  });
});
