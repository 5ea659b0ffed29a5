import { beforeAll, describe, expect, it } from 'vitest';
import { runVerifyCommand } from './verifyCommand';
import { FORGERIES, genuineDesk } from './verifyCommandForgeries';
import { CRISIS_ID, DRAFT_ID, SERVICE_ID, type Desk, type WorkspaceJson } from './verifyCommandFixtures';
import type { RosterFile } from '../trust/rosterFile';

let desk: Desk;
let genuine: WorkspaceJson;
let roster: RosterFile;

beforeAll(async () => {
  ({ desk, genuine, roster } = await genuineDesk());
});

interface VerifyJson {
  exitCode: number;
  anchored: boolean;
  trusted: boolean;
  problems: string[];
  roster: { problems: { code: string }[] };
  posts: { id: string; approved: boolean; problems: { code: string }[] }[];
}

async function verify(file: unknown, keys: unknown) {
  const files: Record<string, string> = { 'w.json': JSON.stringify(file) };
  if (keys !== undefined) files['keys.json'] = JSON.stringify(keys);
  const read = (name: string) => {
    const text = files[name];
    if (text === undefined) throw new Error('no such file');
    return text;
  };
  const result = await runVerifyCommand(
    { in: 'w.json', keys: keys === undefined ? undefined : 'keys.json' },
    read,
  );
  return { ...result, report: result.json as VerifyJson };
}

const codesOf = (report: VerifyJson, id: string) =>
  report.posts.find((post) => post.id === id)?.problems.map((problem) => problem.code) ?? [];

describe('civic-desk verify', () => {
  it("exits 0 (TRUSTED) for the genuine file against the roster file or the desk's own workspace file", async () => {
    const byRoster = await verify(genuine, roster);
    expect(byRoster.exitCode).toBe(0);
    expect(byRoster.stdout).toMatch(/^TRUSTED w\.json: 2 approved post\(s\) hold/m);
    expect(byRoster.report).toMatchObject({ anchored: true, trusted: true, problems: [] });
    expect((await verify(genuine, genuine)).exitCode).toBe(0);
  });

  it('exits 3 (UNANCHORED), never 0, without --keys, however good the file looks', async () => {
    const result = await verify(genuine, undefined);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toMatch(/^UNANCHORED w\.json: /m);
    expect(result.report).toMatchObject({ anchored: false, trusted: false });
  });

  it('exits 1, not 3, for a forged file without --keys', async () => {
    const forged = await FORGERIES.selfApproval?.(desk, genuine);
    expect((await verify(forged?.file, undefined)).exitCode).toBe(1);
  });

  const expected: Record<string, { post: string; codes: string[] } | { file: RegExp }> = {
    changedAfterApproval: { post: SERVICE_ID, codes: ['contentChanged'] },
    swappedApproverKey: { post: SERVICE_ID, codes: ['unknownKey'] },
    foreignRoot: { file: /organisation root key .* is not the trusted one/ },
    selfApproval: { post: SERVICE_ID, codes: ['fourEyesAuthor'] },
    editorOnlyApproval: { post: SERVICE_ID, codes: ['notAuthorised'] },
    crisisOneOfTwoSteps: { post: CRISIS_ID, codes: ['stepsMissing'] },
    crisisDuplicatedApproval: { post: CRISIS_ID, codes: ['stepsMissing'] },
    approveEntryTombstoned: { post: SERVICE_ID, codes: ['auditEntryMissing'] },
    rewrittenAuditTrail: { post: SERVICE_ID, codes: ['auditAnchorMissing'] },
    emptyAuditTrail: { post: SERVICE_ID, codes: ['auditAnchorMissing'] },
    cutAuditTrail: { post: CRISIS_ID, codes: ['auditAnchorMissing'] },
    approvedWithoutApproval: { post: DRAFT_ID, codes: ['stepsMissing'] },
    revokedApproverKey: { post: SERVICE_ID, codes: ['keyRevoked'] },
    legacyApproval: { post: SERVICE_ID, codes: ['legacyApproval'] },
  };

  it('covers every forgery of the corpus', () => {
    expect(Object.keys(FORGERIES).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.keys(expected))('exits 1 for %s, naming the reason', async (name) => {
    const forgery = await FORGERIES[name]?.(desk, genuine);
    if (forgery === undefined) throw new Error(name);
    const result = await verify(forgery.file, forgery.keys ?? roster);
    expect(result.exitCode).toBe(1);
    expect(result.report.trusted).toBe(false);
    expect(result.stdout).toMatch(/^INVALID w\.json: not every approval holds$/m);
    const want = expected[name];
    if (want !== undefined && 'post' in want) {
      expect(result.report.posts.find((post) => post.id === want.post)?.approved).toBe(false);
      expect(codesOf(result.report, want.post)).toEqual(expect.arrayContaining(want.codes));
      expect(result.stdout).toMatch(
        new RegExp(`^INVALID ".*" \\(${want.post}\\) is marked approved but not approved: `, 'm'),
      );
    } else if (want !== undefined) {
      expect(result.report.problems.join('\n')).toMatch(want.file);
    }
  });

  it('refuses a --keys file that cannot anchor trust with exit 2 and one line', async () => {
    const noRoster = { ...genuine, roster: null };
    const result = await verify(genuine, noRoster);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^civic-desk: keys\.json: holds no organisation root key/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    const notRoster = await verify(genuine, {
      format: 'civic-desk-roster',
      version: 1,
      root: 'x',
      entries: [],
    });
    expect(notRoster.exitCode).toBe(2);
  });
});
