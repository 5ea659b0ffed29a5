import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateApproverKeys } from '../approval/signature';
import type { ReadManifest } from './packageManifest';
import { MANIFEST_FILE, sha256Hex, type PublishManifest } from './publishPackage';
import {
  verifyPublishPackage as verifyWith,
  type PackageVerification,
  type VerifyPackageOptions,
} from './verifyPackage';
import {
  AMT_ID,
  FEST_ID,
  PHOTO_ID,
  resigned,
  signedPackage,
  type SignedPackage,
} from './verifyPackageFixtures';

let built: SignedPackage;

beforeAll(async () => {
  built = await signedPackage();
});

/** Verified against the organisation's roster (the trust anchor from outside). */
const verifyPublishPackage = (zip: Uint8Array, options: VerifyPackageOptions = {}) =>
  verifyWith(zip, { trust: built.trust, ...options });

/**
 * The package re-zipped after `edit` changed its files (the manifest as an object), and signed again by its
 * certified exporter: the checks below must hold even against an insider who can sign (the manifest's own
 * signature is tested in verifyPackageSigned.test.ts).
 */
async function repacked(edit: (files: Unzipped, manifest: PublishManifest) => void): Promise<Uint8Array> {
  const files = unzipSync(built.zip);
  const manifest = JSON.parse(strFromU8(files[MANIFEST_FILE] ?? new Uint8Array(0))) as PublishManifest;
  edit(files, manifest);
  files[MANIFEST_FILE] = strToU8(JSON.stringify(manifest, null, 2));
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) zippable[name] = bytes;
  return resigned(zipSync(zippable), built.org.erika);
}

function fileOf(manifest: PublishManifest, suffix: string): string {
  const file = manifest.files.find(({ path }) => path.endsWith(suffix));
  if (!file) throw new Error(`no file ending in ${suffix}`);
  return file.path;
}

const codes = (result: PackageVerification) =>
  result.problems.map(({ code, path, postId }) => ({ code, path, postId }));

function festApprovals(manifest: PublishManifest) {
  const post = manifest.posts.find(({ id }) => id === FEST_ID);
  if (!post) throw new Error('fixture without the festival post');
  return post.approvals;
}

