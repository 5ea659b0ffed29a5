/**
 * A UI-side brake on guessing PINs: after five wrong tries for a profile, the PIN form waits 30 seconds. Kept in
 * memory for the session (a PIN guards a shared laptop, not an account; the hash is PBKDF2 with 310,000 rounds).
 */
export const MAX_WRONG_TRIES = 5;
export const LOCK_MS = 30_000;

interface Record_ {
  wrong: number;
  lockedUntil: number;
}

const records = new Map<string, Record_>();

function recordOf(profileId: string): Record_ {
  return records.get(profileId) ?? { wrong: 0, lockedUntil: 0 };
}

/** Milliseconds left before the profile may try again (0 when it may). */
export function lockRemaining(profileId: string, now = Date.now()): number {
  return Math.max(0, recordOf(profileId).lockedUntil - now);
}

/** Notes a wrong PIN; returns the tries left before the lock (0: locked now). */
export function noteWrongPin(profileId: string, now = Date.now()): number {
  const record = recordOf(profileId);
  const wrong = record.wrong + 1;
  if (wrong >= MAX_WRONG_TRIES) {
    records.set(profileId, { wrong: 0, lockedUntil: now + LOCK_MS });
    return 0;
  }
  records.set(profileId, { wrong, lockedUntil: record.lockedUntil });
  return MAX_WRONG_TRIES - wrong;
}

export function noteRightPin(profileId: string): void {
  records.delete(profileId);
}

/** Forgets every record (tests). */
export function resetPinThrottle(): void {
  records.clear();
}
