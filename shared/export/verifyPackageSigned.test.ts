/**
 * Version 3 of the publish package, signed whole, against a corpus of forged and changed packages made by code:
 * each is refused, the genuine package is trusted, and any one-byte change of the signed manifest or of any file
 * is refused (property tests).
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable, type ZipOptions } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateApproverKeys } from '../approval/signature';
import { createPolicies, createRevoke, publicKeyInfoOf } from '../trust/roster';
import { verifyRoster } from '../trust/verifyRoster';
import { toExportPost } from './fromPost';
import { MANIFEST_FILE, SIGNATURE_FILE, sha256Hex, type PublishManifest } from './publishPackage';
import { verifyPublishPackage, type PackageTrust, type PackageVerification } from './verifyPackage';
import {
  AMT_ID,
  approve,
  asVersion,
  exporterOf,
  FEST_ID,
  organisation,
  packageOf,
  resigned,
  signedPackage,
  signedPosts,
  trustOf,
  type SignedPackage,
} from './verifyPackageFixtures';

let built: SignedPackage;

beforeAll(async () => {
  built = await signedPackage();
});

const verify = (zip: Uint8Array, extra: { allowUnsigned?: boolean; trust?: PackageTrust | null } = {}) =>
  verifyPublishPackage(zip, { trust: built.trust, ...extra });

const codes = (result: PackageVerification): string[] => [
  ...new Set(result.problems.map(({ code }) => code)),
];

function manifestOf(zip: Uint8Array): PublishManifest {
  return JSON.parse(strFromU8(unzipSync(zip)[MANIFEST_FILE] ?? new Uint8Array(0))) as PublishManifest;
}

/** The signed package re-zipped after `edit` changed its files and its manifest (the old signature kept). */
function repacked(zip: Uint8Array, edit: (files: Zippable, manifest: PublishManifest) => void): Uint8Array {
  const files: Zippable = { ...unzipSync(zip) };
  const manifest = manifestOf(zip);
  edit(files, manifest);
  files[MANIFEST_FILE] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  return zipSync(files);
}

/** Lists a replaced file's new SHA-256 and size in the manifest, as an attacker who read the format would. */
function relist(files: Zippable, manifest: PublishManifest, path: string, bytes: Uint8Array): void {
  files[path] = bytes;
  const listed = manifest.files.find((file) => file.path === path);
  if (!listed) throw new Error(`${path} is not listed`);
  Object.assign(listed, { sha256: sha256Hex(bytes), size: bytes.length });
}

function postOf(manifest: PublishManifest, id: string) {
  const post = manifest.posts.find((candidate) => candidate.id === id);
  if (!post) throw new Error(`no post ${id}`);
  return post;
}

const pathOf = (manifest: PublishManifest, suffix: string): string =>
  manifest.files.find(({ path }) => path.endsWith(suffix))?.path ?? '';

const u32 = (bytes: Uint8Array, at: number): number =>
  new DataView(bytes.buffer, bytes.byteOffset).getUint32(at, true);

