import { describe, expect, it } from 'vitest';
import { signedWorkspace } from './exportCommandFixtures';
import { servicePost, workspaceFile } from './testFixtures';
import { parseOptions, runValidateCommand } from './validateCommand';

const reader = (files: Record<string, string>) => (file: string) => {
  const text = files[file];
  if (text === undefined) throw new Error(`ENOENT: no such file, open '${file}'`);
  return text;
};

describe('civic-desk validate', () => {
  it('says "valid" for a workspace, also one with media bytes', async () => {
    const files = {
      'a.json': JSON.stringify(workspaceFile()),
      'b.json': JSON.stringify(await signedWorkspace()),
    };
    expect(runValidateCommand(['--in', 'a.json'], reader(files))).toEqual({
      exitCode: 0,
      stdout: 'a.json: valid\n',
      stderr: '',
    });
    expect(runValidateCommand(['--in=b.json'], reader(files)).exitCode).toBe(0);
  });

  it('names the first problem and its path, in one line', () => {
    const post = servicePost();
    const broken = workspaceFile([
      { ...post, variants: [{ ...post.variants[0], channel: 'tiktok' }] } as never,
    ]);
    const result = runValidateCommand(['--in', 'x.json'], reader({ 'x.json': JSON.stringify(broken) }));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^civic-desk: x\.json: posts\[0\]\.variants\[0\]\.channel: .+\n$/);
  });

  it('refuses unreadable files, non-JSON and wrong arguments with one line saying why', () => {
    const files = { 'notes.txt': 'Beitragsplan' };
    expect(runValidateCommand(['--in', 'notes.txt'], reader(files)).stderr).toContain('not valid JSON');
    expect(runValidateCommand(['--in', 'gone.json'], reader(files)).stderr).toContain('cannot read the file');
    const missing = runValidateCommand([], reader(files));
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('civic-desk: --in is missing');
  });
});

describe('parseOptions', () => {
  it('reads --name value and --name=value and refuses the rest', () => {
    expect(parseOptions(['--in', 'a', '--out=b'], ['in', 'out'])).toEqual({ in: 'a', out: 'b' });
    expect(parseOptions(['--in'], ['in'])).toBe('--in needs a value');
    expect(parseOptions(['--in', '--out', 'b'], ['in', 'out'])).toBe('--in needs a value');
    expect(parseOptions(['--in', 'a', '--in', 'b'], ['in'])).toBe('--in given twice');
    expect(parseOptions(['--size', '3'], ['in'])).toBe('unknown option "--size"');
    expect(parseOptions(['a.json'], ['in'])).toBe('unexpected argument "a.json"');
  });
});
