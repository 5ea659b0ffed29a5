/**
 * Cross-check of the publish package with the system's Info-ZIP `unzip` (an independent reader): the archive
 * tests clean, lists every file, and each file's bytes (piped out by `unzip -p`) hash, with Node's own SHA-256,
 * to the value in manifest.json. Skipped where `unzip` is not installed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildPublishPackage,
  MANIFEST_FILE,
  sha256Hex,
  type PublishManifest,
} from '../../../shared/export/publishPackage';
import { exportPost } from '../../../shared/export/testFixtures';

function hasUnzip(): boolean {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'civic-desk-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasUnzip())('publish package read by Info-ZIP unzip', () => {
  it('tests clean, lists every file and every file matches its manifest hash', () => {
    const image = Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 251);
    const imageId = sha256Hex(image);
    const post = exportPost({
      title: 'Neujahrsempfang im Rathaus – Einladung',
      channels: ['linkedin', 'instagram'],
      media: [{ mediaId: imageId, altText: 'Der Festsaal mit Kronleuchtern' }],
      variants: [
        { channel: 'linkedin', format: 'feed', text: 'Herzliche Einladung! ✨', mediaIds: [imageId] },
        { channel: 'instagram', format: 'feed', text: 'Ümlaute & Emoji 🎉', mediaIds: [imageId] },
      ],
    });
    const { zip } = buildPublishPackage({
      posts: [post],
      media: { [imageId]: { mimeType: 'image/webp', bytes: image } },
      timeZone: 'Europe/Zurich',
      now: new Date('2026-12-31T11:00:00Z'),
    });
    const file = join(dir, 'paket.zip');
    writeFileSync(file, zip);

    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const manifest = JSON.parse(
      execFileSync('unzip', ['-p', file, MANIFEST_FILE], { encoding: 'utf8' }),
    ) as PublishManifest;
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.sort()).toEqual([MANIFEST_FILE, ...manifest.files.map((f) => f.path)].sort());
    for (const entry of manifest.files) {
      const bytes = execFileSync('unzip', ['-p', file, entry.path]);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
    }
    const folder = manifest.posts[0]?.folder ?? '';
    expect(folder).toBe('2026-11-26_1000_neujahrsempfang-im-rathaus-einladung');
    expect(execFileSync('unzip', ['-p', file, `${folder}/instagram.txt`], { encoding: 'utf8' })).toBe(
      'Ümlaute & Emoji 🎉',
    );
    expect(execFileSync('unzip', ['-Z', '-T', file, `${folder}/bild-1.webp`], { encoding: 'utf8' })).toMatch(
      /20261231\.120000/,
    );
  });
});
