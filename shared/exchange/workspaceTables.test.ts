import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './workspace';
import { workspaceFile } from './testFixtures';
import { base64ToBytes, bytesToBase64, sha256HexSync } from './workspaceTables';
import { buildWorkspace, serializeWorkspace } from './workspaceBuild';

describe('base64 of media bytes', () => {
  it('round-trips any bytes and matches the platform encoder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses what is not padded standard base64', () => {
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab-_')).toBeNull();
    expect(base64ToBytes('a===')).toBeNull();
  });
});

describe('mediaFiles in a workspace', () => {
  const bytes = new Uint8Array([1, 2, 3, 4, 5]);
  const file = workspaceFile();
  const meta = { ...file.media[0], id: sha256HexSync(bytes) };

  it('accepts bytes whose SHA-256 is their id', () => {
    const result = parseWorkspace({
      ...file,
      media: [meta],
      mediaFiles: [{ id: meta.id, base64: bytesToBase64(bytes) }],
    });
    expect(result.ok && result.workspace.mediaFiles?.length).toBe(1);
  });

  it('names a damaged medium and its path', () => {
    const damaged = { id: meta.id, base64: bytesToBase64(new Uint8Array([1, 2, 3, 4, 6])) };
    expect(parseWorkspace({ ...file, media: [meta], mediaFiles: [damaged] })).toEqual({
      ok: false,
      message: 'the SHA-256 of the bytes does not match the id: the file is damaged',
      path: 'mediaFiles[0].id',
    });
  });
});

describe('buildWorkspace', () => {
  it('sorts rows, drops PIN hashes and gives the same bytes for the same tables', () => {
    const file = workspaceFile();
    const parsed = parseWorkspace(file);
    if (!parsed.ok) throw new Error(parsed.message);
    const profile = {
      id: 'b',
      name: 'Berta',
      initials: 'B',
      roles: ['editor' as const],
      publicKey: null,
      createdAt: '2026-11-01T08:00:00.000Z',
      pin: { salt: 's', iterations: 1, hash: 'h' },
    };
    const parts = {
      ...parsed.workspace,
      profiles: [profile, { ...profile, id: 'a', pin: null }],
      mediaBytes: [{ id: 'x', bytes: new Uint8Array([104, 105]) }],
    };
    const now = new Date('2026-11-25T15:00:00Z');
    const built = buildWorkspace(parts, now);
    expect(built.profiles.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(JSON.stringify(built.profiles)).not.toContain('pin');
    expect(built.mediaFiles).toEqual([{ id: 'x', base64: 'aGk=' }]);
    expect(built.exportedAt).toBe('2026-11-25T15:00:00.000Z');
    expect(
      serializeWorkspace(buildWorkspace({ ...parts, profiles: [...parts.profiles].reverse() }, now)),
    ).toBe(serializeWorkspace(built));
  });
});

describe('large media in a workspace', () => {
  // A 5 MB photo was about 7 MB of base64, past what a backtracking regular expression's stack holds.
  it('parses a workspace with a 6 MB and a 20 MB image', () => {
    const file = workspaceFile();
    const images = [6, 20].map((megabytes) =>
      new Uint8Array(megabytes * 1024 * 1024).map((_, index) => (index * 2_654_435_761) >>> 24),
    );
    const media = images.map((bytes) => ({
      ...file.media[0],
      id: sha256HexSync(bytes),
      byteLength: bytes.length,
    }));
    const text = JSON.stringify({
      ...file,
      media,
      mediaFiles: images.map((bytes, index) => ({ id: media[index]?.id, base64: bytesToBase64(bytes) })),
    });
    const result = parseWorkspace(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workspace.mediaFiles?.map((entry) => base64ToBytes(entry.base64)?.length)).toEqual(
      images.map((bytes) => bytes.length),
    );
  }, 120_000);
});
