/**
 * The real `civic-desk check` command, run as a child process on workspace files in a temporary folder: exit
 * codes, JSON on stdout, problems on stderr, German text lines.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce, runCli } from './runCli';
import { crisisPost, servicePost, workspaceFile } from '../../../shared/exchange/testFixtures';

let dir = '';

function write(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const run = (...args: string[]) => runCli(args);

describe('civic-desk check', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'civic-desk-cli-'));
    await buildCliOnce();
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 0 for a clean post and prints JSON (file as argument or --in)', async () => {
    const result = await run('check', write('clean.json', workspaceFile()));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      posts: [{ postId: servicePost().id, title: 'Bürgeramt am Samstag', findings: [] }],
      summary: { posts: 1, blocking: 0, warnings: 0 },
    });
    const byOption = await run('check', '--in', join(dir, 'clean.json'), '--json');
    expect(byOption.status).toBe(0);
    expect(JSON.parse(byOption.stdout)).toEqual(JSON.parse(result.stdout));
  });

  it('reads a file with a byte order mark, and the file from stdin', async () => {
    const text = JSON.stringify(workspaceFile());
    expect((await run('check', write('bom.json', `\uFEFF${text}`))).status).toBe(0);
    const piped = await runCli(['check', '--in', '-'], { stdin: text });
    expect(piped.status).toBe(0);
  });

  it('exits 1 for a crisis post with 😂 and reports the finding', async () => {
    const result = await run('check', write('crisis.json', workspaceFile([servicePost(), crisisPost()])));
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as {
      posts: { postId: string; findings: { severity: string; rule: string; channel: string }[] }[];
      summary: unknown;
    };
    expect(output.summary).toEqual({ posts: 2, blocking: 1, warnings: 1 });
    expect(output.posts[1]).toMatchObject({
      postId: crisisPost().id,
      title: 'Wasserausfall Moabit',
      findings: [
        {
          severity: 'block',
          rule: 'crisis.humourEmoji',
          channel: 'x',
          messageKey: 'checks.crisis.humourEmoji',
          params: { emoji: '😂' },
        },
        { severity: 'warn' },
      ],
    });
  });

  it('exits 2 for an invalid file and names the path on stderr', async () => {
    const file = workspaceFile();
    const crisis = crisisPost();
    const broken = {
      ...file,
      posts: [servicePost(), { ...crisis, variants: [{ ...crisis.variants[0], channel: 'tiktok' }] }],
    };
    const result = await run('check', write('invalid.json', broken));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('posts[1].variants[0].channel');
  });

  it('exits 2 for a file that is not JSON or not there', async () => {
    const notJson = await run('check', write('notes.json', 'Beitragsplan Dezember'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    const missing = await run('check', join(dir, 'missing.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the file (no such file)');
  });

  it('prints German lines with --format text', async () => {
    const result = await run('check', write('text.json', workspaceFile([crisisPost()])), '--format', 'text');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'Wasserausfall Moabit · X · Blockiert: Das Emoji 😂 wirkt scherzhaft. In der Krisenkommunikation ist Humor ' +
        'fehl am Platz: Bitte entfernen Sie es. (Quelle: BMI Leitfaden Krisenkommunikation 2014)',
      expect.stringMatching(/^Wasserausfall Moabit · X · Warnung: Das Emoji 😂 steht mitten im Satz\./),
      '1 Beitrag geprüft: 1 blockierender Befund, 1 Warnung.',
      '',
    ]);
  });
});