describe('verifyPublishPackage', () => {
  it('finds nothing wrong with a package as the app builds it, and says what it checked', async () => {
    const fitsTheSchema: ReadManifest = built.manifest;
    expect(fitsTheSchema.files.length).toBeGreaterThan(4);
    const result = await verifyPublishPackage(built.zip);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.status).toBe('trusted');
    expect(result.version).toBe(3);
    expect(result.omitted).toEqual([]);
    const files = built.manifest.files.length;
    expect(result.summary).toEqual({
      posts: 2,
      files,
      filesVerified: files,
      approvals: 3,
      approvalsVerified: 3,
      postsConfirmed: 2,
    });
    const [paula, lena] = built.keys;
    expect(
      result.approvals.map(({ postId, policyStep, approverName, keyId }) => [
        postId,
        policyStep,
        approverName,
        keyId,
      ]),
    ).toEqual([
      [AMT_ID, 1, 'Paula Prüfer', paula?.keyId],
      [FEST_ID, 1, 'Paula Prüfer', paula?.keyId],
      [FEST_ID, 2, 'Lena Leitung', lena?.keyId],
    ]);
  });

  it('names the text file changed after approval (one byte)', async () => {
    let path = '';
    const zip = await repacked((files, manifest) => {
      path = fileOf(manifest, 'instagram.txt');
      const bytes = files[path]?.slice() ?? new Uint8Array(0);
      bytes[0] = (bytes[0] ?? 0) ^ 0x01;
      files[path] = bytes;
    });
    const result = await verifyPublishPackage(zip);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      { code: 'hashMismatch', path, postId: null },
      { code: 'contentMismatch', path, postId: FEST_ID },
    ]);
    expect(result.problems[1]?.message).toBe(
      'the text for Instagram differs from the approved text of "Rathausfest"',
    );
    expect(result.summary.filesVerified).toBe(built.manifest.files.length - 1);
    expect(result.summary.postsConfirmed).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('fails a changed text whose hash was also changed in the manifest: not the approved text', async () => {
    let path = '';
    const zip = await repacked((files, manifest) => {
      path = fileOf(manifest, 'instagram.txt');
      const bytes = strToU8('Rathausfest fällt aus.');
      files[path] = bytes;
      const listed = manifest.files.find((file) => file.path === path);
      if (listed) Object.assign(listed, { sha256: sha256Hex(bytes), size: bytes.length });
    });
    const result = await verifyPublishPackage(zip);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([{ code: 'contentMismatch', path, postId: FEST_ID }]);
    expect(result.summary.filesVerified).toBe(built.manifest.files.length);
    expect(result.summary.postsConfirmed).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('names a replaced photo, both against the manifest and against its media id', async () => {
    let path = '';
    const zip = await repacked((files, manifest) => {
      path = fileOf(manifest, '.jpg');
      files[path] = strToU8('ein anderes Bild');
    });
    const result = await verifyPublishPackage(zip);
    expect(codes(result)).toEqual([
      { code: 'hashMismatch', path, postId: null },
      { code: 'mediaMismatch', path, postId: FEST_ID },
    ]);
    expect(result.problems[1]?.message).toContain(PHOTO_ID);
  });

  it('names a file dropped from the package and one added to it', async () => {
    let dropped = '';
    const zip = await repacked((files, manifest) => {
      dropped = fileOf(manifest, 'linkedin.txt');
      Reflect.deleteProperty(files, dropped);
      files['2026-12-06_1100_rathausfest/hinweis.txt'] = strToU8('Bitte auch auf TikTok posten.');
    });
    const result = await verifyPublishPackage(zip);
    expect(codes(result)).toEqual([
      { code: 'missingFile', path: dropped, postId: null },
      { code: 'extraFile', path: '2026-12-06_1100_rathausfest/hinweis.txt', postId: null },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.summary.postsConfirmed).toBe(1);
  });

  it('fails a tampered signature, a changed approval and a swapped key, each with its reason', async () => {
    const other = await generateApproverKeys('ECDSA-P256');
    const zip = await repacked((_files, manifest) => {
      const [first, second] = festApprovals(manifest);
      const signature = first?.envelope?.signatures[0];
      if (!signature || !second) throw new Error('fixture without two signed approvals');
      signature.sig = `${signature.sig.slice(0, 10)}${signature.sig[10] === 'A' ? 'B' : 'A'}${signature.sig.slice(11)}`;
      second.at = '2026-11-25T18:00:00.000Z';
      const amt = manifest.posts.find(({ id }) => id === AMT_ID)?.approvals[0];
      if (amt) Object.assign(amt, { keyId: other.keyId, publicKeyJwk: other.publicKeyJwk });
    });
    const result = await verifyPublishPackage(zip);
    expect(
      result.problems.map(({ code, postId, message }) => [code, postId, message.replace(/^.*: /, '')]),
    ).toEqual([
      ['approverNotCertified', AMT_ID, 'the key is not in the roster'],
      ['signatureInvalid', FEST_ID, 'the signature does not hold (the approval or its content was changed)'],
      [
        'statementMismatch',
        FEST_ID,
        'the signed statement names another post, revision, step, signer, key or time',
      ],
    ]);
    expect(result.summary.approvalsVerified).toBe(0);
    expect(result.summary.postsConfirmed).toBe(2);
  });

  it('fails an approval for other content, one without a signed statement and a post without approvals', async () => {
    const zip = await repacked((_files, manifest) => {
      const [first, second] = festApprovals(manifest);
      if (!first || !second) throw new Error('fixture without two approvals');
      first.contentHash = '0'.repeat(64);
      second.envelope = null;
      const amt = manifest.posts.find(({ id }) => id === AMT_ID);
      if (amt) amt.approvals = [];
    });
    const result = await verifyPublishPackage(zip);
    expect(result.problems.map(({ code, postId }) => [code, postId])).toEqual([
      ['notApproved', AMT_ID],
      ['statementMismatch', FEST_ID],
      ['approvalOutdated', FEST_ID],
    ]);
    expect(result.summary.approvalsVerified).toBe(0);
  });

  it('fails a network dropped by hand from a package that does not list it as left out', async () => {
    const zip = await repacked((files, manifest) => {
      const fest = manifest.posts.find(({ id }) => id === FEST_ID);
      if (!fest) throw new Error('fixture without the festival post');
      const facebook = fileOf(manifest, 'facebook.txt');
      fest.networks = fest.networks.filter(({ channel }) => channel !== 'facebook');
      manifest.files = manifest.files.filter(({ path }) => path !== facebook);
      Reflect.deleteProperty(files, facebook);
    });
    const result = await verifyPublishPackage(zip);
    expect(codes(result)).toEqual([
      { code: 'contentMismatch', path: '2026-12-06_1100_rathausfest', postId: FEST_ID },
      { code: 'contentMismatch', path: '2026-12-06_1100_rathausfest/alt-texts.txt', postId: FEST_ID },
      { code: 'contentMismatch', path: 'LIESMICH.txt', postId: null },
    ]);
    expect(result.problems[0]?.message).toBe(
      'approved for Facebook, but the package neither has its text nor lists it as left out',
    );
  });

  it('reports a missing, unreadable or foreign manifest as the one problem', async () => {
    const withoutManifest = zipSync({ 'LIESMICH.txt': strToU8('Hallo') });
    expect(codes(await verifyPublishPackage(withoutManifest))).toEqual([
      { code: 'manifestMissing', path: MANIFEST_FILE, postId: null },
    ]);
    const notJson = zipSync({ [MANIFEST_FILE]: strToU8('{"format": ') });
    const broken = await verifyPublishPackage(notJson);
    expect(broken.problems[0]?.message).toMatch(/^not valid JSON/);
    const version = await repacked((_files, manifest) => {
      Object.assign(manifest, { version: 4 });
    });
    const result = await verifyPublishPackage(version);
    expect(codes(result)).toEqual([{ code: 'manifestInvalid', path: MANIFEST_FILE, postId: null }]);
    expect(result.problems[0]?.message).toContain('at version');
  });

  it('reports a ZIP it refuses to read as unreadable, with the entry, instead of throwing', async () => {
    const slip = zipSync({
      [MANIFEST_FILE]: strToU8('{}'),
      '../../etc/cron.d/x': strToU8('* * * * * root sh'),
    });
    const result = await verifyPublishPackage(slip);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([{ code: 'unreadable', path: '../../etc/cron.d/x', postId: null }]);
    expect(result.problems[0]?.message).toContain('[badEntryName]');
    const bomb = zipSync({ [MANIFEST_FILE]: [new Uint8Array(4 * 1024 * 1024), { level: 9 }] });
    const refused = await verifyPublishPackage(bomb, { limits: { maxEntryBytes: 1024 * 1024 } });
    expect(refused.problems[0]?.message).toContain('[entryTooLarge]');
  });
});
