import { describe, expect, it } from 'vitest';
import { nextEntry } from '../audit/chain';
import { servicePost, workspaceFile } from './testFixtures';
import { printable, runValidateCommand } from './validateCommand';
import { genuineDesk } from './verifyCommandForgeries';
import { parseWorkspace } from './workspace';
import { firstIntegrityProblem } from './workspaceIntegrity';

const reader = (files: Record<string, string>) => (file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error(`no such file`);
  return text;
};

/** What the app's restore says about a file (renderer/data/workspace/workspaceRepository.ts readWorkspaceFile). */
function importAccepts(text: string): boolean {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  const parsed = parseWorkspace(json);
  return parsed.ok && firstIntegrityProblem(parsed.workspace) === null;
}

describe('civic-desk validate', () => {
  it('says "valid" for a workspace, also a signed one with a roster and media bytes', async () => {
    const { genuine } = await genuineDesk();
    const files = { 'a.json': JSON.stringify(workspaceFile()), 'b.json': JSON.stringify(genuine) };
    expect(runValidateCommand({ in: 'a.json' }, reader(files))).toMatchObject({
      exitCode: 0,
      stdout: 'a.json: valid\n',
      stderr: '',
      json: { valid: true, counts: { posts: 1 } },
    });
    expect(runValidateCommand({ in: 'b.json' }, reader(files)).exitCode).toBe(0);
  });

  it('names the first problem and its path, in one line', () => {
    const post = servicePost();
    const broken = workspaceFile([
      { ...post, variants: [{ ...post.variants[0], channel: 'tiktok' }] } as never,
    ]);
    const result = runValidateCommand({ in: 'x.json' }, reader({ 'x.json': JSON.stringify(broken) }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^civic-desk: x\.json: posts\[0\]\.variants\[0\]\.channel: .+\n$/);
  });

  it("runs the restore's checks: duplicate ids and a broken audit chain are refused as the app refuses them", async () => {
    const { genuine } = await genuineDesk();
    const [first] = genuine.posts;
    const duplicate = { ...genuine, posts: [...genuine.posts, { ...first }] };
    const changed = { ...genuine, audit: genuine.audit.map((e) => (e.seq === 2 ? { ...e, note: 'x' } : e)) };
    const extra = nextEntry(
      genuine.audit.at(-1),
      { actorId: 'x', action: 'submit', postId: null, contentHash: null, note: null },
      new Date(),
    );
    const gap = { ...genuine, audit: [...genuine.audit.slice(0, 2), ...genuine.audit.slice(3), extra] };
    const cases = { 'dup.json': duplicate, 'changed.json': changed, 'gap.json': gap, 'ok.json': genuine };
    const files = Object.fromEntries(
      Object.entries(cases).map(([name, value]) => [name, JSON.stringify(value)]),
    );
    for (const [name, text] of Object.entries(files)) {
      const result = runValidateCommand({ in: name }, reader(files));
      expect(result.exitCode === 0, name).toBe(importAccepts(text));
      expect(result.stderr.split('\n').filter(Boolean).length, name).toBeLessThanOrEqual(1);
    }
    expect(runValidateCommand({ in: 'dup.json' }, reader(files)).stderr).toContain('appears twice');
    expect(runValidateCommand({ in: 'changed.json' }, reader(files)).stderr).toContain(
      'audit trail is broken',
    );
  });

  it('refuses unreadable files and non-JSON with one line saying why', () => {
    const files = { 'notes.txt': 'Beitragsplan\u0000\u001b[2J' };
    const notJson = runValidateCommand({ in: 'notes.txt' }, reader(files));
    expect(notJson.stderr).toContain('not valid JSON');
    const line = notJson.stderr.trimEnd();
    const controls = Array.from({ length: line.length }, (_, i) => line.charCodeAt(i)).filter(
      (c) => c < 0x20,
    );
    expect(controls).toEqual([]);
    const gone = runValidateCommand({ in: 'gone.json' }, reader(files));
    expect(gone).toMatchObject({ exitCode: 2, stderr: 'civic-desk: gone.json: no such file\n' });
  });
});

describe('printable', () => {
  it('makes control and bidi characters visible and keeps one short line', () => {
    expect(printable('a\nb\u202Ec\u0007')).toBe('a?b?c?');
    expect(printable('x'.repeat(400))).toHaveLength(301);
  });
});
