import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedContent } from '../approval/contentHash';
import { diffText, reviewDiff, type DiffSegment } from './diff';

const join = (segments: DiffSegment[], kinds: string[]): string =>
  segments
    .filter((s) => kinds.includes(s.kind))
    .map((s) => s.text)
    .join('');

const PHOTO = 'a'.repeat(64);
const LOGO = 'b'.repeat(64);

function content(overrides: Partial<PublishedContent> = {}): PublishedContent {
  return {
    channels: ['linkedin', 'facebook'],
    variants: [
      { channel: 'linkedin', format: 'feed', text: 'Das Bürgeramt öffnet am Samstag.', mediaIds: [PHOTO] },
      { channel: 'facebook', format: 'feed', text: 'Samstag geöffnet!', mediaIds: [] },
    ],
    scheduledAtUtc: '2026-12-03T09:00:00.000Z',
    media: [{ id: PHOTO, sha256: PHOTO, altText: 'Das Rathaus im Schnee' }],
    ...overrides,
  };
}

describe('diffText', () => {
  it('keeps German words with umlauts whole', () => {
    const { left, right } = diffText('Das Bürgeramt öffnet', 'Das Bürgerbüro öffnet');
    expect(left).toEqual([
      { kind: 'same', text: 'Das ' },
      { kind: 'removed', text: 'Bürgeramt' },
      { kind: 'same', text: ' öffnet' },
    ]);
    expect(right).toEqual([
      { kind: 'same', text: 'Das ' },
      { kind: 'added', text: 'Bürgerbüro' },
      { kind: 'same', text: ' öffnet' },
    ]);
  });

  it('marks a side that does not exist', () => {
    expect(diffText(null, 'neu')).toEqual({
      left: [],
      right: [{ kind: 'added', text: 'neu' }],
      change: 'added',
    });
    expect(diffText('alt', null).change).toBe('removed');
    expect(diffText('gleich', 'gleich').change).toBe('same');
  });

  it('rebuilds both texts from their segments (property)', () => {
    const word = fc.constantFrom(
      'Bürger',
      'amt',
      'Öffnung',
      'Straße',
      'am',
      'X',
      '!',
      ',',
      ' ',
      '  ',
      '\n',
      'ä',
    );
    const text = fc.array(word, { maxLength: 25 }).map((words) => words.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { left, right, change } = diffText(before, after);
        expect(join(left, ['same', 'removed'])).toBe(before);
        expect(join(right, ['same', 'added'])).toBe(after);
        expect(left.every((s) => s.kind !== 'added' && s.text !== '')).toBe(true);
        expect(right.every((s) => s.kind !== 'removed' && s.text !== '')).toBe(true);
        expect(change === 'same').toBe(before === after);
      }),
    );
  });
});

describe('reviewDiff', () => {
  it('reports no change for the same version', () => {
    const version = { title: 'Bürgeramt', content: content() };
    const diff = reviewDiff(version, structuredClone(version));
    expect(diff.firstReview).toBe(false);
    expect(diff.changedSections).toEqual([]);
    expect(diff.sections.map((s) => s.key)).toEqual([
      'title',
      'schedule',
      'variant:linkedin',
      'variant:facebook',
      'media',
    ]);
  });

  it('shows everything as added on the first review', () => {
    const diff = reviewDiff(null, { title: 'Quiz', content: content() });
    expect(diff.firstReview).toBe(true);
    expect(diff.changedSections).toEqual([
      'title',
      'schedule',
      'variant:linkedin',
      'variant:facebook',
      'media',
    ]);
    for (const section of diff.sections) {
      for (const r of section.rows) expect(r.left).toEqual([]);
    }
  });

  it('names the changed sections: text, schedule, alt text, new image, dropped network', () => {
    const before = { title: 'Bürgeramt', content: content() };
    const after = {
      title: 'Bürgeramt',
      content: content({
        channels: ['linkedin', 'instagram'],
        variants: [
          {
            channel: 'linkedin',
            format: 'feed',
            text: 'Das Bürgeramt öffnet am Sonntag.',
            mediaIds: [PHOTO],
          },
          { channel: 'instagram', format: 'carousel', text: 'Sonntag!', mediaIds: [PHOTO, LOGO] },
        ],
        scheduledAtUtc: '2026-12-04T09:00:00.000Z',
        media: [
          { id: PHOTO, sha256: PHOTO, altText: 'Das Rathaus im Regen' },
          { id: LOGO, sha256: LOGO, altText: 'Logo' },
        ],
      }),
    };
    const diff = reviewDiff(before, after, {
      formatSchedule: (utc) => (utc === null ? '–' : utc.slice(0, 10)),
    });
    expect(diff.changedSections).toEqual([
      'schedule',
      'variant:linkedin',
      'variant:facebook',
      'variant:instagram',
      'media',
    ]);
    const schedule = diff.sections.find((s) => s.key === 'schedule');
    expect(schedule?.rows[0]?.left).toContainEqual({ kind: 'removed', text: '03' });
    expect(schedule?.rows[0]?.right).toContainEqual({ kind: 'added', text: '04' });
    const linkedin = diff.sections.find((s) => s.key === 'variant:linkedin');
    expect(linkedin?.rows.map((r) => r.change)).toEqual(['same', 'changed', 'same']);
    const facebook = diff.sections.find((s) => s.key === 'variant:facebook');
    expect(facebook?.rows.every((r) => r.change === 'removed')).toBe(true);
    const media = diff.sections.find((s) => s.key === 'media');
    expect(media?.rows.map((r) => [r.label, r.change])).toEqual([
      [PHOTO, 'changed'],
      [LOGO, 'added'],
    ]);
    expect(media?.rows[0]?.right).toContainEqual({ kind: 'added', text: 'Regen' });
  });

  it('keeps a removed image at its old place', () => {
    const before = {
      title: 'T',
      content: content({
        media: [
          { id: LOGO, sha256: LOGO, altText: 'Logo' },
          { id: PHOTO, sha256: PHOTO, altText: 'Das Rathaus im Schnee' },
        ],
      }),
    };
    const after = { title: 'T', content: content() };
    const media = reviewDiff(before, after).sections.find((s) => s.key === 'media');
    expect(media?.rows.map((r) => [r.label, r.change])).toEqual([
      [LOGO, 'removed'],
      [PHOTO, 'same'],
    ]);
  });
});

describe('reviewDiff format labels', () => {
  it('names formats with the given label and keeps the key without one', () => {
    const before = { title: 'T', content: content() };
    const after = {
      title: 'T',
      content: content({
        variants: content().variants.map((v) =>
          v.channel === 'linkedin' ? { ...v, format: 'carousel' } : v,
        ),
      }),
    };
    const labels = { feed: 'Beitrag', story: 'Story', reel: 'Reel', carousel: 'Karussell' } as const;
    const labelled = reviewDiff(before, after, { formatLabel: (format) => labels[format] });
    const row = labelled.sections
      .find((s) => s.key === 'variant:linkedin')
      ?.rows.find((r) => r.label === 'format');
    expect(join(row?.left ?? [], ['same', 'removed'])).toBe('Beitrag');
    expect(join(row?.right ?? [], ['same', 'added'])).toBe('Karussell');
    const plain = reviewDiff(before, after).sections.find((s) => s.key === 'variant:linkedin');
    expect(join(plain?.rows.find((r) => r.label === 'format')?.right ?? [], ['same', 'added'])).toBe(
      'carousel',
    );
  });
});
