/**
 * A real publish package for the tests of the package reader and verifier: an organisation (root key, signed
 * roster: Paula and Lena approvers, Erika the exporting editor), two approved posts built as the app builds them
 * (a stored `Post`, its content hash, approval statements v2 signed with real keys, `toExportPost`,
 * `buildPublishPackage`) and the package signed by Erika. "Rathausfest" is on Instagram and Facebook with a photo
 * and two approvals, "Bürgeramt" on LinkedIn with one. Also the same posts for other packages (`signedPosts`,
 * `approve`), signing and re-signing (`signPackage`, `resigned`), the trust anchor (`trustOf`), a version 1 or 2
 * package made from a version 3 one (`asVersion`), and small helpers to patch ZIP bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { contentHash } from '../approval/contentHash';
import { generateApproverKeys, type ApproverKeys } from '../approval/signature';
import { approvalStatementFor, signApprovalV2 } from '../approval/statementV2';
import { GENESIS_HASH } from '../audit/chain';
import type { Post } from '../model/post';
import { servicePost, variantsFor } from '../exchange/testFixtures';
import { PAYLOAD_TYPES, signEnvelope } from '../trust/envelope';
import { createGenesis, createGrant, publicKeyInfoOf } from '../trust/roster';
import type { RosterEntry } from '../trust/rosterTypes';
import { verifyRoster } from '../trust/verifyRoster';
import type { Role } from '../workflow/roles';
import { toExportPost, type ApproverName } from './fromPost';
import { signatureFileBytes, signPublishPackage, type ManifestSignatureStatement } from './packageSignature';
import {
  buildPublishPackage,
  MANIFEST_FILE,
  sha256Hex,
  SIGNATURE_FILE,
  type PackageExporter,
  type PublishManifest,
  type PublishPackage,
} from './publishPackage';
import type { ExportPost } from './types';
import type { PackageTrust } from './verifyPackageTypes';

export const PACKAGE_NOW = new Date('2026-11-27T12:00:00.000Z');
export const PHOTO = Uint8Array.from({ length: 300 }, (_, index) => (index * 31) % 256);
export const PHOTO_ID = sha256Hex(PHOTO);
export const FEST_ID = '3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
export const AMT_ID = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';
const ROSTER_AT = new Date('2026-11-01T08:00:00.000Z');

export interface Signer {
  id: string;
  keys: ApproverKeys;
}

/** The organisation: its root, roster entries and the people in it. */
export interface Organisation {
  root: ApproverKeys;
  orgId: string;
  entries: RosterEntry[];
  paula: Signer;
  lena: Signer;
  erika: Signer;
  /** Certified with the editor role only. */
  eddi: Signer;
}

async function person(id: string): Promise<Signer> {
  return { id, keys: await generateApproverKeys('ECDSA-P256') };
}

/** A new organisation with a signed roster. */
export async function organisation(): Promise<Organisation> {
  const root = await generateApproverKeys('ECDSA-P256');
  const [paula, lena, erika, eddi] = await Promise.all(
    ['paula-1', 'lena-2', 'erika-3', 'eddi-4'].map((id) => person(id)),
  );
  if (!paula || !lena || !erika || !eddi) throw new Error('no keys');
  const rootKeys = { ...root };
  const entries = [await createGenesis(rootKeys, 'Bezirksamt Mitte', ROSTER_AT)];
  const grants: [Signer, string, Role[]][] = [
    [paula, 'Paula Prüfer', ['approver']],
    [lena, 'Lena Leitung', ['approver', 'admin']],
    [erika, 'Erika Export', ['editor']],
    [eddi, 'Eddi Editor', ['editor']],
  ];
  for (const [signer, name, roles] of grants) {
    const key = {
      algorithm: signer.keys.algorithm,
      keyId: signer.keys.keyId,
      publicKeyJwk: signer.keys.publicKeyJwk,
    };
    entries.push(
      await createGrant(rootKeys, { orgId: root.keyId, profileId: signer.id, name, roles, key }, ROSTER_AT),
    );
  }
  return { root, orgId: root.keyId, entries, paula, lena, erika, eddi };
}

/** The trust anchor a verifier is given from outside: the roster verified against the organisation's root. */
export async function trustOf(org: Organisation): Promise<PackageTrust> {
  return { roster: await verifyRoster(org.entries, publicKeyInfoOf(org.root)) };
}

