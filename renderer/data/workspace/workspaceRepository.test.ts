import { Blob as NodeBlob } from 'node:buffer';
import fc from 'fast-check';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Post } from '../../../shared/model/post';
import { canonicalJson } from '../../../shared/approval/webCrypto';
import { db } from '../store/db';
import { clearRestoreUndo } from './restoreUndo';
import { clearDesk, seedDesk, SIMPLE_SEED, type DeskSeed } from './workspaceTestDesk';
import {
  exportWorkspace,
  lastRestoreBackupAt,
  previewImport,
  restoreWorkspace,
  undoLastRestore,
} from './workspaceRepository';

const now = new Date('2026-11-25T15:00:00Z');
const replace = { mode: 'replace', conflicts: {} } as const;
const admin = { actorId: 'ada', now };
const RESTORE_ACTIONS = new Set(['workspaceRestored', 'workspaceMerged', 'restoreUndone']);

/** The desk's file without the audit entries a restore or undo writes about itself (at the end of the chain). */
function withoutRestoreEntries(json: string): string {
  const file = JSON.parse(json) as { audit: { action: string }[] };
  while (file.audit.length > 0 && RESTORE_ACTIONS.has(file.audit.at(-1)?.action ?? '')) file.audit.pop();
  return canonicalJson(file);
}

// jsdom's Blob does not survive the structured clone into fake-indexeddb; Node's own Blob does (as in browsers).
beforeAll(() => vi.stubGlobal('Blob', NodeBlob));

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
  await clearRestoreUndo();
});

async function stored(id: string): Promise<Post> {
  const post = await db.posts.get(id);
  if (post === undefined) throw new Error(`no post ${id}`);
  return post;
}

async function snapshot(): Promise<string> {
  return (await exportWorkspace({ includeMedia: true }, now)).json;
}

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
const seedArbitrary: fc.Arbitrary<DeskSeed> = fc.record({
  postTitles: fc.array(fc.string({ maxLength: 40 }), { minLength: 0, maxLength: 4 }),
  notes: fc.string({ maxLength: 60 }),
  snippetLabel: text.map((value) => value.slice(0, 60)),
  commentText: text,
  auditNotes: fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
  mediaBytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
});

describe('exportWorkspace', () => {
  it('writes every table, profiles without PIN hashes, and the media bytes only when asked', async () => {
    await seedDesk();
    await db.profiles.update('anna', { pin: { salt: 'c2FsdA', iterations: 600000, hash: 'aGFzaA' } });
    const plain = await exportWorkspace({ includeMedia: false }, now);
    expect(plain.workspace.posts.map((post) => post.title)).toEqual(SIMPLE_SEED.postTitles);
    expect(plain.workspace.series).toHaveLength(1);
    expect(plain.workspace.templates).toHaveLength(1);
    expect(plain.workspace.snippets).toHaveLength(1);
    expect(plain.workspace.comments).toHaveLength(1);
    expect(plain.workspace.audit).toHaveLength(2);
    expect(plain.workspace.mediaFiles).toBeUndefined();
    expect(plain.json).not.toContain('"pin"');
    expect(plain.json).not.toContain('aGFzaA');
    const full = await exportWorkspace({ includeMedia: true }, now);
    expect(full.workspace.mediaFiles).toHaveLength(1);
  });

  it('is byte-identical after export, import into an empty database and export again', async () => {
    await fc.assert(
      fc.asyncProperty(seedArbitrary, async (seed) => {
        await clearDesk();
        await seedDesk(seed);
        const first = await snapshot();
        await clearDesk();
        const restored = await restoreWorkspace(first, replace, admin);
        expect(restored.ok).toBe(true);
        expect(withoutRestoreEntries(await snapshot())).toBe(first);
      }),
      { numRuns: 15 },
    );
  });
});

describe('previewImport', () => {
  it('counts what is new, changed and gone per table and lists the conflicts', async () => {
    await seedDesk();
    const file = JSON.parse(await snapshot()) as { posts: { id: string; title: string }[] };
    file.posts[0] = { ...file.posts[0], id: 'post-0', title: 'Geänderter Titel' };
    file.posts.push({ ...file.posts[1], id: 'post-new', title: 'Neu' });
    await db.posts.put({ ...(await stored('post-1')), id: 'post-mine' });
    const preview = await previewImport(JSON.stringify(file), now);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.summary.tables.posts).toEqual({ added: 1, changed: 1, unchanged: 1, removed: 1 });
    expect(preview.summary.conflicts).toEqual([
      { table: 'posts', id: 'post-0', label: 'Geänderter Titel', suggested: 'mine' },
    ]);
    expect(preview.summary.audit.relation).toBe('same');
  });
});

