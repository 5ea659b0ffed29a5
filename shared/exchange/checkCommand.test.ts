import { describe, expect, it } from 'vitest';
import { runCheckCommand, summaryLineDe, USAGE } from './checkCommand';
import { crisisPost, PHOTO_ID, servicePost, variantsFor, workspaceFile } from './testFixtures';

const files: Record<string, string> = {
  'clean.json': JSON.stringify(workspaceFile()),
  'crisis.json': JSON.stringify(workspaceFile([servicePost(), crisisPost()])),
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
    const result = runCheckCommand({ in: 'clean.json' }, read, NOW);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      posts: [{ postId: servicePost().id, title: 'Bürgeramt am Samstag', findings: [] }],
      summary: { posts: 1, blocking: 0, warnings: 0 },
    });
  });

  it('exits 1 with a blocking finding', () => {
    const result = runCheckCommand({ in: 'crisis.json', format: 'json' }, read, NOW);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ summary: { posts: 2, blocking: 1, warnings: 1 } });
  });

  it('prints German lines and a summary with --format text', () => {
    const result = runCheckCommand({ in: 'crisis.json', format: 'text' }, read, NOW);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Wasserausfall Moabit · X · Blockiert: Das Emoji 😂 wirkt scherzhaft\./);
    expect(lines.at(-1)).toBe('2 Beiträge geprüft: 1 blockierender Befund, 1 Warnung.');
  });

  it("checks an unscheduled post's consents for the day of the `now` it is given", () => {
    expect(runCheckCommand({ in: 'photo.json' }, read, NOW).exitCode).toBe(0);
    const later = runCheckCommand({ in: 'photo.json' }, read, new Date('2027-11-02T08:00:00Z'));
    expect(later.exitCode).toBe(1);
    expect(JSON.parse(later.stdout)).toMatchObject({
      posts: [{ findings: [{ rule: 'consent.consentExpired', severity: 'block', channel: 'facebook' }] }],
      summary: { blocking: 1 },
    });
  });

  it('exits 2 for a missing file, broken JSON and an invalid workspace', () => {
    const missing = runCheckCommand({ in: 'gone.json' }, read, NOW);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^civic-desk: gone\.json: ENOENT/);
    expect(runCheckCommand({ in: 'broken.json' }, read, NOW).stderr).toMatch(/broken\.json: not valid JSON/);
    files['old.json'] = JSON.stringify({ ...workspaceFile(), version: 7 });
    expect(runCheckCommand({ in: 'old.json' }, read, NOW).stderr).toMatch(
      /^civic-desk: old\.json: version: .*version 7/,
    );
  });

  it('exits 2 with the usage for a format it does not know', () => {
    expect(runCheckCommand({ in: 'clean.json', format: 'xml' }, read, NOW)).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: `civic-desk: --format must be json or text\nUsage: ${USAGE}\n`,
    });
  });

  it('gives the same result as JSON for --json, in both formats', () => {
    const text = runCheckCommand({ in: 'crisis.json', format: 'text' }, read, NOW);
    const json = runCheckCommand({ in: 'crisis.json', format: 'json' }, read, NOW);
    expect(text.json).toEqual(json.json);
    expect(JSON.parse(json.stdout)).toEqual(json.json);
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
