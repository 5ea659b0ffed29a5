/**
 * The publish package's manifest carries the approved content (since version 2), and the verifier ties every file
 * to it. Packages are built as the app builds them (stored posts signed with real keys, `toExportPost`, the
 * export's selection and `buildExportFile`); attacks edit the ZIP and its manifest as someone with the file could,
 * and the package is then signed again by its certified exporter, so these checks are shown to hold on their own
 * (the manifest's signature is tested in verifyPackageSigned.test.ts).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../approval/contentHash';
import { approvalEnvelope } from '../approval/statementV2';
import { generateApproverKeys } from '../approval/signature';
import { signApprovalV2 } from '../approval/statementV2';
import { buildExportFile } from './exportFiles';
import { toExportPost } from './fromPost';
import { readmeText } from './packageTexts';
import { MANIFEST_FILE, README_FILE, sha256Hex, type PublishManifest } from './publishPackage';
import { selectForExport } from './selection';
import type { ExportPost } from './types';
import {
  verifyPublishPackage as verifyWith,
  type PackageTrust,
  type PackageVerification,
  type VerifyPackageOptions,
} from './verifyPackage';
import {
  AMT_ID,
  approve,
  asVersion1,
  exporterOf,
  FEST_ID,
  PACKAGE_NOW,
  packageOf as buildPackage,
  PHOTO_ID,
  resigned,
  signedPosts,
  trustOf,
  type SignedPosts,
} from './verifyPackageFixtures';

let signed: SignedPosts;
let trust: PackageTrust;
let exportPosts: ExportPost[];
let full: Uint8Array;

const packageOf = (posts: readonly ExportPost[]) => buildPackage(posts, exporterOf(signed.org));

beforeAll(async () => {
  signed = await signedPosts();
  trust = await trustOf(signed.org);
  exportPosts = [signed.fest, signed.amt].map((post) => toExportPost(post, signed.profiles));
  full = packageOf(exportPosts).zip;
});

/** Version 3: signed by the certified exporter as the package now is, and checked against the roster. */
async function verifyPublishPackage(zip: Uint8Array, options: VerifyPackageOptions = {}) {
  const version = (
    JSON.parse(strFromU8(unzipSync(zip)[MANIFEST_FILE] ?? strToU8('{}'))) as { version?: number }
  ).version;
  if (version !== 3) return verifyWith(zip, { trust, allowUnsigned: true, ...options });
  return verifyWith(await resigned(zip, signed.org.erika), { trust, ...options });
}

/** `zip` re-zipped after `edit` changed its files and its manifest (as an object). */
function repacked(zip: Uint8Array, edit: (files: Zippable, manifest: PublishManifest) => void): Uint8Array {
  const files: Zippable = { ...unzipSync(zip) };
  const manifestBytes = files[MANIFEST_FILE];
  if (!(manifestBytes instanceof Uint8Array)) throw new Error('no manifest');
  const manifest = JSON.parse(strFromU8(manifestBytes)) as PublishManifest;
  edit(files, manifest);
  files[MANIFEST_FILE] = strToU8(JSON.stringify(manifest, null, 2));
  return zipSync(files);
}

/** Replaces a file and lists its new SHA-256 and size in the manifest, as an attacker who read the format would. */
function replaceListed(files: Zippable, manifest: PublishManifest, path: string, bytes: Uint8Array): void {
  files[path] = bytes;
  const listed = manifest.files.find((file) => file.path === path);
  if (!listed) throw new Error(`${path} is not listed`);
  Object.assign(listed, { sha256: sha256Hex(bytes), size: bytes.length });
}

function festOf(manifest: PublishManifest) {
  const fest = manifest.posts.find(({ id }) => id === FEST_ID);
  if (!fest) throw new Error('fixture without the festival post');
  return fest;
}

const instagramOf = (manifest: PublishManifest): string =>
  festOf(manifest).networks.find(({ channel }) => channel === 'instagram')?.textFile ?? '';

const codes = (result: PackageVerification) =>
  result.problems.map(({ code, path, postId }) => ({ code, path, postId }));