describe('restoreWorkspace', () => {
  it('merges: new rows come in, conflicts follow the choice, my own rows stay', async () => {
    await seedDesk();
    const file = JSON.parse(await snapshot()) as { posts: { id: string; title: string }[] };
    file.posts[0] = { ...file.posts[0], id: 'post-0', title: 'Aus der Datei' };
    file.posts[1] = { ...file.posts[1], id: 'post-1', title: 'Auch aus der Datei' };
    await db.posts.put({ ...(await stored('post-1')), id: 'post-mine' });
    const result = await restoreWorkspace(
      JSON.stringify(file),
      { mode: 'merge', conflicts: { 'posts/post-0': 'theirs' } },
      admin,
    );
    expect(result.ok).toBe(true);
    expect((await db.posts.get('post-0'))?.title).toBe('Aus der Datei');
    expect((await db.posts.get('post-1'))?.title).toBe(SIMPLE_SEED.postTitles[1]);
    expect(await db.posts.get('post-mine')).toBeDefined();
  });

  it('keeps PIN hashes of profiles that stay', async () => {
    await seedDesk();
    const pin = { salt: 'c2FsdA', iterations: 600000, hash: 'aGFzaA' };
    await db.profiles.update('anna', { pin });
    await restoreWorkspace(await snapshot(), replace, admin);
    expect((await db.profiles.get('anna'))?.pin).toEqual(pin);
  });

  it('can be undone: the desk is back as it was before the restore', async () => {
    await seedDesk();
    const before = await snapshot();
    await clearDesk();
    await seedDesk({ ...SIMPLE_SEED, postTitles: ['Ganz anders'], auditNotes: ['x'] });
    const other = await snapshot();
    await clearDesk();
    await seedDesk();
    const result = await restoreWorkspace(other, replace, admin);
    expect(result.ok).toBe(true);
    expect(await lastRestoreBackupAt()).toBe(now.toISOString());
    expect(withoutRestoreEntries(await snapshot())).toBe(other);
    expect(await undoLastRestore(admin)).toBe(true);
    expect(withoutRestoreEntries(await snapshot())).toBe(before);
    expect((await db.audit.orderBy('seq').last())?.action).toBe('restoreUndone');
    expect(await undoLastRestore(admin)).toBe(false);
  });
});

type Mutation = { name: string; apply: (file: Record<string, unknown>) => unknown };

function at(file: Record<string, unknown>, table: string, index: number): Record<string, unknown> {
  return (file[table] as Record<string, unknown>[])[index] as Record<string, unknown>;
}

const MUTATIONS: Mutation[] = [
  { name: 'not JSON', apply: () => '{"format": "civic-desk-workspace", ' },
  { name: 'wrong type', apply: (file) => ({ ...file, posts: 'alle' }) },
  { name: 'wrong type in a post', apply: (file) => ((at(file, 'posts', 0).title = 42), file) },
  { name: 'unknown field', apply: (file) => ({ ...file, extra: true }) },
  { name: 'unknown field in a profile', apply: (file) => ((at(file, 'profiles', 0).pin = 'x'), file) },
  { name: 'huge id', apply: (file) => ((at(file, 'posts', 0).id = 'x'.repeat(100_000)), file) },
  { name: 'bad media hash', apply: (file) => ((at(file, 'mediaFiles', 0).base64 = 'AAAA'), file) },
  { name: 'media bytes not base64', apply: (file) => ((at(file, 'mediaFiles', 0).base64 = '!!!!'), file) },
  { name: 'changed audit entry', apply: (file) => ((at(file, 'audit', 0).note = 'anders'), file) },
  { name: 'removed audit entry', apply: (file) => ((file.audit as unknown[]).shift(), file) },
  { name: 'duplicate post id', apply: (file) => ((at(file, 'posts', 1).id = 'post-0'), file) },
  { name: 'newer version', apply: (file) => ({ ...file, version: 99 }) },
  { name: 'an array', apply: () => [] },
];

describe('broken or hostile files', () => {
  it('never change the database and name the first problem', async () => {
    await seedDesk();
    const good = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MUTATIONS), fc.boolean(), async (mutation, merge) => {
        const mutated = mutation.apply(JSON.parse(good) as Record<string, unknown>);
        const file = typeof mutated === 'string' ? mutated : JSON.stringify(mutated);
        const preview = await previewImport(file, now);
        const result = await restoreWorkspace(
          new TextEncoder().encode(file),
          { mode: merge ? 'merge' : 'replace', conflicts: {} },
          admin,
        );
        expect(preview.ok, mutation.name).toBe(false);
        expect(result.ok, mutation.name).toBe(false);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        expect(await snapshot()).toBe(good);
        expect(await lastRestoreBackupAt()).toBeNull();
      }),
      { numRuns: 40 },
    );
  });

  it('names the path of a broken audit chain', async () => {
    await seedDesk();
    const file = JSON.parse(await snapshot()) as { audit: { note: string }[] };
    Object.assign(file.audit[1] ?? {}, { note: 'verändert' });
    expect(await previewImport(JSON.stringify(file), now)).toEqual({
      ok: false,
      message: 'the audit trail is broken at entry 2 (an entry was changed)',
      path: 'audit[1]',
    });
  });
});