/** The post with a signed approval (statement v2) per signer (steps in order), as the app stores it. */
export async function approve(post: Post, signers: readonly Signer[], orgId: string): Promise<Post> {
  const hash = contentHash(post);
  const current = { ...post, workflow: { ...post.workflow, contentHash: hash } };
  const approvals = [];
  for (const [step, signer] of signers.entries()) {
    const now = new Date(`2026-11-25T1${step}:00:00.000Z`);
    const statement = approvalStatementFor(current, {
      orgId,
      step,
      stepCount: signers.length,
      signerProfileId: signer.id,
      keyId: signer.keys.keyId,
      now,
      auditHead: { seq: 0, hash: GENESIS_HASH },
    });
    const signature = await signApprovalV2(statement, signer.keys);
    approvals.push({ step, profileId: signer.id, at: now.toISOString(), contentHash: hash, signature });
  }
  return { ...current, workflow: { ...current.workflow, approvals } };
}

export interface SignedPosts {
  org: Organisation;
  fest: Post;
  amt: Post;
  paula: Signer;
  lena: Signer;
  profiles: ApproverName[];
}

/** The two approved posts, their signers and the approvers' profiles (names and public keys). */
export async function signedPosts(org?: Organisation): Promise<SignedPosts> {
  const o = org ?? (await organisation());
  const { paula, lena } = o;
  const festText = 'Rathausfest am Sonntag: Musik, Führungen und Kuchen für alle – Eintritt frei! 🎉';
  const fest = await approve(
    servicePost({
      id: FEST_ID,
      title: 'Rathausfest',
      status: 'approved',
      channels: ['instagram', 'facebook'],
      text: festText,
      variants: variantsFor(['instagram', 'facebook'], festText, [PHOTO_ID]),
      media: [{ mediaId: PHOTO_ID, altText: 'Der Rathausplatz mit Buden und Lichterketten' }],
      scheduledAt: '2026-12-06T11:00:00+01:00',
      scheduledAtUtc: '2026-12-06T10:00:00.000Z',
    }),
    [paula, lena],
    o.orgId,
  );
  const amt = await approve(
    servicePost({
      id: AMT_ID,
      status: 'approved',
      channels: ['linkedin'],
      variants: variantsFor(['linkedin'], 'Das Bürgeramt Mitte hat am Samstag geöffnet.'),
    }),
    [paula],
    o.orgId,
  );
  const profile = (name: string, { id, keys }: Signer): ApproverName => ({
    id,
    name,
    publicKey: { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk },
  });
  return {
    org: o,
    fest,
    amt,
    paula,
    lena,
    profiles: [profile('Paula Prüfer', paula), profile('Lena Leitung', lena)],
  };
}

/** The exporter as the manifest names them. */
export function exporterOf(
  org: Organisation,
  who: Signer = org.erika,
  name = 'Erika Export',
): PackageExporter {
  const { keys } = who;
  return {
    orgId: org.orgId,
    profileId: who.id,
    name,
    keyId: keys.keyId,
    publicKey: { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk },
  };
}

/**
 * The (unsigned) publish package of `posts` (already export posts) with the photo's bytes, at PACKAGE_NOW in
 * Berlin, naming `exporter` (none: an unsigned export).
 */
export function packageOf(posts: readonly ExportPost[], exporter?: PackageExporter): PublishPackage {
  return buildPublishPackage({
    posts,
    media: { [PHOTO_ID]: { mimeType: 'image/jpeg', bytes: PHOTO } },
    timeZone: 'Europe/Berlin',
    now: PACKAGE_NOW,
    ...(exporter === undefined ? {} : { exporter }),
  });
}

/**
 * `zip` with manifest.sig.json (re)made by `who` over its manifest.json as it now is: what the exporter does, or
 * a certified insider who signs a changed package (the content checks must still catch what is not approved).
 */
