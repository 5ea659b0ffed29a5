import { describe, expect, it } from 'vitest';
import { runCheckCommand, summaryLineDe, USAGE } from './checkCommand';
import { crisisPost, PHOTO_ID, servicePost, variantsFor, workspaceFile } from './testFixtures';

const files: Record<string, string> = {
  'clean.json': JSON.stringify(workspaceFile()),
  'crisis.json': JSON.stringify(workspaceFile([servicePost(), crisisPost()])),
  'bom.json': `\uFEFF${JSON.stringify(workspaceFile())}`,
  'broken.json': '{"format": "civic-desk-workspace", ',
  // An unscheduled post with the file's photo, whose consent holds until 2027-10-31.
  'photo.json': JSON.stringify(
    workspaceFile([
      servicePost({
        channels: ['facebook'],
        variants: variantsFor(['facebook'], servicePost().text, [PHOTO_ID]),
        media: [{ mediaId: PHOTO_ID, altText: 'Fünf Mitarbeitende am Empfangstresen des Bürgeramts' }],
        scheduledAt: null,
        scheduledAtUtc: null,
      }),
    ]),
  ),
};

/** The command's clock, fixed: a Wednesday afternoon in Berlin. */
const NOW = new Date('2026-11-25T14:00:00Z');

function read(file: string): string {
  const text = files[file];
  if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`);
  return text;
}

describe('runCheckCommand', () => {
  it('prints the results as JSON by default and exits 0 without blocking findings', () => {
    const result = runCheckCommand(['check', 'clean.json'], read, NOW);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      posts: [{ postId: servicePost().id, title: 'Bürgeramt am Samstag', findings: [] }],
      summary: { posts: 1, blocking: 0, warnings: 0 },
    });
  });

  it('exits 1 with a blocking finding', () => {
    const result = runCheckCommand(['check', 'crisis.json', '--format', 'json'], read, NOW);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ summary: { posts: 2, blocking: 1, warnings: 1 } });
  });

  it('prints German lines and a summary with --format text', () => {
    const result = runCheckCommand(['check', '--format=text', 'crisis.json'], read, NOW);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Wasserausfall Moabit · X · Blockiert: Das Emoji 😂 wirkt scherzhaft\./);
    expect(lines.at(-1)).toBe('2 Beiträge geprüft: 1 blockierender Befund, 1 Warnung.');
  });

  it("checks an unscheduled post's consents for the day of the `now` it is given", () => {
    expect(runCheckCommand(['check', 'photo.json'], read, NOW).exitCode).toBe(0);
    const later = runCheckCommand(['check', 'photo.json'], read, new Date('2027-11-02T08:00:00Z'));
    expect(later.exitCode).toBe(1);
    expect(JSON.parse(later.stdout)).toMatchObject({
      posts: [{ findings: [{ rule: 'consent.consentExpired', severity: 'block', channel: 'facebook' }] }],
      summary: { blocking: 1 },
    });
  });

  it('reads a file with a byte order mark', () => {
    expect(runCheckCommand(['check', 'bom.json'], read, NOW).exitCode).toBe(0);
  });

  it('exits 2 for a missing file, broken JSON and an invalid workspace', () => {
    const missing = runCheckCommand(['check', 'gone.json'], read, NOW);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^civic-desk: gone\.json: cannot read the file \(ENOENT/);
    expect(runCheckCommand(['check', 'broken.json'], read, NOW).stderr).toMatch(
      /broken\.json: not valid JSON/,
    );
    files['old.json'] = JSON.stringify({ ...workspaceFile(), version: 7 });
    expect(runCheckCommand(['check', 'old.json'], read, NOW).stderr).toMatch(
      /^civic-desk: old\.json: version: .*version 7/,
    );
  });

  it.each([
    [[], 'no command given'],
    [['lint', 'clean.json'], 'unknown command "lint"'],
    [['check'], 'no workspace file given'],
    [['check', 'clean.json', '--format', 'xml'], '--format must be json or text'],
    [['check', 'clean.json', '--format'], '--format must be json or text'],
    [['check', 'clean.json', '--quiet'], 'unknown option "--quiet"'],
    [['check', 'a.json', 'b.json'], 'more than one file given ("a.json", "b.json")'],
  ])('exits 2 with the usage for %j', (args, problem) => {
    expect(runCheckCommand(args, read, NOW)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `civic-desk: ${problem}\n${USAGE}\n`,
    });
  });
});

describe('summaryLineDe', () => {
  it('counts in German, singular and plural', () => {
    expect(summaryLineDe({ posts: 0, blocking: 0, warnings: 0 })).toBe(
      '0 Beiträge geprüft: 0 blockierende Befunde, 0 Warnungen.',
    );
    expect(summaryLineDe({ posts: 12, blocking: 2, warnings: 5 })).toBe(
      '12 Beiträge geprüft: 2 blockierende Befunde, 5 Warnungen.',
    );
  });
});
