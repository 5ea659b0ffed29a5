/**
 * The restore door against forged workspace files (issue 13), as a person sees it in Chromium. A genuine approved
 * post (Anna writes, Paula approves) is downloaded in a backup; edited copies of that file are merged back in by the
 * admin: a changed text under the old signature, a self-approval (the approval's person set to the author; and an
 * approver who made herself the author and signed with her own genuine key on her desk), and a hand-made roster
 * entry that makes an editor an approver, with an approval signed by the editor's made-up key, all come in
 * "Zur Prüfung" with the reason in German, and the export keeps the post back. An editor-only
 * profile cannot restore at all. The genuine file brings the post back approved and exportable.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { approveFromQueue, nav, openExport, switchProfile, writeAndSubmit } from './deskSteps';
import { DEFAULT_SETUP, useDeskSuite } from './harness';
import { generateApproverKeys, type SignatureAlgorithm } from '../../shared/approval/signature';
import { signApprovalV2, type ApprovalStatementV2 } from '../../shared/approval/statementV2';
import { canonicalJson, toBase64Url, utf8 } from '../../shared/approval/webCrypto';
import type { PublicKeyInfo } from '../../shared/model/profile';
import type { Approval } from '../../shared/workflow/machine';
import { envelopeId, pae, PAYLOAD_TYPES } from '../../shared/trust/envelope';
import { createGrant } from '../../shared/trust/roster';
import type { RosterEntry } from '../../shared/trust/rosterTypes';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });
const ADMIN = DEFAULT_SETUP.admin;
const APPROVER = 'Paula Prüfer';
const EDITOR = 'Erik Eilig';
const TITLE = 'Wahlhelfer gesucht';
const EXPORT_RANGE = { from: '2026-12-01', to: '2026-12-07' };
const written: string[] = [];

interface BackupFile {
  posts: {
    title: string;
    text: string;
    createdBy: string;
    variants: { text: string }[];
    workflow: { approvals: Approval[]; lastEditorId: string };
  }[];
  profiles: { id: string; name: string; publicKey: PublicKeyInfo | null }[];
  roster: { root: { keyId: string }; entries: RosterEntry[] };
}

afterAll(() => {
  for (const path of written) rmSync(path, { force: true });
});

async function addProfile(page: Page, name: string, approver: boolean): Promise<void> {
  await nav(page, 'Einstellungen').click();
  await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (approver) await page.getByRole('checkbox', { name: 'Freigabe', exact: true }).check();
  await page.getByRole('button', { name: 'Profil speichern' }).click();
  await page.getByText(`Profil „${name}“ gespeichert.`).waitFor();
}

/** Anna writes and submits, Paula approves with a signature that verifies. */
async function approvedPost(page: Page): Promise<void> {
  await writeAndSubmit(page, '2026-12-03', TITLE, 'Für die Wahl im März suchen wir Wahlhelfer.');
  await switchProfile(page, ADMIN, APPROVER);
  await approveFromQueue(page, TITLE, ['✓ Signatur gültig']);
  await switchProfile(page, APPROVER, ADMIN);
}

