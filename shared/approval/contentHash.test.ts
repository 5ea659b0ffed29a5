import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Post } from '../model/post';
import { newPostWorkflow } from '../model/postWorkflow';
import { CHANNELS } from '../model/channels';
import { POST_FORMATS } from '../model/variant';
import { contentHash, publishedContent } from './contentHash';

const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
const iso = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((time) => new Date(time).toISOString());

const postArb: fc.Arbitrary<Post> = fc
  .record({
    id: fc.uuid(),
    title: fc.string(),
    text: fc.string(),
    channels: fc.uniqueArray(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 4 }),
    media: fc.array(fc.record({ mediaId: hex64, altText: fc.string() }), { maxLength: 3 }),
    formats: fc.array(fc.constantFrom(...POST_FORMATS), { minLength: 4, maxLength: 4 }),
    texts: fc.array(fc.string(), { minLength: 4, maxLength: 4 }),
    scheduledAt: fc.option(iso),
    campaignId: fc.option(fc.uuid()),
    category: fc.option(fc.string()),
    createdAt: iso,
    updatedAt: iso,
  })
  .map(({ formats, texts, ...rest }) => ({
    ...rest,
    variants: rest.channels.map((channel, index) => ({
      channel,
      format: formats[index] ?? 'feed',
      text: texts[index] ?? '',
      mediaIds: rest.media.map((attachment) => attachment.mediaId),
    })),
    variantsLinked: false,
    series: null,
    template: null,
    checks: { ticks: [], overrides: [] },
    workflow: newPostWorkflow('redaktion-1', 'b'.repeat(64)),
    notes: '',
    scheduledAtUtc: rest.scheduledAt,
    status: 'draft' as const,
    createdBy: 'user-1',
  }));

const clone = (post: Post): Post => structuredClone(post);

/** Mutations of fields a reader sees; each must change the hash. */
const publishedChanges: Record<string, (post: Post) => Post> = {
  variantText: (post) => {
    const next = clone(post);
    const variant = next.variants[0];
    if (variant) variant.text += '!';
    return next;
  },
  variantFormat: (post) => {
    const next = clone(post);
    const variant = next.variants[0];
    if (variant) variant.format = variant.format === 'feed' ? 'story' : 'feed';
    return next;
  },
  channelDropped: (post) => ({ ...clone(post), channels: post.channels.slice(1) }),
  schedule: (post) => ({
    ...clone(post),
    scheduledAt: post.scheduledAt === null ? '2026-11-26T10:00:00+01:00' : null,
  }),
  scheduleMinute: (post) => ({
    ...clone(post),
    scheduledAt: new Date(Date.parse(post.scheduledAt ?? '2026-01-01T00:00:00Z') + 60_000).toISOString(),
  }),
  altText: (post) => ({ ...clone(post), media: [...post.media, { mediaId: 'a'.repeat(64), altText: 'x' }] }),
  mediaId: (post) => {
    const next = clone(post);
    next.variants.forEach((variant) => variant.mediaIds.push('b'.repeat(64)));
    return next;
  },
  mediaOrder: (post) => {
    const next = clone(post);
    next.variants.forEach((variant) => variant.mediaIds.push('c'.repeat(64), 'd'.repeat(64)));
    return next;
  },
};

/** Mutations of internal fields; none may change the hash. */
const internalChanges: Record<string, (post: Post) => Post> = {
  title: (post) => ({ ...clone(post), title: `${post.title} (v2)` }),
  masterText: (post) => ({ ...clone(post), text: `${post.text}?`, variantsLinked: !post.variantsLinked }),
  checks: (post) => ({
    ...clone(post),
    checks: {
      ticks: [{ itemId: 'i', by: 'u', at: '2026-01-01T00:00:00Z' }],
      overrides: [{ findingId: 'f', reason: 'reason long enough', by: 'u', at: '2026-01-01T00:00:00Z' }],
    },
  }),
  campaign: (post) => ({ ...clone(post), campaignId: 'other', category: 'Karriere' }),
  times: (post) => ({ ...clone(post), createdAt: '2000-01-01T00:00:00Z', updatedAt: '2000-01-02T00:00:00Z' }),
  status: (post) => ({ ...clone(post), status: 'in_review' }),
  notes: (post) => ({ ...clone(post), notes: 'Intern: Foto von Herrn K. noch freigeben lassen' }),
  workflow: (post) => ({
    ...clone(post),
    workflow: { ...post.workflow, revision: 7, lastEditorId: 'user-3', changesNote: 'Quelle fehlt' },
  }),
  series: (post) => ({
    ...clone(post),
    series: { seriesId: 's', occurrenceKey: '2026-01-01', detached: true },
  }),
  template: (post) => ({ ...clone(post), template: { templateId: 't', values: { deadline: '2026-12-01' } } }),
  ids: (post) => ({ ...clone(post), id: 'another-id', createdBy: 'user-2', scheduledAtUtc: null }),
  sameInstantOtherOffset: (post) => {
    if (post.scheduledAt === null) return clone(post);
    const local = new Date(Date.parse(post.scheduledAt) + 3_600_000).toISOString().replace('Z', '+01:00');
    return { ...clone(post), scheduledAt: local };
  },
};

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

describe('publishedContent', () => {
  const post = fc.sample(postArb, { numRuns: 1, seed: 7 })[0] as Post;

  it('holds channels, variants, UTC schedule and media, and nothing internal', () => {
    const content = publishedContent({ ...post, scheduledAt: '2026-11-26T10:00:00+01:00' });
    expect(Object.keys(content).sort()).toEqual(['channels', 'media', 'scheduledAtUtc', 'variants']);
    expect(content.scheduledAtUtc).toBe('2026-11-26T09:00:00.000Z');
    expect(content.channels).toEqual(post.channels);
    expect(JSON.stringify(content)).not.toContain(post.id);
  });

  it('uses supplied media hashes and refuses a missing one', () => {
    const withMedia: Post = { ...post, media: [{ mediaId: 'a'.repeat(64), altText: 'Rathaus' }] };
    expect(contentHash(withMedia, { ['a'.repeat(64)]: 'a'.repeat(64) })).toBe(contentHash(withMedia));
    expect(contentHash(withMedia, { ['a'.repeat(64)]: 'e'.repeat(64) })).not.toBe(contentHash(withMedia));
    expect(() => publishedContent(withMedia, {})).toThrow(RangeError);
  });

  it('rejects an unreadable schedule', () => {
    expect(() => publishedContent({ ...post, scheduledAt: 'tomorrow' })).toThrow(RangeError);
  });
});

describe('contentHash', () => {
  it('is lower-case hex SHA-256', () => {
    const [post] = fc.sample(postArb, { numRuns: 1, seed: 1 });
    expect(contentHash(post as Post)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with every published field', () => {
    fc.assert(
      fc.property(postArb, fc.constantFrom(...Object.keys(publishedChanges)), (post, name) => {
        const changed = publishedChanges[name]?.(post) ?? post;
        fc.pre(JSON.stringify(publishedContent(changed)) !== JSON.stringify(publishedContent(post)));
        expect(contentHash(changed)).not.toBe(contentHash(post));
      }),
      { numRuns: 150 },
    );
  });

  it('ignores every internal field', () => {
    fc.assert(
      fc.property(postArb, fc.constantFrom(...Object.keys(internalChanges)), (post, name) => {
        const changed = internalChanges[name]?.(post) ?? post;
        expect(contentHash(changed)).toBe(contentHash(post));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(postArb, (post) => {
        expect(contentHash(reverseKeys(post) as Post)).toBe(contentHash(post));
      }),
      { numRuns: 100 },
    );
  });
});