/** `bytes` inserted at `at`, with every central-directory offset behind it moved (a well-formed ZIP again). */
function insertAt(zip: Uint8Array, at: number, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip.length + bytes.length);
  out.set(zip.subarray(0, at));
  out.set(bytes, at);
  out.set(zip.subarray(at), at + bytes.length);
  const view = new DataView(out.buffer);
  const eocd = out.length - 22;
  const cd = view.getUint32(eocd + 16, true) + (view.getUint32(eocd + 16, true) >= at ? bytes.length : 0);
  view.setUint32(eocd + 16, cd, true);
  for (let p = cd; p < eocd;) {
    const local = view.getUint32(p + 42, true);
    if (local >= at) view.setUint32(p + 42, local + bytes.length, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** The local header and data of `name` as a one-entry ZIP writes them (a complete local entry). */
function localEntry(name: string, content: Uint8Array): Uint8Array {
  const one = zipSync({ [name]: [content, { level: 0 }] });
  return one.slice(0, u32(one, one.length - 22 + 16));
}

/** The signed package re-zipped with `options` on one entry (extra fields, attributes). */
function rezippedWith(path: string, options: ZipOptions, content?: Uint8Array): Uint8Array {
  const files = unzipSync(built.zip);
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) {
    zippable[name] = name === path ? [content ?? bytes, options] : bytes;
  }
  return zipSync(zippable);
}

describe('verifyPublishPackage, version 3 (signed whole)', () => {
  it('trusts the package as the desk signs it, naming the certified exporter and approvers', async () => {
    const result = await verify(built.zip);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect({ status: result.status, ok: result.ok, version: result.version }).toEqual({
      status: 'trusted',
      ok: true,
      version: 3,
    });
    expect(result.signer).toEqual({
      profileId: 'erika-3',
      name: 'Erika Export',
      keyId: built.org.erika.keys.keyId,
      certified: true,
    });
    expect(
      result.approvals.map(({ postId, approverId, certified }) => [postId, approverId, certified]),
    ).toEqual([
      [AMT_ID, 'paula-1', true],
      [FEST_ID, 'paula-1', true],
      [FEST_ID, 'lena-2', true],
    ]);
    expect(result.summary.postsConfirmed).toBe(2);
  });

  it('without a trust anchor, checks it whole but says unanchored (never ok)', async () => {
    const result = await verify(built.zip, { trust: null });
    expect(result.problems).toEqual([]);
    expect(result.warnings.map(({ code }) => code)).toEqual(['unanchored']);
    expect({ status: result.status, ok: result.ok }).toEqual({ status: 'unanchored', ok: false });
  });

  it.each([
    ['an unsigned version 3 export', () => built.unsignedZip, 3],
    ['a package relabelled as version 1', () => asVersion(built.zip, 1), 1],
    ['a version 2 package', () => asVersion(built.zip, 2), 2],
  ])('refuses %s unless asked explicitly, and then says unsigned', async (_name, zip, version) => {
    const refused = await verify(zip());
    expect(codes(refused)).toEqual(['unsigned']);
    expect({ status: refused.status, version: refused.version }).toEqual({ status: 'invalid', version });
    const allowed = await verify(zip(), { allowUnsigned: true });
    expect(allowed.warnings.map(({ code }) => code)).toContain('unsigned');
    expect(allowed.ok).toBe(false);
    expect(['unsigned', 'invalid']).toContain(allowed.status);
  });

  it('a version 1 relabelling no longer turns a changed text into a warning', async () => {
    const v1 = asVersion(built.zip, 1);
    const path = pathOf(built.manifest, 'instagram.txt');
    const changed = repacked(v1, (files, manifest) => relist(files, manifest, path, strToU8('Geändert!')));
    expect((await verify(changed)).status).toBe('invalid');
    expect((await verify(changed, { allowUnsigned: true })).ok).toBe(false);
  });

  it.each([
    ['a title', (m: PublishManifest) => (postOf(m, FEST_ID).title = 'Rathausfest abgesagt')],
    ['a folder name', (m: PublishManifest) => (postOf(m, FEST_ID).folder = `${postOf(m, FEST_ID).folder}-x`)],
    [
      'an approver name',
      (m: PublishManifest) => {
        const [first] = postOf(m, FEST_ID).approvals;
        if (first) first.approverName = 'Bürgermeisterin';
      },
    ],
    ['a time', (m: PublishManifest) => (postOf(m, AMT_ID).scheduledAt = '2026-12-03T11:00:00+01:00')],
    ['the exporter', (m: PublishManifest) => m.exporter !== null && (m.exporter.name = 'Lena Leitung')],
    [
      'an alt text',
      (m: PublishManifest) => {
        for (const media of postOf(m, FEST_ID).media) media.altText = 'Ein anderes Bild';
      },
    ],
  ])('refuses %s changed in the manifest (the signature covers its bytes)', async (_what, edit) => {
    const result = await verify(repacked(built.zip, (_files, manifest) => edit(manifest)));
    expect(codes(result)).toContain('manifestSignatureInvalid');
    expect(result.status).toBe('invalid');
  });

  it('refuses a changed text and a changed alt-text file, listed anew or not', async () => {
    const text = pathOf(built.manifest, 'instagram.txt');
    const alt = pathOf(built.manifest, 'alt-texts.txt');
    const plain = repacked(built.zip, (files) => (files[text] = strToU8('Heute geschlossen.')));
    expect(codes(await verify(plain))).toEqual(expect.arrayContaining(['hashMismatch', 'contentMismatch']));
    const listed = repacked(built.zip, (files, manifest) =>
      relist(files, manifest, alt, strToU8('Bild: egal')),
    );
    expect(codes(await verify(listed))).toEqual(
      expect.arrayContaining(['manifestSignatureInvalid', 'contentMismatch']),
    );
  });

  it('catches changed content even when a certified exporter re-signs the manifest', async () => {
    const text = pathOf(built.manifest, 'instagram.txt');
    const changed = repacked(built.zip, (files, manifest) =>
      relist(files, manifest, text, strToU8('Anders.')),
    );
    const result = await verify(await resigned(changed, built.org.erika));
    expect(codes(result)).toEqual(['contentMismatch']);
  });

  it('refuses a manifest signed with a key the roster does not certify, or of another organisation', async () => {
    const stranger = { id: 'erika-3', keys: await generateApproverKeys('ECDSA-P256') };
    expect(codes(await verify(await resigned(built.zip, stranger)))).toEqual(['manifestSignatureInvalid']);
    const posing = repacked(built.zip, (_files, manifest) => {
      manifest.exporter = exporterOf(built.org, stranger);
    });
    expect(codes(await verify(await resigned(posing, stranger)))).toEqual(['exporterNotCertified']);
    const other = await trustOf(await organisation());
    expect(codes(await verify(built.zip, { trust: other }))).toContain('otherOrganisation');
  });

  it('refuses a package signed after the exporter key was revoked', async () => {
    const { org } = built;
    const revoke = await createRevoke(
      org.root,
      { orgId: org.orgId, profileId: 'erika-3', keyId: org.erika.keys.keyId, reason: 'Laptop verloren' },
      new Date('2026-11-26T00:00:00.000Z'),
    );
    const trust = { roster: await verifyRoster([...org.entries, revoke], publicKeyInfoOf(org.root)) };
    expect(codes(await verify(built.zip, { trust }))).toEqual(['exporterNotCertified']);
  });

  it('counts a duplicated approval once and refuses it, even when a certified insider re-signs', async () => {
    const doubled = repacked(built.zip, (_files, manifest) => {
      const amt = postOf(manifest, AMT_ID);
      const [only] = amt.approvals;
      if (only) amt.approvals.push({ ...only });
    });
    const result = await verify(await resigned(doubled, built.org.erika));
    expect(codes(result)).toEqual(['duplicateApproval']);
    expect(result.approvals.filter(({ postId }) => postId === AMT_ID)).toHaveLength(1);
  });

  it('refuses approvals by an editor-only key, by the author, and for other organisations', async () => {
    const { org } = built;
    const signed = await signedPosts(org);
    const byEditor = await approve(signed.amt, [org.eddi], org.orgId);
    const byAuthor = await approve({ ...signed.amt, createdBy: 'paula-1' }, [org.paula], org.orgId);
    const elsewhere = await approve(signed.amt, [org.paula], 'ffffffffffffffff');
    for (const [post, code] of [
      [byEditor, 'approverNotCertified'],
      [byAuthor, 'selfApproval'],
      [elsewhere, 'otherOrganisation'],
    ] as const) {
      const pkg = packageOf([toExportPost(post, signed.profiles)], exporterOf(org));
      const zip = await resigned(pkg.zip, org.erika);
      expect(codes(await verify(zip))).toEqual([code]);
    }
  });

  it('refuses a post whose category policy asks for more steps than it has', async () => {
    const { org } = built;
    const policies = await createPolicies(
      org.root,
      {
        orgId: org.orgId,
        approvalPolicies: {
          default: { steps: [{ approvers: { kind: 'role', role: 'approver' }, mode: 'any' }] },
          byCategory: {
            Service: {
              steps: [
                { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
                { approvers: { kind: 'role', role: 'approver' }, mode: 'any' },
              ],
            },
          },
        },
      },
      new Date('2026-11-02T00:00:00.000Z'),
    );
    const trust = { roster: await verifyRoster([...org.entries, policies], publicKeyInfoOf(org.root)) };
    const result = await verify(built.zip, { trust });
    // Both posts are "Service": the festival's two approvers meet it, the Bürgeramt's one does not.
    expect(result.problems.map(({ code, postId }) => [code, postId])).toEqual([['policyNotMet', AMT_ID]]);
  });
});

describe('verifyPublishPackage refuses what another extractor reads differently', () => {
  const text = (): string => pathOf(built.manifest, 'instagram.txt');

  it('a local entry the central directory does not list (a streaming extractor unpacks it)', async () => {
    const cd = u32(built.zip, built.zip.length - 22 + 16);
    const hidden = insertAt(built.zip, cd, localEntry(text(), strToU8('Heute geschlossen.')));
    const result = await verify(hidden);
    expect(codes(result)).toEqual(['unreadable']);
    expect(result.problems[0]?.message).toContain('[ambiguous]');
  });

  it('junk between entries, and before the first one', async () => {
    const cd = u32(built.zip, built.zip.length - 22 + 16);
    const firstEnd = [...Array(cd).keys()].find((at) => at > 0 && u32(built.zip, at) === 0x04034b50) ?? 0;
    expect(codes(await verify(insertAt(built.zip, firstEnd, strToU8('JUNK'))))).toEqual(['unreadable']);
    expect(codes(await verify(insertAt(built.zip, 0, strToU8('MZ stub'))))).toEqual(['unreadable']);
  });

  it('an Info-ZIP Unicode Path extra field, and other name-changing extras', async () => {
    const path = text();
    const unicodePath = new Uint8Array([1, 0, 0, 0, 0, ...strToU8('../../evil.txt')]);
    const result = await verify(rezippedWith(path, { extra: { 0x7075: unicodePath } }));
    expect(codes(result)).toEqual(['unreadable']);
    expect(result.problems[0]?.message).toContain('Unicode Path');
    expect(codes(await verify(rezippedWith(path, { extra: { 0x000d: new Uint8Array(12) } })))).toEqual([
      'unreadable',
    ]);
  });

  it('a symlink entry and other non-regular entries', async () => {
    const path = text();
    for (const mode of [0o120777, 0o020666, 0o010644, 0o104755]) {
      const zip = rezippedWith(path, { os: 3, attrs: (mode << 16) >>> 0 });
      const result = await verify(zip);
      expect(result.problems[0]?.message).toContain('[notRegular]');
    }
    expect((await verify(rezippedWith(path, { os: 3, attrs: (0o100644 << 16) >>> 0 }))).status).toBe(
      'trusted',
    );
  });

  it('a ZIP whose local and central headers disagree', async () => {
    const changed = built.zip.slice();
    changed[8] = (changed[8] ?? 0) ^ 0x08; // the first entry's compression method in its local header
    const result = await verify(changed);
    expect(result.problems[0]?.message).toContain('[ambiguous]');
  });
});

describe('any one-byte change of anything signed is refused', () => {
  it('one byte of the signed manifest', async () => {
    const files = unzipSync(built.zip);
    const manifestBytes = files[MANIFEST_FILE] ?? new Uint8Array(0);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: manifestBytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const changed = manifestBytes.slice();
          changed[at] = (changed[at] ?? 0) ^ flip;
          const zip = zipSync({ ...files, [MANIFEST_FILE]: changed });
          const result = await verify(zip);
          expect(result.status).toBe('invalid');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('one byte of any file in the package', async () => {
    const files = unzipSync(built.zip);
    const paths = Object.keys(files).filter((path) => path !== MANIFEST_FILE && !path.endsWith('/'));
    expect(paths).toContain(SIGNATURE_FILE);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (path, position, flip) => {
          const original = files[path] ?? new Uint8Array(0);
          const changed = original.slice();
          const at = position % changed.length;
          changed[at] = (changed[at] ?? 0) ^ flip;
          const result = await verify(zipSync({ ...files, [path]: changed }));
          expect(result.status).toBe('invalid');
        },
      ),
      { numRuns: 80 },
    );
  });
});