async function download(page: Page): Promise<{ text: string; file: BackupFile }> {
  await nav(page, 'Einstellungen').click();
  const section = page.getByRole('region', { name: 'Sicherung' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Sicherung herunterladen' }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8');
  return { text, file: JSON.parse(text) as BackupFile };
}

/**
 * Signs an approval statement in the page with the profile's own private key as the desk stores it (a
 * non-extractable CryptoKey in IndexedDB): what a person with that desk could do by hand.
 */
async function signOnDesk(
  page: Page,
  profileId: string,
  algorithm: SignatureAlgorithm,
  statement: ApprovalStatementV2,
): Promise<string> {
  const message = Array.from(pae(PAYLOAD_TYPES.approval, utf8(canonicalJson(statement))));
  const signature = await page.evaluate(
    ({ profileId, algorithm, message }) =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open('civic-desk');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const get = request.result.transaction('profileKeys').objectStore('profileKeys').get(profileId);
          get.onsuccess = () => {
            request.result.close();
            const row = get.result as { privateKey: CryptoKey } | undefined;
            if (!row) return reject(new Error('no key on this desk'));
            const params = algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: 'SHA-256' };
            crypto.subtle
              .sign(params, row.privateKey, new Uint8Array(message))
              .then((bytes) => resolve(Array.from(new Uint8Array(bytes))), reject);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
    { profileId, algorithm, message },
  );
  return toBase64Url(new Uint8Array(signature));
}

function writeCopy(name: string, content: BackupFile | string): string {
  const path = join(tmpdir(), `civic-desk-e2e-${process.pid}-${name}.json`);
  written.push(path);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Merges `path` in, taking the file's side of every conflict; returns the restore's alert (or null). */
async function merge(page: Page, path: string): Promise<string | null> {
  await nav(page, 'Einstellungen').click();
  const section = page.getByRole('region', { name: 'Sicherung' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    section.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).click(),
  ]);
  await chooser.setFiles(path);
  await section.getByRole('table', { name: /^Vorschau: / }).waitFor();
  await section.getByRole('radio', { name: /^Zusammenführen:/ }).check();
  const theirs = section.getByRole('radio', { name: 'Fassung aus der Datei übernehmen' });
  for (let index = 0; index < (await theirs.count()); index += 1) await theirs.nth(index).check();
  await section.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
  await section.getByRole('status').filter({ hasText: 'Wiederhergestellt' }).waitFor();
  const alert = section.getByRole('alert').filter({ hasText: 'Zur Prüfung' });
  const text = (await alert.count()) === 0 ? null : await alert.textContent();
  return text;
}

/** What the calendar says about the post: its status word, and no "Nicht freigegeben" for a post in review. */
async function expectCalendarStatus(page: Page, status: string): Promise<void> {
  await nav(page, 'Kalender').click();
  const event = page.locator('.cd-post', { hasText: TITLE }).first();
  await expect.poll(() => event.locator('.cd-event-status').textContent()).toBe(status);
}

async function expectHeldBack(
  page: Page,
  alert: string | null,
  reason: RegExp,
  notReason?: RegExp,
): Promise<void> {
  expect(alert).toContain(`„${TITLE}“:`);
  expect(alert).toMatch(reason);
  if (notReason) expect(alert).not.toMatch(notReason);
  await expectCalendarStatus(page, 'In Prüfung');
  const { included, excluded } = await openExport(page, EXPORT_RANGE);
  await excluded.getByText(TITLE).waitFor();
  expect(await included.getByText(TITLE).count()).toBe(0);
}

async function expectApproved(page: Page, genuine: string): Promise<void> {
  expect(await merge(page, genuine)).toBeNull();
  await expectCalendarStatus(page, 'Freigegeben');
  const { included } = await openExport(page, EXPORT_RANGE);
  await included.getByText(TITLE).waitFor();
}

describe('forged workspace files at the restore door', () => {
  it('downgrades every forgery with the reason, refuses an editor, and lets the genuine file back in', async () => {
    const { page } = await suite.open();
    await addProfile(page, APPROVER, true);
    await addProfile(page, EDITOR, false);
    await approvedPost(page);
    const { text, file } = await download(page);
    const genuine = writeCopy('echt', text);
    const post = file.posts.find((candidate) => candidate.title === TITLE);
    expect(post?.workflow.approvals.length).toBe(1);
    const editorId = file.profiles.find((profile) => profile.name === EDITOR)?.id ?? '';
    expect(editorId).not.toBe('');
    await expectApproved(page, genuine);

    // (a) The approved text changed afterwards, the old signature kept.
    const changed = JSON.parse(text) as BackupFile;
    for (const candidate of changed.posts.filter((one) => one.title === TITLE)) {
      candidate.text = 'Heute Eintritt frei!';
      candidate.variants = candidate.variants.map((variant) => ({
        ...variant,
        text: 'Heute Eintritt frei!',
      }));
    }
    await expectHeldBack(
      page,
      await merge(page, writeCopy('text', changed)),
      /Der Inhalt wurde nach der Freigabe/u,
    );
    await expectApproved(page, genuine);

    // (b) The author approved her own post.
    const selfApproved = JSON.parse(text) as BackupFile;
    for (const candidate of selfApproved.posts.filter((one) => one.title === TITLE)) {
      candidate.workflow.approvals = candidate.workflow.approvals.map((approval) => ({
        ...approval,
        profileId: candidate.createdBy,
      }));
    }
    await expectHeldBack(
      page,
      await merge(page, writeCopy('selbst', selfApproved)),
      /Die Freigabe für Schritt 1 passt nicht zu ihrer Unterschrift/u,
    );
    await expectApproved(page, genuine);

    // (b') An approver writes the post herself (author and last editor set to her in the file) and approves it
    // with her own genuine, certified key, signed on her own desk.
    const approverId = file.profiles.find((profile) => profile.name === APPROVER)?.id ?? '';
    const ownPost = JSON.parse(text) as BackupFile;
    for (const candidate of ownPost.posts.filter((one) => one.title === TITLE)) {
      candidate.createdBy = approverId;
      candidate.workflow.lastEditorId = approverId;
      candidate.workflow.approvals = await Promise.all(
        candidate.workflow.approvals.map(async (approval) => {
          const genuine = approval.signature;
          if (genuine?.statement === undefined) throw new Error('the genuine approval has no v2 statement');
          const statement = { ...genuine.statement, authorId: approverId, lastEditorId: approverId };
          const value = await signOnDesk(page, approverId, genuine.algorithm, statement);
          return { ...approval, signature: { ...genuine, statement, value } };
        }),
      );
    }
    await expectHeldBack(
      page,
      await merge(page, writeCopy('eigen', ownPost)),
      /stammt von der Autorin oder dem Autor\. Es gilt das Vier-Augen-Prinzip\./u,
      // The signature itself holds: four eyes alone keep the post back.
      /ungültig|passt nicht|nicht von einer Administratorin/u,
    );
    await expectApproved(page, genuine);

    // (c) A roster entry made by hand: the editor becomes an approver (signed by a made-up key posing as the
    // root) and the approval is claimed for the editor.
    const promoted = JSON.parse(text) as BackupFile;
    const forger = await generateApproverKeys();
    const forgerKey = { algorithm: forger.algorithm, keyId: forger.keyId, publicKeyJwk: forger.publicKeyJwk };
    const grant = await createGrant(
      forger,
      {
        orgId: promoted.roster.root.keyId,
        profileId: editorId,
        name: EDITOR,
        roles: ['editor', 'approver'],
        key: forgerKey,
        validFrom: '2026-11-01T00:00:00.000Z',
      },
      new Date('2026-11-25T08:00:00Z'),
    );
    const envelope = {
      ...grant.envelope,
      signatures: grant.envelope.signatures.map((signature) => ({
        ...signature,
        keyid: promoted.roster.root.keyId,
      })),
    };
    promoted.roster.entries.push({ id: envelopeId(envelope), envelope });
    const editorProfile = promoted.profiles.find((profile) => profile.id === editorId);
    if (editorProfile) editorProfile.publicKey = forgerKey;
    for (const candidate of promoted.posts.filter((one) => one.title === TITLE)) {
      candidate.workflow.approvals = await Promise.all(
        candidate.workflow.approvals.map(async (approval) => {
          const statement = approval.signature?.statement;
          if (statement === undefined) throw new Error('the genuine approval has no v2 statement');
          const forged = { ...statement, signerProfileId: editorId, keyId: forger.keyId };
          return { ...approval, profileId: editorId, signature: await signApprovalV2(forged, forger) };
        }),
      );
    }
    await expectHeldBack(
      page,
      await merge(page, writeCopy('rolle', promoted)),
      /Der Schlüssel der Freigabe für Schritt 1 ist nicht von einer Administratorin/u,
    );
    await expectApproved(page, genuine);

    // (d) An editor-only profile cannot restore: the button is off and the reason is shown.
    await switchProfile(page, ADMIN, EDITOR);
    await nav(page, 'Einstellungen').click();
    const section = page.getByRole('region', { name: 'Sicherung' });
    await section
      .getByText(
        'Nur Administratorinnen und Administratoren können eine Sicherung wiederherstellen oder zusammenführen.',
      )
      .waitFor();
    expect(
      await section.getByRole('button', { name: 'Datei zum Wiederherstellen wählen …' }).isDisabled(),
    ).toBe(true);
  });
});
