/**
 * Consents of people shown in media (GDPR Art. 6(1)(a) and 7, KUG §22): whether one holds on a given day, and what
 * stands in the way of publishing a medium on a day. Days are `YYYY-MM-DD` in the organisation's calendar; all
 * bounds are inclusive: a consent given on the 1st and valid until the 31st holds on both days.
 */
import { z } from 'zod';
import type { Consent, MediaMeta } from '../model/media';
import { isPlainDate } from '../time/zoned';
import type { MediaMessageKey, MessageParams } from './messages';

export const CONSENT_STATUSES = ['valid', 'notYetValid', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

export const CONSENT_PERSON_MAX_LENGTH = 200;
export const CONSENT_PURPOSE_MAX_LENGTH = 1000;

/**
 * The consent's standing on `onDate`. A withdrawal counts from its own day on and outranks everything else; before
 * `givenOn` it is not yet valid; after `validUntil` expired.
 */
export function consentStatus(consent: Consent, onDate: string): ConsentStatus {
  if (!isPlainDate(onDate)) throw new RangeError(`Not a calendar day: ${onDate}`);
  // Plain ISO days compare correctly as strings.
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= onDate) return 'withdrawn';
  if (onDate < consent.givenOn) return 'notYetValid';
  if (consent.validUntil !== null && onDate > consent.validUntil) return 'expired';
  return 'valid';
}

export type MediaConsentProblemCode =
  'noConsentLinked' | 'consentNotFound' | 'consentExpired' | 'consentWithdrawn' | 'consentNotYetValid';

export interface MediaConsentProblem {
  code: MediaConsentProblemCode;
  mediaId: string;
  /** The linked consent concerned; null for "no consent linked". */
  consentId: string | null;
  messageKey: MediaMessageKey;
  params: MessageParams;
}

const STATUS_PROBLEMS = {
  expired: { code: 'consentExpired', messageKey: 'media.consent.problems.expired' },
  withdrawn: { code: 'consentWithdrawn', messageKey: 'media.consent.problems.withdrawn' },
  notYetValid: { code: 'consentNotYetValid', messageKey: 'media.consent.problems.notYetValid' },
} as const satisfies Record<
  Exclude<ConsentStatus, 'valid'>,
  { code: MediaConsentProblemCode; messageKey: MediaMessageKey }
>;

/**
 * What stands in the way of publishing `media` on `publishDate` (`YYYY-MM-DD`): it shows people but links no
 * consent, or a linked consent is missing, expired, withdrawn or not yet valid that day. Linked consents are
 * checked even when `showsPeople` is off: a withdrawn consent on an image is a reason to look again. Whether one
 * consent covers every person shown is for a person to judge; the tool cannot see faces.
 */
export function mediaConsentProblems(
  media: MediaMeta,
  consents: readonly Consent[],
  publishDate: string,
): MediaConsentProblem[] {
  if (!isPlainDate(publishDate)) throw new RangeError(`Not a calendar day: ${publishDate}`);
  const problems: MediaConsentProblem[] = [];
  const base = { mediaId: media.id };
  if (media.showsPeople && media.consentIds.length === 0) {
    problems.push({
      ...base,
      code: 'noConsentLinked',
      consentId: null,
      messageKey: 'media.consent.problems.noConsentLinked',
      params: { fileName: media.fileName },
    });
  }
  const byId = new Map(consents.map((consent) => [consent.id, consent]));
  for (const consentId of new Set(media.consentIds)) {
    const consent = byId.get(consentId);
    if (!consent) {
      problems.push({
        ...base,
        code: 'consentNotFound',
        consentId,
        messageKey: 'media.consent.problems.consentNotFound',
        params: { fileName: media.fileName },
      });
      continue;
    }
    const status = consentStatus(consent, publishDate);
    if (status === 'valid') continue;
    problems.push({
      ...base,
      ...STATUS_PROBLEMS[status],
      consentId,
      params: {
        fileName: media.fileName,
        person: consent.person,
        publishDate,
        givenOn: consent.givenOn,
        validUntil: consent.validUntil ?? '',
        withdrawnOn: consent.withdrawnOn ?? '',
      },
    });
  }
  return problems;
}

type ConsentErrorKey = Extract<MediaMessageKey, `media.consent.errors.${string}`>;
const error = (key: ConsentErrorKey): string => key;

const plainDate = z.string().refine(isPlainDate, error('media.consent.errors.dateInvalid'));

/**
 * A consent record as stored and as entered; issue messages are message keys. Names and purposes are trimmed.
 * Dates must exist, and neither the end nor a withdrawal may lie before the day consent was given.
 */
export const consentSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, error('media.consent.errors.idInvalid'))
      .max(100, error('media.consent.errors.idInvalid')),
    person: z
      .string()
      .trim()
      .min(1, error('media.consent.errors.personRequired'))
      .max(CONSENT_PERSON_MAX_LENGTH, error('media.consent.errors.personTooLong')),
    purpose: z
      .string()
      .trim()
      .min(1, error('media.consent.errors.purposeRequired'))
      .max(CONSENT_PURPOSE_MAX_LENGTH, error('media.consent.errors.purposeTooLong')),
    givenOn: plainDate,
    validUntil: plainDate.nullable(),
    withdrawnOn: plainDate.nullable(),
  })
  .strict()
  .refine((consent) => consent.validUntil === null || consent.validUntil >= consent.givenOn, {
    error: error('media.consent.errors.validUntilBeforeGivenOn'),
    path: ['validUntil'],
  })
  .refine((consent) => consent.withdrawnOn === null || consent.withdrawnOn >= consent.givenOn, {
    error: error('media.consent.errors.withdrawnBeforeGivenOn'),
    path: ['withdrawnOn'],
  });

// The schema describes exactly the model's Consent, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _ConsentSchemaMatchesModel = Assert<Same<z.infer<typeof consentSchema>, Consent>>;
