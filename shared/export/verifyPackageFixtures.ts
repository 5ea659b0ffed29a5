/**
 * A real publish package for the tests of the package reader and verifier: two approved posts built as the app
 * builds them (a stored `Post`, its content hash, approvals signed with real keys, `toExportPost`,
 * `buildPublishPackage`). "Rathausfest" is on Instagram and Facebook with a photo and two approvals, "Bürgeramt"
 * on LinkedIn with one. Also the same posts for other packages (`signedPosts`, `approve`), a version 1 package made
 * from a version 2 one (`asVersion1`), and small helpers to patch ZIP bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { contentHash } from '../approval/contentHash';
import { generateApproverKeys, signApproval, type ApproverKeys } from '../approval/signature';
import type { Post } from '../model/post';
import { servicePost, variantsFor } from '../exchange/testFixtures';
import { toExportPost, type ApproverName } from './fromPost';
import {
  buildPublishPackage,
  MANIFEST_FILE,
  sha256Hex,
  type PublishManifest,
  type PublishPackage,
} from './publishPackage';
import type { ExportPost } from './types';

export const PACKAGE_NOW = new Date('2026-11-27T12:00:00.000Z');
export const PHOTO = Uint8Array.from({ length: 300 }, (_, index) => (index * 31) % 256);
export const PHOTO_ID = sha256Hex(PHOTO);
export const FEST_ID = '3f1a2b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
export const AMT_ID = '9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b5a4';

export interface Signer {
  id: string;
  keys: ApproverKeys;
}

/** The post with a signed approval per signer (steps in order), as the app stores it. */
export async function approve(post: Post, signers: readonly Signer[]): Promise<Post> {
  const hash = contentHash(post);
  const approvals = [];
  for (const [step, signer] of signers.entries()) {
    const at = `2026-11-25T1${step}:00:00.000Z`;
    const statement = {
      postId: post.id,
      revision: 2,
      contentHash: hash,
      policyStep: step + 1,
      keyId: signer.keys.keyId,
      at,
    };
    const value = await signApproval(statement, signer.keys.privateKey, signer.keys.algorithm);
    approvals.push({
      step,
      profileId: signer.id,
      at,
      contentHash: hash,
      signature: { revision: 2, keyId: signer.keys.keyId, algorithm: signer.keys.algorithm, value },
    });
  }
  return { ...post, workflow: { ...post.workflow, contentHash: hash, approvals } };
}

export interface SignedPosts {
  fest: Post;
  amt: Post;
  paula: Signer;
  lena: Signer;
  profiles: ApproverName[];
}

/** The two approved posts, their signers and the approvers' profiles (names and public keys). */
export async function signedPosts(): Promise<SignedPosts> {
  const paula = { id: 'paula-1', keys: await generateApproverKeys('ECDSA-P256') };
  const lena = { id: 'lena-2', keys: await generateApproverKeys('ECDSA-P256') };
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
  );
  const amt = await approve(
    servicePost({
      id: AMT_ID,
      status: 'approved',
      channels: ['linkedin'],
      variants: variantsFor(['linkedin'], 'Das Bürgeramt Mitte hat am Samstag geöffnet.'),
    }),
    [paula],
  );
  const profile = (name: string, { id, keys }: Signer): ApproverName => ({
    id,
    name,
    publicKey: { algorithm: keys.algorithm, keyId: keys.keyId, publicKeyJwk: keys.publicKeyJwk },
  });
  return {
    fest,
    amt,
    paula,
    lena,
    profiles: [profile('Paula Prüfer', paula), profile('Lena Leitung', lena)],
  };
}

/** The publish package of `posts` (already export posts) with the photo's bytes, at PACKAGE_NOW in Berlin. */
export function packageOf(posts: readonly ExportPost[]): PublishPackage {
  return buildPublishPackage({
    posts,
    media: { [PHOTO_ID]: { mimeType: 'image/jpeg', bytes: PHOTO } },
    timeZone: 'Europe/Berlin',
    now: PACKAGE_NOW,
  });
}

/** The package and the keys that signed it. */
export async function signedPackage(): Promise<PublishPackage & { keys: ApproverKeys[] }> {
  const { fest, amt, paula, lena, profiles } = await signedPosts();
  const built = packageOf([fest, amt].map((post) => toExportPost(post, profiles)));
  return { ...built, keys: [paula.keys, lena.keys] };
}

/**
 * The package as version 1 wrote it: the manifest without the approved content and the left-out networks and
 * media (all version 2 added), re-zipped. The files and their hashes are as they were.
 */
export function asVersion1(zip: Uint8Array): Uint8Array {
  const files = unzipSync(zip);
  const manifest = JSON.parse(strFromU8(files[MANIFEST_FILE] ?? new Uint8Array(0))) as PublishManifest;
  const posts = manifest.posts.map(
    ({ approvedContent: _content, omittedChannels: _channels, omittedMedia: _media, ...post }) => post,
  );
  const v1 = { ...manifest, version: 1, posts };
  const zippable: Zippable = { ...files, [MANIFEST_FILE]: strToU8(`${JSON.stringify(v1, null, 2)}\n`) };
  return zipSync(zippable);
}

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
