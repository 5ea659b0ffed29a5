/** Profiles for the data layer's tests: an editor, two approvers and an admin, stored directly. */
import type { StoredProfile } from '../../../shared/model/profile';
import type { Role } from '../../../shared/workflow/roles';
import { db } from '../store/db';

function profile(id: string, name: string, initials: string, roles: Role[]): StoredProfile {
  return { id, name, initials, roles, pin: null, publicKey: null, createdAt: '2026-11-01T08:00:00.000Z' };
}

export const ANNA_EDITOR = profile('anna', 'Anna Autorin', 'AA', ['editor']);
export const PAUL_APPROVER = profile('paul', 'Paula Prüfer', 'PP', ['approver']);
export const BERND_APPROVER = profile('bernd', 'Bernd Berger', 'BB', ['approver']);
export const ADA_ADMIN = profile('ada', 'Ada Admin', 'AD', ['editor', 'approver', 'admin']);

export const TEST_PROFILES = [ANNA_EDITOR, PAUL_APPROVER, BERND_APPROVER, ADA_ADMIN];

export async function seedProfiles(profiles: readonly StoredProfile[] = TEST_PROFILES): Promise<void> {
  await db.profiles.bulkPut([...profiles]);
}