describe('verifyPublishPackage: files against the approved content', () => {
  it('verifies a package the export made for only some networks cleanly, naming the networks left out', async () => {
    const { included } = selectForExport(exportPosts, {
      fromDate: '2026-11-30',
      toDate: '2026-12-06',
      timeZone: 'Europe/Berlin',
      now: PACKAGE_NOW,
      channels: ['instagram'],
    });
    expect(included.map(({ id, channels }) => [id, channels])).toEqual([[FEST_ID, ['instagram']]]);
    const built = packageOf(included);
    const [fest] = built.manifest.posts;
    expect(fest?.networks.map(({ channel }) => channel)).toEqual(['instagram']);
    expect(fest?.omittedChannels).toEqual(['facebook']);
    expect(fest?.approvedContent?.channels).toEqual(['instagram', 'facebook']);

    const result = await verifyPublishPackage(built.zip);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.omitted).toEqual([{ postId: FEST_ID, postTitle: 'Rathausfest', channels: ['facebook'] }]);
    expect(result.summary).toMatchObject({ posts: 1, approvalsVerified: 2, postsConfirmed: 1 });
  });

  it('fails an edited text even when the manifest lists its new hash, and an edited alt-text file too', async () => {
    let instagram = '';
    let altTexts = '';
    const zip = repacked(full, (files, manifest) => {
      instagram = instagramOf(manifest);
      altTexts = `${festOf(manifest).folder}/alt-texts.txt`;
      replaceListed(files, manifest, instagram, strToU8('Rathausfest fällt aus.'));
      const alt = strFromU8(files[altTexts] as Uint8Array).replace('Lichterketten', 'Polizei');
      replaceListed(files, manifest, altTexts, strToU8(alt));
    });
    const result = await verifyPublishPackage(zip);
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      { code: 'contentMismatch', path: instagram, postId: FEST_ID },
      { code: 'contentMismatch', path: altTexts, postId: FEST_ID },
    ]);
    expect(result.summary.filesVerified).toBe(result.summary.files);
    expect(result.summary.approvalsVerified).toBe(3);
  });

  it('fails the approvals when the approved content in the manifest is changed', async () => {
    const zip = repacked(full, (_files, manifest) => {
      const variant = festOf(manifest).approvedContent?.variants[0];
      if (!variant) throw new Error('no approved variant');
      variant.text = 'Rathausfest fällt aus.';
    });
    const result = await verifyPublishPackage(zip);
    expect(result.problems.map(({ code, postId }) => [code, postId])).toEqual([
      ['contentHashMismatch', FEST_ID],
      ['contentMismatch', FEST_ID],
      ['approvalForOtherContent', FEST_ID],
      ['approvalForOtherContent', FEST_ID],
    ]);
    expect(result.summary.approvalsVerified).toBe(1);
  });

  it('fails the approvals when text, file hash, approved content and every content hash were changed together', async () => {
    const zip = repacked(full, (files, manifest) => {
      const fest = festOf(manifest);
      const content = fest.approvedContent;
      const variant = content?.variants.find(({ channel }) => channel === 'instagram');
      if (!content || !variant) throw new Error('no approved instagram variant');
      variant.text = 'Rathausfest fällt aus.';
      replaceListed(files, manifest, instagramOf(manifest), strToU8(variant.text));
      const forged = contentHash({ ...signed.fest, variants: content.variants });
      fest.contentHash = forged;
      for (const approval of fest.approvals) approval.contentHash = forged;
    });
    const result = await verifyPublishPackage(zip);
    expect(
      result.problems.map(({ code, postId, message }) => [code, postId, message.replace(/^.*: /, '')]),
    ).toEqual([
      [
        'statementMismatch',
        FEST_ID,
        'the signed statement names another post, revision, step, signer, key or time',
      ],
      [
        'statementMismatch',
        FEST_ID,
        'the signed statement names another post, revision, step, signer, key or time',
      ],
    ]);
  });

  it('fails a changed time, a file no post accounts for and a network added to a post', async () => {
    const zip = repacked(full, (files, manifest) => {
      const fest = festOf(manifest);
      fest.scheduledAt = '2026-12-06T03:00:00+01:00';
      const note = strToU8('Bitte auch auf TikTok posten.');
      files[`${fest.folder}/hinweis.txt`] = note;
      manifest.files.push({ path: `${fest.folder}/hinweis.txt`, sha256: sha256Hex(note), size: note.length });
      const x = strToU8('Rathausfest fällt aus.');
      files[`${fest.folder}/x.txt`] = x;
      manifest.files.push({ path: `${fest.folder}/x.txt`, sha256: sha256Hex(x), size: x.length });
      fest.networks.push({ channel: 'x', format: 'feed', textFile: `${fest.folder}/x.txt`, mediaFiles: [] });
    });
    const result = await verifyPublishPackage(zip);
    const folder = '2026-12-06_1100_rathausfest';
    expect(codes(result)).toEqual([
      { code: 'contentMismatch', path: folder, postId: FEST_ID },
      { code: 'contentMismatch', path: `${folder}/x.txt`, postId: FEST_ID },
      { code: 'contentMismatch', path: 'LIESMICH.txt', postId: null },
      { code: 'unaccountedFile', path: `${folder}/hinweis.txt`, postId: null },
    ]);
    expect(result.problems.map(({ message }) => message)).toEqual([
      'the time of "Rathausfest" in the manifest is not the approved time',
      'X is not part of the approved content of "Rathausfest"',
      'the read-me differs from the one written for these posts (their times and networks)',
      'listed in the manifest, but no post in the package accounts for it',
    ]);
  });

  it('fails a read-me or a folder name that shows another time, even when all else was made to match', async () => {
    const readme = repacked(full, (files, manifest) => {
      const text = strFromU8(files[README_FILE] as Uint8Array).replace(
        'So 06.12.2026 11:00',
        'So 06.12.2026 03:00',
      );
      expect(text).toContain('So 06.12.2026 03:00 Uhr – Rathausfest');
      replaceListed(files, manifest, README_FILE, strToU8(text));
    });
    expect(codes(await verifyPublishPackage(readme))).toEqual([
      { code: 'contentMismatch', path: README_FILE, postId: null },
    ]);

    const from = '2026-12-06_1100_rathausfest';
    const to = '2026-12-06_0300_rathausfest';
    const renamed = repacked(full, (files, manifest) => {
      for (const name of Object.keys(files).filter((path) => path.startsWith(`${from}/`))) {
        files[name.replace(from, to)] = files[name] as Uint8Array;
        Reflect.deleteProperty(files, name);
      }
      const moved = JSON.parse(JSON.stringify(manifest).replaceAll(from, to)) as PublishManifest;
      Object.assign(manifest, moved);
      const posts = manifest.posts.map(({ title, folder, scheduledAt, networks }) => ({
        title,
        folder,
        scheduledAt,
        networks,
      }));
      const text = readmeText(posts, manifest.timeZone, new Date(manifest.generatedAt), manifest.readmeNotes);
      replaceListed(files, manifest, README_FILE, strToU8(text));
    });
    const result = await verifyPublishPackage(renamed);
    expect(codes(result)).toEqual([{ code: 'contentMismatch', path: to, postId: FEST_ID }]);
    expect(result.problems[0]?.message).toBe(
      'the folder name of "Rathausfest" does not start with the approved time',
    );
  });

  it('verifies a post that lists the same image twice (written once, with the first alt text)', async () => {
    const twice = await approve(
      {
        ...signed.fest,
        media: [
          { mediaId: PHOTO_ID, altText: 'Der Rathausplatz mit Buden und Lichterketten' },
          { mediaId: PHOTO_ID, altText: 'Noch einmal der Rathausplatz' },
        ],
      },
      [signed.paula],
      signed.org.orgId,
    );
    const built = packageOf([toExportPost(twice, signed.profiles)]);
    const [post] = built.manifest.posts;
    expect(post?.media.map(({ mediaId }) => mediaId)).toEqual([PHOTO_ID]);
    expect(post?.approvedContent?.media).toHaveLength(2);
    const result = await verifyPublishPackage(built.zip);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.summary.postsConfirmed).toBe(1);
    // Version 1 could not rebuild this post's content hash from the package.
    const old = await verifyPublishPackage(asVersion1(built.zip));
    expect(old.warnings.map(({ code }) => code)).toEqual([
      'unsigned',
      'partlyVerifiable',
      'contentNotConfirmed',
    ]);
  });

  it('warns for an approved image left out because its file was missing at export', async () => {
    const file = buildExportFile(exportPosts, {
      format: 'zip',
      timeZone: 'Europe/Berlin',
      now: PACKAGE_NOW,
      fromDate: '2026-11-30',
      toDate: '2026-12-06',
      media: {},
      exporter: exporterOf(signed.org),
    });
    expect(file.missingMedia).toEqual([PHOTO_ID]);
    const result = await verifyPublishPackage(file.bytes);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(({ code, postId }) => [code, postId])).toEqual([['mediaOmitted', FEST_ID]]);
    expect(result.warnings[0]?.message).toContain(PHOTO_ID.slice(0, 12));
  });

  it('takes no key from the package: an approval signed by a key swapped in is not certified', async () => {
    const mallory = await generateApproverKeys('ECDSA-P256');
    const [genuine] = signed.amt.workflow.approvals;
    const statement = genuine?.signature?.statement;
    if (!statement) throw new Error('fixture without a signed statement');
    const forged = await signApprovalV2({ ...statement, keyId: mallory.keyId }, mallory);
    const envelope = approvalEnvelope(forged);
    const zip = repacked(full, (_files, manifest) => {
      const approval = manifest.posts.find(({ id }) => id === AMT_ID)?.approvals[0];
      if (!approval) throw new Error('fixture without the approval of the Bürgeramt post');
      Object.assign(approval, { keyId: mallory.keyId, publicKeyJwk: mallory.publicKeyJwk, envelope });
    });
    const checked = await verifyPublishPackage(zip);
    expect(codes(checked)).toEqual([{ code: 'approverNotCertified', path: null, postId: AMT_ID }]);
    expect(checked.approvals.map(({ postId, certified }) => [postId, certified])).toEqual([
      [FEST_ID, true],
      [FEST_ID, true],
    ]);
    // Without an anchor the package's own keys make it look whole, and it is still not trusted.
    const unanchored = await verifyWith(await resigned(zip, signed.org.erika));
    expect({ status: unanchored.status, ok: unanchored.ok }).toEqual({ status: 'unanchored', ok: false });
  });
});

describe('verifyPublishPackage, version 1 (only when asked)', () => {
  it('refuses a version 1 package; asked explicitly, reads it as partly verifiable and unsigned', async () => {
    const refused = await verifyWith(asVersion1(full), { trust });
    expect(codes(refused)).toEqual([{ code: 'unsigned', path: MANIFEST_FILE, postId: null }]);
    const result = await verifyPublishPackage(asVersion1(full));
    expect(result.version).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.warnings.map(({ code }) => code)).toEqual(['unsigned', 'partlyVerifiable']);
    expect(result.warnings[1]?.message).toMatch(/^version 1: content only partly verifiable/);
    expect(result.summary).toMatchObject({ postsConfirmed: 2 });
  });

  it('never passes a changed text whose hash the manifest lists', async () => {
    const zip = repacked(asVersion1(full), (files, manifest) => {
      replaceListed(files, manifest, instagramOf(manifest), strToU8('Rathausfest fällt aus.'));
    });
    const result = await verifyPublishPackage(zip);
    expect(result.ok).toBe(false);
    expect(result.warnings.map(({ code, postId }) => [code, postId])).toEqual([
      ['unsigned', null],
      ['partlyVerifiable', null],
      ['contentNotConfirmed', FEST_ID],
    ]);
  });
});
