/** The roles of a profile as words, e.g. "Redaktion, Freigabe". */
import type { TFunction } from 'i18next';
import type { Role } from '../../../shared/workflow/roles';

export function roleLabel(t: TFunction, role: Role): string {
  return t(`profilesUi.roles.${role}`);
}

export function roleList(t: TFunction, roles: readonly Role[]): string {
  return roles.map((role) => roleLabel(t, role)).join(', ');
}
