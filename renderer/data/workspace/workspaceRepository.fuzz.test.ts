import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { servicePost, workspaceFile } from '../../../shared/exchange/testFixtures';
import { hostileJson, mutationOf } from '../../../shared/fuzz/jsonMutations';
import { db } from '../store/db';
import { clearRestoreUndo } from './restoreUndo';
import { seedDesk } from './workspaceTestDesk';
import { exportWorkspace, lastRestoreBackupAt, previewImport, restoreWorkspace } from './workspaceRepository';

const now = new Date('2026-11-25T15:00:00Z');
const VALID = JSON.parse(JSON.stringify(workspaceFile([servicePost()]))) as unknown;
const encoder = new TextEncoder();

/** Files as they come from outside: random bytes, broken UTF-8, random JSON, a valid file changed somewhere. */
const hostileFile: fc.Arbitrary<Uint8Array | string> = fc.oneof(
  fc.uint8Array({ maxLength: 256 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Uint8Array.from([0x7b, 0xff, 0xfe, ...bytes])),
  hostileJson.map((json) => JSON.stringify(json)),
  mutationOf(VALID).map((json) => encoder.encode(JSON.stringify(json))),
  fc.constant('['.repeat(100_000)),
);

let before: string;

beforeAll(async () => {
  vi.stubGlobal('Blob', NodeBlob);
  await db.open();
  await seedDesk();
  before = (await exportWorkspace({ includeMedia: true }, now)).json;
});

afterAll(async () => {
  await db.delete();
  await clearRestoreUndo();
});

describe('import of hostile workspace files', () => {
  it('previews any file without throwing or writing: a refusal names the problem and where', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (file) => {
        const preview = await previewImport(file, now);
        if (!preview.ok) {
          expect(preview.message.length).toBeGreaterThan(0);
          expect(typeof preview.path).toBe('string');
        }
      }),
      { numRuns: 60 },
    );
    expect((await exportWorkspace({ includeMedia: true }, now)).json).toBe(before);
  }, 60_000);

  it('restores nothing from a refused file: no undo kept, the desk byte-for-byte as before', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, async (file) => {
        const read = await previewImport(file, now);
        fc.pre(!read.ok);
        const result = await restoreWorkspace(
          file,
          { mode: 'merge', conflicts: {} },
          { actorId: 'ada', now },
        );
        expect(result.ok).toBe(false);
        expect(await lastRestoreBackupAt()).toBeNull();
      }),
      { numRuns: 40 },
    );
    expect((await exportWorkspace({ includeMedia: true }, now)).json).toBe(before);
  }, 60_000);
});
