import { describe, expect, it } from 'vitest';
import type { Consent, MediaMeta } from '../model/media';
import { consentSchema, consentStatus, mediaConsentProblems } from './consent';

const consent = (overrides: Partial<Consent> = {}): Consent => ({
  id: 'c-1',
  person: 'Erika Mustermann',
  purpose: 'Social-Media-Kanäle der Stadt',
  givenOn: '2026-03-01',
  validUntil: '2026-03-31',
  withdrawnOn: null,
  ...overrides,
});

const media = (overrides: Partial<MediaMeta> = {}): MediaMeta => ({
  id: 'a'.repeat(64),
  kind: 'image',
  mimeType: 'image/jpeg',
  byteLength: 1000,
  width: 1080,
  height: 1350,
  durationSeconds: null,
  fileName: 'Stadtfest.jpg',
  hasSubtitles: false,
  showsPeople: true,
  consentIds: ['c-1'],
  createdAt: '2026-03-01T08:00:00.000Z',
  ...overrides,
});

describe('consentStatus', () => {
  it.each([
    ['2026-02-28', 'notYetValid'],
    ['2026-03-01', 'valid'],
    ['2026-03-31', 'valid'],
    ['2026-04-01', 'expired'],
  ] as const)('on %s a consent for March is %s', (day, expected) => {
    expect(consentStatus(consent(), day)).toBe(expected);
  });

  it('has no end without validUntil', () => {
    expect(consentStatus(consent({ validUntil: null }), '2099-12-31')).toBe('valid');
  });

  it('counts a withdrawal from its own day on, before every other reason', () => {
    const withdrawn = consent({ withdrawnOn: '2026-03-15' });
    expect(consentStatus(withdrawn, '2026-03-14')).toBe('valid');
    expect(consentStatus(withdrawn, '2026-03-15')).toBe('withdrawn');
    expect(consentStatus(withdrawn, '2026-04-10')).toBe('withdrawn');
    expect(consentStatus(withdrawn, '2026-02-01')).toBe('notYetValid');
  });

  it('handles a leap day as the last valid day', () => {
    const leap = consent({ givenOn: '2028-02-01', validUntil: '2028-02-29' });
    expect(consentStatus(leap, '2028-02-29')).toBe('valid');
    expect(consentStatus(leap, '2028-03-01')).toBe('expired');
  });

  it('refuses a day that is no calendar day', () => {
    expect(() => consentStatus(consent(), '2026-02-30')).toThrow(RangeError);
    expect(() => consentStatus(consent(), '31.03.2026')).toThrow(RangeError);
  });
});

describe('mediaConsentProblems', () => {
  it('finds nothing for a valid consent, or for media without people and consents', () => {
    expect(mediaConsentProblems(media(), [consent()], '2026-03-20')).toEqual([]);
    expect(mediaConsentProblems(media({ showsPeople: false, consentIds: [] }), [], '2026-03-20')).toEqual([]);
  });

  it('reports people shown without any consent', () => {
    expect(mediaConsentProblems(media({ consentIds: [] }), [consent()], '2026-03-20')).toEqual([
      {
        code: 'noConsentLinked',
        mediaId: 'a'.repeat(64),
        consentId: null,
        messageKey: 'media.consent.problems.noConsentLinked',
        params: { fileName: 'Stadtfest.jpg' },
      },
    ]);
  });

  it('reports an expired consent with what the message needs', () => {
    const [problem] = mediaConsentProblems(media(), [consent()], '2026-04-01');
    expect(problem).toMatchObject({
      code: 'consentExpired',
      consentId: 'c-1',
      messageKey: 'media.consent.problems.expired',
      params: {
        fileName: 'Stadtfest.jpg',
        person: 'Erika Mustermann',
        validUntil: '2026-03-31',
        publishDate: '2026-04-01',
      },
    });
  });

  it('reports withdrawn, not-yet-valid and missing consents, each once', () => {
    const consents = [
      consent({ id: 'c-1', withdrawnOn: '2026-03-10' }),
      consent({ id: 'c-2', person: 'Max Muster', givenOn: '2026-03-25', validUntil: null }),
      consent({ id: 'c-3', validUntil: null }),
    ];
    const problems = mediaConsentProblems(
      media({ consentIds: ['c-1', 'c-2', 'c-3', 'c-404', 'c-1'] }),
      consents,
      '2026-03-20',
    );
    expect(problems.map(({ code, consentId }) => [code, consentId])).toEqual([
      ['consentWithdrawn', 'c-1'],
      ['consentNotYetValid', 'c-2'],
      ['consentNotFound', 'c-404'],
    ]);
    expect(problems[0]?.params).toMatchObject({ withdrawnOn: '2026-03-10' });
    expect(problems[1]?.params).toMatchObject({ person: 'Max Muster', givenOn: '2026-03-25' });
  });

  it('checks linked consents even when the image is marked as showing no people', () => {
    const problems = mediaConsentProblems(
      media({ showsPeople: false }),
      [consent({ withdrawnOn: '2026-03-02' })],
      '2026-03-20',
    );
    expect(problems.map((problem) => problem.code)).toEqual(['consentWithdrawn']);
  });

  it('refuses a publish date that is no calendar day', () => {
    expect(() => mediaConsentProblems(media(), [consent()], '2026-13-01')).toThrow(RangeError);
  });
});

describe('consentSchema', () => {
  const issues = (value: unknown) =>
    consentSchema.safeParse(value).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

  it('accepts a consent and trims its texts', () => {
    const parsed = consentSchema.parse(consent({ person: '  Erika Mustermann ', withdrawnOn: '2026-03-31' }));
    expect(parsed).toEqual(consent({ withdrawnOn: '2026-03-31' }));
    expect(consentSchema.safeParse(consent({ validUntil: '2026-03-01' })).success).toBe(true); // one day only
    expect(consentSchema.safeParse(consent({ validUntil: null, withdrawnOn: '2026-03-01' })).success).toBe(
      true,
    );
  });

  it('refuses days that do not exist', () => {
    expect(issues(consent({ givenOn: '2026-02-30' }))).toEqual([
      ['givenOn', 'media.consent.errors.dateInvalid'],
    ]);
    expect(issues(consent({ validUntil: '2026-3-31' }))).toEqual([
      ['validUntil', 'media.consent.errors.dateInvalid'],
    ]);
  });

  it('refuses an end or a withdrawal before the day consent was given', () => {
    expect(issues(consent({ validUntil: '2026-02-28' }))).toEqual([
      ['validUntil', 'media.consent.errors.validUntilBeforeGivenOn'],
    ]);
    expect(issues(consent({ withdrawnOn: '2026-02-28' }))).toEqual([
      ['withdrawnOn', 'media.consent.errors.withdrawnBeforeGivenOn'],
    ]);
  });

  it('requires person and purpose, and refuses unknown fields', () => {
    expect(issues(consent({ person: '   ', purpose: '' }))).toEqual([
      ['person', 'media.consent.errors.personRequired'],
      ['purpose', 'media.consent.errors.purposeRequired'],
    ]);
    expect(issues(consent({ person: 'x'.repeat(201) }))).toEqual([
      ['person', 'media.consent.errors.personTooLong'],
    ]);
    expect(consentSchema.safeParse({ ...consent(), photoUrl: 'x' }).success).toBe(false);
  });
});
