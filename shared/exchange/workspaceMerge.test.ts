import { describe, expect, it } from 'vitest';
import { nextEntry } from '../audit/chain';
import { parseWorkspace, type Workspace } from './workspace';
import { crisisPost, servicePost, workspaceFile } from './testFixtures';
import { auditRelation, restoredWorkspace, summarizeImport } from './workspaceMerge';

function workspace(file: ReturnType<typeof workspaceFile>): Workspace {
  const parsed = parseWorkspace(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.workspace;
}

const at = new Date('2026-11-24T10:00:00Z');
const first = nextEntry(
  undefined,
  { actorId: 'a', action: 'x', postId: null, contentHash: null, note: null },
  at,
);
const second = nextEntry(
  first,
  { actorId: 'a', action: 'y', postId: null, contentHash: null, note: null },
  at,
);
const other = nextEntry(
  first,
  { actorId: 'b', action: 'z', postId: null, contentHash: null, note: null },
  at,
);

describe('summarizeImport', () => {
  it('counts added, changed, unchanged and removed rows and suggests the newer side', () => {
    const mine = workspace(workspaceFile([servicePost(), crisisPost()]));
    const theirs = workspace(
      workspaceFile([
        servicePost({ title: 'Neu', updatedAt: '2026-11-30T00:00:00.000Z' }),
        servicePost({ id: 'n' }),
      ]),
    );
    const summary = summarizeImport(mine, theirs);
    expect(summary.tables.posts).toEqual({ added: 1, changed: 1, unchanged: 0, removed: 1 });
    expect(summary.tables.campaigns).toEqual({ added: 0, changed: 0, unchanged: 1, removed: 0 });
    expect(summary.tables.settings).toEqual({ added: 0, changed: 0, unchanged: 1, removed: 0 });
    expect(summary.conflicts).toEqual([
      { table: 'posts', id: servicePost().id, label: 'Neu', suggested: 'theirs' },
    ]);
  });
});

describe('auditRelation', () => {
  it('tells equal, extending and diverging chains apart', () => {
    expect(auditRelation([first], [first])).toBe('same');
    expect(auditRelation([first], [first, second])).toBe('theirsExtends');
    expect(auditRelation([first, second], [first])).toBe('mineExtends');
    expect(auditRelation([first, second], [first, other])).toBe('diverged');
  });
});

describe('restoredWorkspace', () => {
  const mine = { ...workspace(workspaceFile([servicePost(), crisisPost()])), audit: [first, second] };
  const theirs = {
    ...workspace(workspaceFile([servicePost({ title: 'Neu' })])),
    audit: [first, other],
    mediaFiles: [],
  };

  it('replace: the file as it is, without media bytes', () => {
    const result = restoredWorkspace(mine, theirs, { mode: 'replace', conflicts: {} });
    expect(result.posts.map((post) => post.title)).toEqual(['Neu']);
    expect(result.audit).toEqual([first, other]);
    expect(result.mediaFiles).toBeUndefined();
  });

  it('merge: keeps my rows, takes the chosen side of a conflict, keeps my diverged audit chain', () => {
    const keep = restoredWorkspace(mine, theirs, { mode: 'merge', conflicts: {} });
    expect(keep.posts.map((post) => post.title).sort()).toEqual([
      'Bürgeramt am Samstag',
      'Wasserausfall Moabit',
    ]);
    expect(keep.audit).toEqual([first, second]);
    const take = restoredWorkspace(mine, theirs, {
      mode: 'merge',
      conflicts: { [`posts/${servicePost().id}`]: 'theirs' },
    });
    expect(take.posts.find((post) => post.id === servicePost().id)?.title).toBe('Neu');
  });
});
