import { describe, expect, it } from 'vitest';
import { APPROVED_ID, signedWorkspace } from './exportCommandFixtures';
import { runVerifyCommand } from './verifyCommand';

type SignedWorkspace = Awaited<ReturnType<typeof signedWorkspace>>;

const run = (workspace: unknown) => runVerifyCommand(['--in', 'w.json'], () => JSON.stringify(workspace));

function approvedPost(workspace: SignedWorkspace) {
  const post = workspace.posts.find((entry) => entry.id === APPROVED_ID);
  if (!post) throw new Error('fixture without the approved post');
  return post;
}

describe('civic-desk verify', () => {
  it('reports each valid signature and the valid audit trail, one line each, exit 0', async () => {
    const result = await run(await signedWorkspace());
    expect(result.exitCode).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^valid {3}approval of "Bürgeramt am Samstag" .*step 1, by Paula Prüfer \(paula-1\), key [0-9a-f]{16}$/,
      ),
      'valid   audit trail (2 entries)',
    ]);
  });

  it('fails a signature over other content, with the reason', async () => {
    const workspace = await signedWorkspace();
    const post = approvedPost(workspace);
    const approval = post.workflow.approvals[0];
    if (!approval) throw new Error('fixture without approval');
    approval.at = '2026-11-25T10:00:01.000Z';
    const result = await run(workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^INVALID approval of .*: the signature does not match/m);
  });

  it('fails an approved post whose text was changed after the approval', async () => {
    const workspace = await signedWorkspace();
    const post = approvedPost(workspace);
    post.variants = post.variants.map((variant) => ({ ...variant, text: `${variant.text} Neu!` }));
    const result = await run(workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('the post was changed after this approval');
  });

  it('fails an unknown approver key and a broken audit trail', async () => {
    const workspace = await signedWorkspace();
    workspace.profiles = [];
    const second = workspace.audit[1];
    if (!second) throw new Error('fixture without audit');
    second.note = 'nachträglich geändert';
    const result = await run(workspace);
    expect(result.exitCode).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringContaining('the approver is not among the profiles of the file'),
      'INVALID audit trail: entry 2 was changed',
    ]);
  });

  it('exits 2 for a file that is not a workspace', async () => {
    const result = await run({ hello: 'world' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('not a Civic Desk workspace file');
  });
});
