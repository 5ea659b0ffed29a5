/**
 * The profile form's rules: a name, initials (1–3 letters, derived from the name when left empty, unique in the
 * desk, since mentions use them), at least one role, and an optional PIN. Errors are i18n keys under
 * `profiles.errors.` (shared/profiles/messages.ts). Also the rule that the desk always keeps an admin.
 */
import { initialsOf } from '../model/profile';
import { ROLES, type Profile, type Role } from '../workflow/roles';
import { validatePin } from './pin';

export const NAME_MAX_LENGTH = 80;
export const INITIALS_MAX_LENGTH = 3;

export type ProfileField = 'name' | 'initials' | 'roles' | 'pin';

export interface ProfileInput {
  name: string;
  initials: string;
  roles: readonly string[];
  /** The new PIN, or null / '' for none (or to keep the current one: the caller decides). */
  pin: string | null;
}

export interface ValidProfileInput {
  name: string;
  initials: string;
  /** Distinct, in the fixed order editor, approver, admin. */
  roles: Role[];
  pin: string | null;
}

export type ProfileInputResult =
  { ok: true; value: ValidProfileInput } | { ok: false; errors: Partial<Record<ProfileField, string>> };

export interface ProfileInputContext {
  /** The desk's other profiles, for unique names and initials. */
  existing?: readonly Pick<Profile, 'id' | 'name' | 'initials'>[];
  /** The profile being edited (left out of the uniqueness check). */
  selfId?: string;
}

const fold = (text: string): string => text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('de-DE');

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function validateProfileInput(
  input: ProfileInput,
  context: ProfileInputContext = {},
): ProfileInputResult {
  const errors: Partial<Record<ProfileField, string>> = {};
  const others = (context.existing ?? []).filter((profile) => profile.id !== context.selfId);

  const name = input.name.trim().replace(/\s+/gu, ' ');
  if (name === '') errors.name = 'profiles.errors.nameRequired';
  else if (name.length > NAME_MAX_LENGTH) errors.name = 'profiles.errors.nameTooLong';
  else if (others.some((profile) => fold(profile.name) === fold(name)))
    errors.name = 'profiles.errors.nameTaken';

  const initials = (
    input.initials.trim() === '' ? initialsOf(name) : input.initials.trim()
  ).toLocaleUpperCase('de-DE');
  if (initials === '') errors.initials = 'profiles.errors.initialsRequired';
  else if (!/^\p{L}{1,3}$/u.test(initials)) errors.initials = 'profiles.errors.initialsFormat';
  else if (others.some((profile) => fold(profile.initials) === fold(initials))) {
    errors.initials = 'profiles.errors.initialsTaken';
  }

  const roles = ROLES.filter((role) => input.roles.includes(role));
  if (input.roles.some((role) => !isRole(role))) errors.roles = 'profiles.errors.unknownRole';
  else if (roles.length === 0) errors.roles = 'profiles.errors.roleRequired';

  const pin = input.pin === null || input.pin === '' ? null : input.pin;
  const pinError = pin === null ? null : validatePin(pin);
  if (pinError !== null) errors.pin = pinError;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, initials, roles, pin } };
}

export type ProfileChange = Pick<Profile, 'id' | 'roles'> | { id: string; removed: true };

/**
 * Whether applying `change` (new roles for a profile, a new profile, or its removal) leaves the desk without any
 * admin: the form then refuses it with `profiles.errors.lastAdmin`.
 */
export function wouldLeaveNoAdmin(
  profiles: readonly Pick<Profile, 'id' | 'roles'>[],
  change: ProfileChange,
): boolean {
  const after = profiles.filter((profile) => profile.id !== change.id).map((profile) => profile.roles);
  if (!('removed' in change)) after.push(change.roles);
  return !after.some((roles) => roles.includes('admin'));
}
