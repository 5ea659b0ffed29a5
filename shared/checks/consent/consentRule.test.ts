import { describe, expect, it } from 'vitest';
import type { Consent, MediaMeta } from '../../model/media';
import { CONSENT_SOURCE, consentFindings, publishDayOf } from './consentRule';

const ZONE = 'Europe/Berlin';

const photo = (overrides: Partial<MediaMeta> = {}): MediaMeta => ({
  id: 'photo',
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 200_000,
  width: 1080,
  height: 1080,
  durationSeconds: null,
  fileName: 'team.jpg',
  hasSubtitles: false,
  showsPeople: true,
  consentIds: ['erika'],
  createdAt: '2026-11-01T09:00:00Z',
  ...overrides,
});

const consent = (overrides: Partial<Consent> = {}): Consent => ({
  id: 'erika',
  person: 'Erika Mustermann',
  purpose: 'Social-Media-Kanäle der Stadt',
  givenOn: '2026-11-01',
  validUntil: '2026-11-30',
  withdrawnOn: null,
  ...overrides,
});

/** The rules found for one photo, the way checkPost combines the two functions. */
function rulesFor(media: MediaMeta, consents: Consent[], scheduledAt: string | null, now: string): string[] {
  const day = publishDayOf(scheduledAt, ZONE, new Date(now));
  return consentFindings([media], consents, day).map((finding) => finding.rule);
}

describe('consent findings', () => {
  const cases: [string, MediaMeta, Consent[], string | null, string, string[]][] = [
    [
      'no consent linked',
      photo({ consentIds: [] }),
      [],
      '2026-11-20T10:00:00+01:00',
      '2026-11-01T08:00:00Z',
      ['consent.noConsentLinked'],
    ],
    [
      'a linked consent that was deleted',
      photo(),
      [],
      '2026-11-20T10:00:00+01:00',
      '2026-11-01T08:00:00Z',
      ['consent.consentNotFound'],
    ],
    [
      'valid on the scheduled day',
      photo(),
      [consent()],
      '2026-11-30T18:00:00+01:00',
      '2026-12-05T08:00:00Z',
      [],
    ],
    [
      'expired on the scheduled day',
      photo(),
      [consent()],
      '2026-12-01T09:00:00+01:00',
      '2026-11-20T08:00:00Z',
      ['consent.consentExpired'],
    ],
    [
      'withdrawn before the scheduled day',
      photo(),
      [consent({ withdrawnOn: '2026-11-10' })],
      '2026-11-20T10:00:00+01:00',
      '2026-11-05T08:00:00Z',
      ['consent.consentWithdrawn'],
    ],
    [
      'not yet valid on the scheduled day',
      photo(),
      [consent({ givenOn: '2026-11-25' })],
      '2026-11-20T10:00:00+01:00',
      '2026-11-05T08:00:00Z',
      ['consent.consentNotYetValid'],
    ],
    [
      'no people, no consent: nothing',
      photo({ showsPeople: false, consentIds: [] }),
      [],
      null,
      '2026-11-05T08:00:00Z',
      [],
    ],
    // 00:30 in Berlin on 1 December is still 30 November in UTC: the day in Berlin counts.
    [
      'scheduled just after midnight in Berlin',
      photo(),
      [consent()],
      '2026-12-01T00:30:00+01:00',
      '2026-11-20T08:00:00Z',
      ['consent.consentExpired'],
    ],
    ['unscheduled: valid today', photo(), [consent()], null, '2026-11-30T12:00:00Z', []],
    [
      'unscheduled: expired today',
      photo(),
      [consent()],
      null,
      '2026-12-01T12:00:00Z',
      ['consent.consentExpired'],
    ],
    // 23:30 UTC on 30 November is already 1 December in Berlin.
    [
      'unscheduled, near midnight: Berlin is a day ahead of UTC',
      photo(),
      [consent()],
      null,
      '2026-11-30T23:30:00Z',
      ['consent.consentExpired'],
    ],
    [
      'unscheduled, near midnight: given on the Berlin day, not the UTC day',
      photo(),
      [consent({ givenOn: '2026-12-01', validUntil: null })],
      null,
      '2026-11-30T23:30:00Z',
      [],
    ],
    [
      'an unreadable schedule counts as unscheduled',
      photo(),
      [consent()],
      'bald',
      '2026-12-02T08:00:00Z',
      ['consent.consentExpired'],
    ],
  ];

  it.each(cases)('%s', (_name, media, consents, scheduledAt, now, expected) => {
    expect(rulesFor(media, consents, scheduledAt, now)).toEqual(expected);
  });

  it('blocks with the law as source, the media panel text and a stable id per medium and consent', () => {
    const findings = consentFindings(
      [photo(), photo(), photo({ id: 'other', consentIds: ['erika', 'max'] })],
      [consent({ withdrawnOn: '2026-11-10' }), consent({ id: 'max', person: 'Max Muster' })],
      '2026-12-03',
    );
    expect(findings.map((finding) => finding.id)).toEqual([
      'consent.consentWithdrawn.photo.erika',
      'consent.consentWithdrawn.other.erika',
      'consent.consentExpired.other.max',
    ]);
    expect(findings[2]).toEqual({
      id: 'consent.consentExpired.other.max',
      rule: 'consent.consentExpired',
      severity: 'block',
      messageKey: 'media.consent.problems.expired',
      params: {
        fileName: 'team.jpg',
        person: 'Max Muster',
        publishDate: '2026-12-03',
        givenOn: '2026-11-01',
        validUntil: '2026-11-30',
        withdrawnOn: '',
      },
      range: null,
      suggestion: null,
      source: CONSENT_SOURCE,
    });
    expect(CONSENT_SOURCE).toBe('DSGVO Art. 6(1)(a), Art. 7; KUG § 22');
  });
});
