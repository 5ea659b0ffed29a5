import { describe, expect, it } from 'vitest';
import type { Consent, MediaMeta } from '../model/media';
import { consentProblemsOf } from './consentProblems';
import { exportPost } from './testFixtures';

const PHOTO = 'a'.repeat(64);
const CHART = 'b'.repeat(64);

function meta(id: string, overrides: Partial<MediaMeta> = {}): MediaMeta {
  return {
    id,
    kind: 'image',
    mimeType: 'image/jpeg',
    byteLength: 10,
    width: 10,
    height: 10,
    durationSeconds: null,
    fileName: `${id.slice(0, 4)}.jpg`,
    hasSubtitles: false,
    showsPeople: true,
    consentIds: ['c1'],
    createdAt: '2026-11-01T08:00:00.000Z',
    ...overrides,
  };
}

function consent(overrides: Partial<Consent> = {}): Consent {
  return {
    id: 'c1',
    person: 'Maria Muster',
    purpose: 'Sommerfest',
    givenOn: '2026-11-01',
    validUntil: null,
    withdrawnOn: null,
    ...overrides,
  };
}

const withPhoto = (id = PHOTO, scheduledAt = '2026-11-26T10:00:00+01:00') =>
  exportPost({ media: [{ mediaId: id, altText: 'Foto' }], scheduledAt });

describe('consentProblemsOf', () => {
  it('passes a photo of people with a consent valid on the day of the post', () => {
    const post = withPhoto();
    expect(consentProblemsOf([post], { [PHOTO]: meta(PHOTO) }, [consent()], 'Europe/Berlin')).toEqual({});
  });

  it('reports a photo of people without a linked consent as missing', () => {
    const post = withPhoto();
    const media = { [PHOTO]: meta(PHOTO, { consentIds: [] }) };
    expect(consentProblemsOf([post], media, [], 'Europe/Berlin')).toEqual({ [post.id]: 'consentMissing' });
  });

  it('judges the consent on the day of the post in the organisation zone', () => {
    // 23:30 UTC on the 30th is already 1 December in Berlin, the day the consent ends is 30 November.
    const post = withPhoto(PHOTO, '2026-11-30T23:30:00Z');
    const media = { [PHOTO]: meta(PHOTO) };
    const consents = [consent({ validUntil: '2026-11-30' })];
    expect(consentProblemsOf([post], media, consents, 'Europe/Berlin')).toEqual({
      [post.id]: 'consentMissing',
    });
    expect(consentProblemsOf([post], media, consents, 'UTC')).toEqual({});
  });

  it('reports a withdrawal before a missing consent, also on media not marked as showing people', () => {
    const post = exportPost({
      media: [
        { mediaId: CHART, altText: 'Grafik' },
        { mediaId: PHOTO, altText: 'Foto' },
      ],
    });
    const media = {
      [CHART]: meta(CHART, { showsPeople: true, consentIds: [] }),
      [PHOTO]: meta(PHOTO, { showsPeople: false, consentIds: ['c1'] }),
    };
    const consents = [consent({ withdrawnOn: '2026-11-20' })];
    expect(consentProblemsOf([post], media, consents, 'Europe/Berlin')).toEqual({
      [post.id]: 'consentWithdrawn',
    });
  });

  it('ignores media without people or consents, unknown media and posts without a time', () => {
    const plain = exportPost({ media: [{ mediaId: CHART, altText: '' }] });
    const unknown = withPhoto('c'.repeat(64));
    const unscheduled = exportPost({ media: [{ mediaId: PHOTO, altText: '' }], scheduledAt: null });
    const media = { [CHART]: meta(CHART, { showsPeople: false, consentIds: [] }), [PHOTO]: meta(PHOTO) };
    expect(consentProblemsOf([plain, unknown, unscheduled], media, [], 'Europe/Berlin')).toEqual({});
  });
});
