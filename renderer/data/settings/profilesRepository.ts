/**
 * Local profiles: people with roles and an optional PIN (only its PBKDF2 hash is stored). The desk always keeps
 * an admin. The first start creates the organisation's settings and the first admin together.
 */
import type { Settings } from '../../../shared/model/settings';
import { settingsSchema } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { hashPin, verifyPin } from '../../../shared/profiles/pin';
import {
  validateProfileInput,
  wouldLeaveNoAdmin,
  type ProfileField,
  type ProfileInput,
} from '../../../shared/profiles/profileInput';
import { appendAudit } from '../workflow/auditLog';
import { db, ORGANISATION_SETTINGS_ID } from '../store/db';
import { DataError, guardData } from '../store/dataErrors';
import { ensureProfileKeys } from './profileKeys';
import { certifyProfile, createOrganisationRoot, loadRootKey, signs } from '../trust/trustRepository';

export type SaveProfileResult =
  | { ok: true; profile: StoredProfile }
  | { ok: false; errors: Partial<Record<ProfileField | 'form', string>> };

export function listProfiles(): Promise<StoredProfile[]> {
  return guardData(() => db.profiles.orderBy('id').toArray()).then((profiles) =>
    profiles.sort((a, b) => a.name.localeCompare(b.name, 'de')),
  );
}

export function getProfile(id: string): Promise<StoredProfile | undefined> {
  return guardData(() => db.profiles.get(id));
}

/**
 * Creates (`id` null) or changes a profile. `keepPin`: on a change, an empty PIN field keeps the current PIN;
 * `removePin` takes it away. Refuses to leave the desk without an admin.
 */
export async function saveProfile(
  input: ProfileInput,
  id: string | null,
  context: { actorId: string; now: Date; removePin?: boolean },
): Promise<SaveProfileResult> {
  const existing = await listProfiles();
  const validation = validateProfileInput(input, id === null ? { existing } : { existing, selfId: id });
  if (!validation.ok) return validation;
  const { value } = validation;
  const profileId = id ?? crypto.randomUUID();
  if (existing.length > 0 && wouldLeaveNoAdmin(existing, { id: profileId, roles: value.roles })) {
    return { ok: false, errors: { roles: 'profiles.errors.lastAdmin' } };
  }
  // PBKDF2 runs before the transaction (WebCrypto would end it).
  const newPin = value.pin === null ? null : await hashPin(value.pin);
  const profile = await guardData(() =>
    db.transaction('rw', db.profiles, db.audit, async () => {
      const before = id === null ? undefined : await db.profiles.get(id);
      if (id !== null && !before) throw new DataError('errors.notFound');
      const pin = newPin ?? (context.removePin ? null : (before?.pin ?? null));
      const stored: StoredProfile = {
        id: profileId,
        name: value.name,
        initials: value.initials,
        roles: value.roles,
        pin,
        publicKey: before?.publicKey ?? null,
        createdAt: before?.createdAt ?? context.now.toISOString(),
      };
      await db.profiles.put(stored);
      const action = before ? 'profileChanged' : 'profileCreated';
      const note = `${stored.name} (${stored.roles.join(', ')})`;
      await appendAudit(
        [{ actorId: context.actorId || profileId, action, postId: null, contentHash: null, note }],
        context.now,
      );
      return stored;
    }),
  );
  // Editors sign their publish packages, approvers and admins their approvals: every such profile gets a key.
  if (signs(profile)) await ensureProfileKeys(profile.id, context.now);
  // An admin who saves a profile certifies its key and roles into the roster with their own certified key; a
  // profile saved any other way stays uncertified (its approvals do not count) until an admin certifies it.
  if (await loadRootKey()) await certifyProfile(profile.id, { actorId: context.actorId, now: context.now });
  return { ok: true, profile: (await getProfile(profile.id)) ?? profile };
}

/** Whether `pin` opens the profile; a profile without a PIN opens without one. */
export async function checkProfilePin(profileId: string, pin: string): Promise<boolean> {
  const profile = await getProfile(profileId);
  if (!profile) return false;
  if (profile.pin === null) return true;
  return verifyPin(pin, profile.pin);
}

export type SetupResult =
  | { ok: true; profile: StoredProfile }
  | { ok: false; errors: Partial<Record<ProfileField | 'form' | 'settings', string>> };

/**
 * The first start: the organisation's settings and the first admin, in one transaction. Refused once any profile
 * exists. Then the admin's key and the organisation's root key are made: the root certifies the admin and signs
 * the approval policies (trustRepository.ts); the set-up screen shows the root's fingerprint.
 */
export async function completeSetup(
  settings: Settings,
  admin: Omit<ProfileInput, 'roles'>,
  now: Date,
): Promise<SetupResult> {
  const parsed = settingsSchema.safeParse(settings);
  if (!parsed.success) return { ok: false, errors: { settings: 'profilesUi.setup.errors.settings' } };
  const validation = validateProfileInput({ ...admin, roles: ['editor', 'approver', 'admin'] });
  if (!validation.ok) return validation;
  const { value } = validation;
  const pin = value.pin === null ? null : await hashPin(value.pin);
  const profile: StoredProfile = {
    id: crypto.randomUUID(),
    name: value.name,
    initials: value.initials,
    roles: value.roles,
    pin,
    publicKey: null,
    createdAt: now.toISOString(),
  };
  const done = await guardData(() =>
    db.transaction('rw', db.profiles, db.settings, db.audit, async () => {
      if ((await db.profiles.count()) > 0) return false;
      await db.settings.put({ ...parsed.data, id: ORGANISATION_SETTINGS_ID });
      await db.profiles.add(profile);
      const note = `${profile.name} (${profile.roles.join(', ')})`;
      await appendAudit(
        [{ actorId: profile.id, action: 'setupCompleted', postId: null, contentHash: null, note }],
        now,
      );
      return true;
    }),
  );
  if (!done) return { ok: false, errors: { form: 'profilesUi.setup.errors.alreadyDone' } };
  await ensureProfileKeys(profile.id, now);
  await createOrganisationRoot({ actorId: profile.id, now });
  return { ok: true, profile: (await getProfile(profile.id)) ?? profile };
}
