/**
 * The consent register: people who appear in media and their documented, revocable consent. Validation is the
 * shared `consentSchema`; its issue messages are keys of the `media.consent.errors.*` catalogue.
 *
 * Deleting a consent that media still link is refused (not unlinked): the link documents on what basis an image
 * was published, and a withdrawn consent must stay visible on the image. Record a withdrawal instead.
 */
import { consentSchema } from '../../../shared/media/consent';
import type { MediaMessageKey } from '../../../shared/media/messages';
import type { Consent } from '../../../shared/model/media';
import { DataError, guardData } from '../store/dataErrors';
import { db } from '../store/db';
import { consentEffectTables, removeWithdrawnMedia, SYSTEM_ACTOR_ID } from './consentEffects';

export type ConsentField = keyof Consent;

export type SaveConsentResult =
  | { ok: true; consent: Consent }
  | {
      ok: false;
      /** The first problem: its message key and field. */
      messageKey: MediaMessageKey;
      field: ConsentField;
      /** Every field with a problem and its first message key, for messages beside each field. */
      errors: Partial<Record<ConsentField, MediaMessageKey>>;
    };

export type ConsentInput = Omit<Consent, 'id'> & { id?: string };

/** All consents, by person (German collation), then by the day given. */
export function listConsents(): Promise<Consent[]> {
  return guardData(async () => {
    const consents = await db.consents.toArray();
    return consents.sort(
      (a, b) => a.person.localeCompare(b.person, 'de') || a.givenOn.localeCompare(b.givenOn),
    );
  });
}

export function getConsent(id: string): Promise<Consent | undefined> {
  return guardData(() => db.consents.get(id));
}

/** Creates (no id) or replaces a consent after validation; invalid input saves nothing. */
export async function saveConsent(input: ConsentInput): Promise<SaveConsentResult> {
  const parsed = validate({
    id: input.id ?? crypto.randomUUID(),
    person: input.person,
    purpose: input.purpose,
    givenOn: input.givenOn,
    validUntil: input.validUntil,
    withdrawnOn: input.withdrawnOn,
  });
  if (!parsed.ok) return parsed;
  await guardData(() => db.consents.put(parsed.consent));
  return parsed;
}

/** A withdrawal's result: on success also the posts whose media it took out (they go back to review). */
export type WithdrawConsentResult =
  | (Extract<SaveConsentResult, { ok: true }> & { changedPostIds: string[] })
  | Extract<SaveConsentResult, { ok: false }>;

/**
 * Records a withdrawal on `date` (`YYYY-MM-DD`), from which day on the consent no longer holds, and in the same
 * transaction takes the media it no longer covers out of every post that can still go out (consentEffects.ts).
 */
export async function withdrawConsent(
  id: string,
  date: string,
  actorId: string = SYSTEM_ACTOR_ID,
  now: Date = new Date(),
): Promise<WithdrawConsentResult> {
  const result = await guardData(() =>
    db.transaction('rw', [...consentEffectTables()], async () => {
      const existing = await db.consents.get(id);
      if (!existing) return null;
      const parsed = validate({ ...existing, withdrawnOn: date });
      if (!parsed.ok) return parsed;
      await db.consents.put(parsed.consent);
      const changedPostIds = await removeWithdrawnMedia(id, date, actorId, now);
      return { ...parsed, changedPostIds };
    }),
  );
  // Thrown outside the transaction: Dexie wraps errors named "DataError" thrown inside one.
  if (!result) throw new DataError('errors.notFound');
  return result;
}

export type DeleteConsentResult = { ok: true } | { ok: false; linkedMedia: number };

/** Deletes a consent unless media link it (then nothing changes); check and delete are one transaction. */
export async function deleteConsent(id: string): Promise<DeleteConsentResult> {
  return guardData(() =>
    db.transaction('rw', db.consents, db.media, async () => {
      const linkedMedia = await db.media.filter((media) => media.consentIds.includes(id)).count();
      if (linkedMedia > 0) return { ok: false as const, linkedMedia };
      await db.consents.delete(id);
      return { ok: true as const };
    }),
  );
}

/** How many media link each consent (consents without media are absent). */
export function countMediaByConsent(): Promise<Record<string, number>> {
  return guardData(async () => {
    const counts: Record<string, number> = {};
    await db.media.each((media) => {
      for (const consentId of new Set(media.consentIds)) counts[consentId] = (counts[consentId] ?? 0) + 1;
    });
    return counts;
  });
}

function validate(candidate: Consent): SaveConsentResult {
  const parsed = consentSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, consent: parsed.data };
  const errors: Partial<Record<ConsentField, MediaMessageKey>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ConsentField;
    // The schema's messages are all keys of the media catalogue (see shared/media/consent.ts).
    errors[field] ??= issue.message as MediaMessageKey;
  }
  const [field, messageKey] = Object.entries(errors)[0] as [ConsentField, MediaMessageKey];
  return { ok: false, messageKey, field, errors };
}
