/** Who does what in the approval workflow. */

export const ROLES = ['editor', 'approver', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export interface Profile {
  id: string;
  name: string;
  /** Two or three letters for avatars, e.g. "AM". */
  initials: string;
  roles: Role[];
}

export function hasRole(profile: Pick<Profile, 'roles'>, role: Role): boolean {
  return profile.roles.includes(role);
}

/** Editors and admins write, submit and export posts. */
export function canEdit(profile: Pick<Profile, 'roles'>): boolean {
  return hasRole(profile, 'editor') || hasRole(profile, 'admin');
}
