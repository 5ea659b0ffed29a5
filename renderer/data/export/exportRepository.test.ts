/** Marking posts exported: one transaction, an audit entry per post naming the file and its hash, nothing unapproved. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyStoredAudit } from '../workflow/auditLog';
import { db } from '../store/db';
import { postAt } from './exportTestPosts';
import { exportAuditNote, markExported } from './exportRepository';
import { getPost } from '../posts/postsRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../settings/testProfiles';

const FILE = { fileName: 'civic-desk_2026-11-30_2026-12-06.ics', sha256: 'ab'.repeat(32) };
const at = (actorId: string) => ({ actorId, now: new Date('2026-11-27T12:00:00Z') });

beforeEach(async () => {
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  await db.delete();
});

describe('markExported', () => {
  it('moves approved posts to exported and records the file and its SHA-256 for each', async () => {
    const first = await postAt('Bibliothek', '2026-12-01', 'approved');
    const second = await postAt('Bürgeramt', '2026-12-02', 'approved');
    const before = (await listAudit()).length;

    const result = await markExported([first, second], FILE, at(ANNA_EDITOR.id));

    expect(result.ok).toBe(true);
    expect((await getPost(first))?.status).toBe('exported');
    expect((await getPost(second))?.status).toBe('exported');
    const added = (await listAudit()).slice(before);
    expect(added.map((entry) => [entry.action, entry.postId, entry.actorId, entry.note])).toEqual([
      ['export', first, ANNA_EDITOR.id, `${FILE.fileName} · SHA-256 ${FILE.sha256}`],
      ['export', second, ANNA_EDITOR.id, exportAuditNote(FILE)],
    ]);
    expect(await verifyStoredAudit()).toEqual({ ok: true });
  });

  it('exports an exported post again: it stays exported and the trail records the new file', async () => {
    const id = await postAt('Bibliothek', '2026-12-01', 'approved');
    await markExported([id], FILE, at(ANNA_EDITOR.id));
    const again = { fileName: 'hootsuite-facebook.csv', sha256: 'cd'.repeat(32) };

    expect((await markExported([id], again, at(ANNA_EDITOR.id))).ok).toBe(true);

    expect((await getPost(id))?.status).toBe('exported');
    const exports = (await listAudit()).filter((entry) => entry.action === 'export');
    expect(exports.map((entry) => entry.note)).toEqual([exportAuditNote(FILE), exportAuditNote(again)]);
  });

  it('refuses the whole call when one post is not approved, and changes nothing (one transaction)', async () => {
    const approved = await postAt('Bibliothek', '2026-12-01', 'approved');
    const waiting = await postAt('Wochenmarkt', '2026-12-02', 'in_review');
    const draft = await postAt('Entwurf', '2026-12-03', 'draft');
    const auditBefore = await listAudit();

    const result = await markExported([approved, waiting, draft], FILE, at(ANNA_EDITOR.id));

    expect(result).toEqual({ ok: false, reason: 'exportUi.errors.notApproved', postId: waiting });
    expect((await getPost(approved))?.status).toBe('approved');
    expect((await getPost(waiting))?.status).toBe('in_review');
    expect(await listAudit()).toEqual(auditBefore);
  });

  it('refuses a profile that may not export and an unknown profile', async () => {
    const id = await postAt('Bibliothek', '2026-12-01', 'approved');
    expect(await markExported([id], FILE, at(PAUL_APPROVER.id))).toEqual({
      ok: false,
      reason: 'workflow.errors.notEditor',
    });
    expect(await markExported([id], FILE, at('nobody'))).toEqual({
      ok: false,
      reason: 'workflow.errors.unknownProfile',
    });
    expect((await getPost(id))?.status).toBe('approved');
  });

  it('fails with "not found" for a post that does not exist, and writes nothing', async () => {
    const id = await postAt('Bibliothek', '2026-12-01', 'approved');
    await expect(markExported([id, 'missing'], FILE, at(ANNA_EDITOR.id))).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    expect((await getPost(id))?.status).toBe('approved');
  });
});
