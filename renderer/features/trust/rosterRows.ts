/**
 * The rows of the roster page, pure: each local profile beside what the verified roster certifies for it now.
 * `certified`: the roster's grant names the profile's current key and the same roles; `outdated`: it names other
 * roles or another key (a change not certified yet); `revoked`: the certified key is revoked now; `none`: no grant.
 */
import type { StoredProfile } from '../../../shared/model/profile';
import type { VerifiedRoster } from '../../../shared/trust/verifyRoster';
import type { Role } from '../../../shared/workflow/roles';

export type CertificationState = 'certified' | 'outdated' | 'revoked' | 'none';

export interface RosterRow {
  profile: StoredProfile;
  state: CertificationState;
  /** The certified key's id (null when the grant names none). */
  certifiedKeyId: string | null;
  /** When the grant in force began (ISO instant), or null. */
  since: string | null;
  certifiedRoles: Role[];
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((role) => b.includes(role));
}

/** Whether a profile must hold a certified key (editors sign packages, approvers and admins approvals). */
export function needsKey(profile: Pick<StoredProfile, 'roles'>): boolean {
  return profile.roles.length > 0;
}

export function rosterRows(
  profiles: readonly StoredProfile[],
  roster: VerifiedRoster | null,
  now: string,
): RosterRow[] {
  const current = new Map((roster?.currentProfiles(now) ?? []).map((entry) => [entry.profileId, entry]));
  return profiles.map((profile) => {
    const grant = current.get(profile.id);
    if (grant === undefined)
      return { profile, state: 'none', certifiedKeyId: null, since: null, certifiedRoles: [] };
    const base = {
      profile,
      certifiedKeyId: grant.key?.keyId ?? null,
      since: grant.validFrom,
      certifiedRoles: grant.roles,
    };
    if (grant.revoked) return { ...base, state: 'revoked' };
    const keyMatches = needsKey(profile)
      ? profile.publicKey !== null && grant.key?.keyId === profile.publicKey.keyId
      : true;
    return { ...base, state: keyMatches && sameRoles(grant.roles, profile.roles) ? 'certified' : 'outdated' };
  });
}
