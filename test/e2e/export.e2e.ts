/**
 * Export from the browser build: with nothing approved the page says so and names the reason; after a second
 * profile approved the post, the week is exported as a calendar (read back with ical.js), a Hootsuite CSV (read with
 * papaparse) and a publish package (unzipped with fflate, and verified as `civic-desk verify-package` does), and
 * the post is marked exported in the audit log.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { verifyPublishPackage } from '../../shared/export/verifyPackage';
import { parseRosterFile } from '../../shared/trust/rosterFile';
import { verifyRoster } from '../../shared/trust/verifyRoster';
import { approveFromQueue, nav, openExport, switchProfile, writeAndSubmit } from './deskSteps';
import { DEFAULT_SETUP, useDeskSuite } from './harness';

// Wednesday 25 November 2026: the export page opens on Monday 30 November to Sunday 6 December.
const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });
const EDITOR = DEFAULT_SETUP.admin;
const APPROVER = 'Paula Prüfer';
const TITLE = 'Adventsmarkt im Rathaus';
const NOTHING = 'Im gewählten Zeitraum gibt es keine Beiträge, die exportiert werden können.';

/** The desk's exported roster (Schlüsselliste), read back as a verifier's trust anchor from outside the package. */
async function rosterOf(page: Page): Promise<Awaited<ReturnType<typeof verifyRoster>>> {
  await nav(page, 'Schlüssel').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Schlüsselliste exportieren' }).click(),
  ]);
  const parsed = parseRosterFile(readFileSync(await file.path(), 'utf8'));
  if (!parsed.ok) throw new Error(`roster file: ${parsed.error}`);
  return verifyRoster(parsed.file.entries, parsed.file.root);
}

async function download(page: Page, format: RegExp | string): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByRole('radio', { name: format }).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportieren und speichern' }).click(),
  ]);
  const path = await file.path();
  await page.getByRole('status').filter({ hasText: file.suggestedFilename() }).waitFor();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('export', () => {
  it('says there is nothing to export while the post waits for approval, and why', async () => {
    const { page } = await suite.open();
    await nav(page, 'Einstellungen').click();
    await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
    await page.getByLabel('Name', { exact: true }).fill(APPROVER);
    await page.getByRole('checkbox', { name: 'Freigabe', exact: true }).check();
    await page.getByRole('button', { name: 'Profil speichern' }).click();
    await page.getByText(`Profil „${APPROVER}“ gespeichert.`).waitFor();
    await writeAndSubmit(
      page,
      '2026-12-03',
      TITLE,
      'Der Adventsmarkt im Rathaus öffnet am Donnerstag um 16 Uhr. Wir freuen uns auf Sie.',
    );

    const { excluded } = await openExport(page);
    await page.getByRole('heading', { name: 'Export', level: 1 }).waitFor();
    expect(await page.getByLabel('Von').inputValue()).toBe('2026-11-30');
    expect(await page.getByLabel('Bis').inputValue()).toBe('2026-12-06');
    await page.getByText(NOTHING).waitFor();
    await excluded.getByRole('heading', { name: 'Bleibt hier (1)' }).waitFor();
    const left = excluded.getByRole('listitem');
    await expect.poll(() => left.textContent()).toContain(TITLE);
    expect(await left.textContent()).toContain(
      'Nicht freigegeben: Nur freigegebene Beiträge verlassen Civic Desk.',
    );
    expect(await page.getByRole('button', { name: 'Exportieren und speichern' }).isDisabled()).toBe(true);
  });

  it('exports the approved week as calendar, Hootsuite CSV and publish package, and marks the post exported', async () => {
    const { page } = await suite.open();
    await switchProfile(page, EDITOR, APPROVER);
    await approveFromQueue(page, TITLE);
    await switchProfile(page, APPROVER, EDITOR);

    const { included } = await openExport(page);
    await included.getByRole('heading', { name: 'Wird exportiert (1)' }).waitFor();
    await included.getByText(TITLE).waitFor();

    const calendar = await download(page, 'Kalender (ICS) für Outlook und andere Kalender');
    expect(calendar.name).toBe('civic-desk_2026-11-30_2026-12-06.ics');
    const events = ICAL.Component.fromString(strFromU8(calendar.bytes)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe(`${TITLE} (Facebook)`);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T09:00:00.000Z');

    const csv = await download(page, 'Hootsuite (CSV)');
    expect(csv.name).toBe('hootsuite-facebook_2026-11-30_2026-12-06.csv');
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(strFromU8(csv.bytes.slice(3)), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe('03/12/2026 10:00');
    expect(rows[0]?.[1]).toContain('Der Adventsmarkt im Rathaus öffnet');

    const zip = await download(page, /^Veröffentlichungspaket/);
    const entries = unzipSync(zip.bytes);
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] ?? new Uint8Array())) as {
      posts: { title: string; approvals: { approverName: string }[]; networks: { textFile: string }[] }[];
    };
    expect(manifest.posts.map((post) => post.title)).toEqual([TITLE]);
    expect(manifest.posts[0]?.approvals.map((approval) => approval.approverName)).toEqual([APPROVER]);
    const textFile = manifest.posts[0]?.networks[0]?.textFile ?? '';
    expect(strFromU8(entries[textFile] ?? new Uint8Array())).toContain('Der Adventsmarkt im Rathaus öffnet');
    // The package the browser wrote is signed whole by the exporter: it verifies as trusted against the desk's own
    // roster, as `civic-desk verify-package --keys` checks it, and only as unanchored without it.
    expect(Object.keys(entries)).toContain('manifest.sig.json');
    const roster = await rosterOf(page);
    const verified = await verifyPublishPackage(zip.bytes, { trust: { roster } });
    expect([verified.status, verified.version, verified.problems, verified.warnings]).toEqual([
      'trusted',
      3,
      [],
      [],
    ]);
    expect(verified.signer?.name).toBe(EDITOR);
    expect(verified.summary).toMatchObject({ approvalsVerified: 1, postsConfirmed: 1 });
    expect((await verifyPublishPackage(zip.bytes)).status).toBe('unanchored');

    // The audit log names each file with its hash.
    await nav(page, 'Protokoll').click();
    await page.getByText(`${zip.name} · SHA-256`).first().waitFor();
  });
});
