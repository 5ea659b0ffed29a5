/**
 * Who signs a publish package: the exporting profile, with its own key (profileKeys.ts), and only when the
 * organisation's roster (verified against the desk's root, trustRepository.ts) confirms that key now. A profile
 * without a confirmed key gets no signer: the export page shows why (German first), and nothing is exported.
 */
import type { PackageExporter } from '../../../shared/export/publishPackage';
import type { Signer } from '../../../shared/trust/envelope';
import { db } from '../store/db';
import { guardData } from '../store/dataErrors';
import { loadVerifiedRoster } from '../trust/trustRepository';

export type PackageSignerResult =
  | { ok: true; exporter: PackageExporter; signer: Signer }
  /** `reason`: an i18n key under `exportUi.errors.`. */
  | { ok: false; reason: string };

const NOT_CERTIFIED = { ok: false, reason: 'exportUi.errors.keyNotCertified' } as const;

export async function loadPackageSigner(profileId: string, now: Date): Promise<PackageSignerResult> {
  const roster = await loadVerifiedRoster();
  const keys = await guardData(() => db.profileKeys.get(profileId));
  if (roster === null || keys === undefined) return NOT_CERTIFIED;
  const at = now.toISOString();
  const key = roster.keyFor(profileId, keys.keyId);
  if (key === null || roster.rolesAt(profileId, keys.keyId, at).length === 0) return NOT_CERTIFIED;
  const name =
    roster.currentProfiles(at).find((profile) => profile.profileId === profileId)?.name ?? profileId;
  return {
    ok: true,
    exporter: { orgId: roster.orgId, profileId, name, keyId: keys.keyId, publicKey: key },
    signer: { keyId: keys.keyId, algorithm: keys.algorithm, privateKey: keys.privateKey },
  };
}
