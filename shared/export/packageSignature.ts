/**
 * The publish package is signed whole: the exporter signs a small statement naming the SHA-256 and size of the
 * exact bytes of `manifest.json` as a DSSE envelope (shared/trust/envelope.ts, payload type
 * `PAYLOAD_TYPES.packageManifest`) with their roster-certified key, written to `manifest.sig.json`. The manifest
 * lists every other file's SHA-256 and size, and holds the titles, folder names, approver names, times and the
 * approvals, so one signature covers the whole package. The statement repeats who signed and when, so the
 * signature cannot be moved to a manifest that names another exporter.
 *
 * The manifest's bytes are signed through their hash, not carried in the envelope: a large package's manifest
 * (thousands of posts) is bigger than an envelope payload may be, and the pretty-printed manifest stays readable.
 */
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { PAYLOAD_TYPES, signEnvelope, type Envelope, type Signer } from '../trust/envelope';
import {
  MANIFEST_FILE,
  PUBLISH_PACKAGE_FORMAT,
  PUBLISH_PACKAGE_VERSION,
  sha256Hex,
  SIGNATURE_FILE,
  type PublishPackage,
} from './publishPackage';

/** What the exporter signs. */
export interface ManifestSignatureStatement {
  format: typeof PUBLISH_PACKAGE_FORMAT;
  version: typeof PUBLISH_PACKAGE_VERSION;
  orgId: string;
  exporterProfileId: string;
  keyId: string;
  /** The manifest's `generatedAt`. */
  generatedAt: string;
  /** Lower-case hex SHA-256 of the exact bytes of manifest.json, and their number. */
  manifestSha256: string;
  manifestSize: number;
}

export const manifestSignatureStatementSchema = z
  .object({
    format: z.literal(PUBLISH_PACKAGE_FORMAT),
    version: z.literal(PUBLISH_PACKAGE_VERSION),
    orgId: z.string().max(100),
    exporterProfileId: z.string().max(200),
    keyId: z.string().max(100),
    generatedAt: z.string().max(100),
    manifestSha256: z.string().regex(/^[0-9a-f]{64}$/u),
    manifestSize: z.int().min(0),
  })
  .strict();

/** Thrown when the package names another exporter or key than the one signing it (a programming error). */
export class PackageSignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackageSignError';
  }
}

/**
 * The package with `manifest.sig.json` (right after manifest.json): the exporter named in the manifest signs it
 * with `signer`, whose key id must be the one the manifest names.
 */
export async function signPublishPackage(built: PublishPackage, signer: Signer): Promise<Uint8Array> {
  const { exporter } = built.manifest;
  if (exporter === null) throw new PackageSignError('the manifest names no exporter');
  if (exporter.keyId !== signer.keyId) {
    throw new PackageSignError('the manifest names another key than the one signing');
  }
  const statement: ManifestSignatureStatement = {
    format: PUBLISH_PACKAGE_FORMAT,
    version: PUBLISH_PACKAGE_VERSION,
    orgId: exporter.orgId,
    exporterProfileId: exporter.profileId,
    keyId: exporter.keyId,
    generatedAt: built.manifest.generatedAt,
    manifestSha256: sha256Hex(built.manifestBytes),
    manifestSize: built.manifestBytes.length,
  };
  const envelope = await signEnvelope(PAYLOAD_TYPES.packageManifest, statement, signer);
  const zippable: Zippable = {};
  for (const [path, entry] of Object.entries(built.parts.zippable)) {
    zippable[path] = entry;
    if (path === MANIFEST_FILE) zippable[SIGNATURE_FILE] = [signatureFileBytes(envelope), { level: 6 }];
  }
  return zipSync(zippable, { mtime: built.parts.mtime });
}

/** The bytes of manifest.sig.json: the envelope as readable JSON. */
export function signatureFileBytes(envelope: Envelope): Uint8Array {
  return strToU8(`${JSON.stringify(envelope, null, 2)}\n`);
}

/** The envelope in manifest.sig.json (any JSON; the envelope checks its shape), or null when not JSON. */
export function parseSignatureFile(bytes: Uint8Array): unknown {
  if (bytes.length > 64 * 1024) return null;
  try {
    return JSON.parse(strFromU8(bytes)) as unknown;
  } catch {
    return null;
  }
}