export async function resigned(zip: Uint8Array, who: Signer): Promise<Uint8Array> {
  const files = unzipSync(zip);
  const manifestBytes = files[MANIFEST_FILE] ?? new Uint8Array(0);
  const manifest = JSON.parse(strFromU8(manifestBytes)) as PublishManifest;
  const statement: ManifestSignatureStatement = {
    format: manifest.format,
    version: manifest.version,
    orgId: manifest.exporter?.orgId ?? '',
    exporterProfileId: manifest.exporter?.profileId ?? '',
    keyId: who.keys.keyId,
    generatedAt: manifest.generatedAt,
    manifestSha256: sha256Hex(manifestBytes),
    manifestSize: manifestBytes.length,
  };
  const envelope = await signEnvelope(PAYLOAD_TYPES.packageManifest, statement, who.keys);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (name === SIGNATURE_FILE) continue;
    zippable[name] = bytes;
    if (name === MANIFEST_FILE) zippable[SIGNATURE_FILE] = signatureFileBytes(envelope);
  }
  return zipSync(zippable);
}

export interface SignedPackage extends PublishPackage {
  keys: ApproverKeys[];
  org: Organisation;
  trust: PackageTrust;
  /** The unsigned package before signing (`zip` is the signed one). */
  unsignedZip: Uint8Array;
}

/** The package signed by Erika, the keys of its approvals, the organisation and the trust anchor. */
export async function signedPackage(): Promise<SignedPackage> {
  const { fest, amt, paula, lena, profiles, org } = await signedPosts();
  const built = packageOf(
    [fest, amt].map((post) => toExportPost(post, profiles)),
    exporterOf(org),
  );
  const zip = await signPublishPackage(built, org.erika.keys);
  return {
    ...built,
    zip,
    unsignedZip: built.zip,
    keys: [paula.keys, lena.keys],
    org,
    trust: await trustOf(org),
  };
}

/**
 * The package as version 1 or 2 wrote it (re-zipped, unsigned): version 2 without the exporter and revisions (and
 * approvals without statements), version 1 also without the approved content and the left-out networks and media.
 */
export function asVersion(zip: Uint8Array, version: 1 | 2): Uint8Array {
  const files = unzipSync(zip);
  const manifest = JSON.parse(strFromU8(files[MANIFEST_FILE] ?? new Uint8Array(0))) as PublishManifest;
  const v2Posts = manifest.posts.map(({ revision: _revision, approvals, ...post }) => ({
    ...post,
    approvals: approvals.map(({ envelope: _envelope, ...approval }) => approval),
  }));
  const posts =
    version === 2
      ? v2Posts
      : v2Posts.map(({ approvedContent: _c, omittedChannels: _ch, omittedMedia: _m, ...post }) => post);
  const { exporter: _exporter, readmeNotes, ...rest } = manifest;
  const old = { ...rest, version, posts, ...(version === 2 ? { readmeNotes } : {}) };
  const zippable: Zippable = { ...files, [MANIFEST_FILE]: strToU8(`${JSON.stringify(old, null, 2)}\n`) };
  Reflect.deleteProperty(zippable, SIGNATURE_FILE);
  return zipSync(zippable);
}

/** The package as version 1 wrote it (see `asVersion`). */
export const asVersion1 = (zip: Uint8Array): Uint8Array => asVersion(zip, 1);

function indexOf(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  outer: for (let at = from; at <= haystack.length - needle.length; at += 1) {
    for (let index = 0; index < needle.length; index += 1)
      if (haystack[at + index] !== needle[index]) continue outer;
    return at;
  }
  return -1;
}

/** A copy of `zip` with every occurrence of `from` replaced by `to` (same length: names in both headers). */
export function replaceBytes(zip: Uint8Array, from: Uint8Array, to: Uint8Array): Uint8Array {
  if (from.length !== to.length) throw new Error('replaceBytes needs equal lengths');
  const out = zip.slice();
  let count = 0;
  for (let at = indexOf(out, from); at !== -1; at = indexOf(out, from, at + 1)) {
    out.set(to, at);
    count += 1;
  }
  if (count === 0) throw new Error('replaceBytes: nothing to replace');
  return out;
}

/** Offset of the central directory header of the entry named `name`. */
export function centralHeaderOf(zip: Uint8Array, name: Uint8Array): number {
  for (let at = indexOf(zip, Uint8Array.of(0x50, 0x4b, 0x01, 0x02)); at !== -1;) {
    const view = new DataView(zip.buffer, zip.byteOffset);
    const length = view.getUint16(at + 28, true);
    if (indexOf(zip.subarray(at + 46, at + 46 + length), name) === 0 && length === name.length) return at;
    at = indexOf(zip, Uint8Array.of(0x50, 0x4b, 0x01, 0x02), at + 1);
  }
  throw new Error('no such entry');
}
