/**
 * Profiles end to end: the first start's set-up by hand, an approver with a PIN added in the settings, signing out
 * and in (a wrong PIN is refused, the right one opens), and after a restart the remembered approver is asked for
 * the PIN again before the desk opens.
 */
import { describe, expect, it } from 'vitest';
import { useDeskSuite } from './harness';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00'), setup: false });

describe('profiles', () => {
  it('sets up the desk, adds an approver with a PIN, and signs in as the approver', async () => {
    const { page } = await suite.open();
    await page.getByRole('heading', { level: 1, name: 'Civic Desk einrichten' }).waitFor();

    // Bad input first: the message names the field.
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
    await page.getByText('Bitte geben Sie den Namen Ihrer Organisation ein.').waitFor();
    await page.getByText('Bitte geben Sie einen Namen ein.').waitFor();

    await page.getByLabel('Name der Organisation').fill('Stadt Musterhausen');
    await page.getByLabel('Bundesland oder Kanton').selectOption({ label: 'Bayern' });
    await page.getByLabel('Ihr Name').fill('Anna Admin');
    await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();

    // The organisation's root key is made: its fingerprint in 16 groups of four to read aloud and file away.
    await page.getByRole('heading', { name: 'Fingerabdruck des Organisationsschlüssels' }).waitFor();
    const fingerprint = page.getByLabel('Fingerabdruck', { exact: true });
    const groups = ((await fingerprint.textContent()) ?? '').match(/[0-9A-F]{4}/gu) ?? [];
    expect(groups).toHaveLength(16);
    const orgId = (await page.getByText(/^Organisations-ID: /u).textContent())?.replace(
      'Organisations-ID: ',
      '',
    );
    expect(
      groups
        .join('')
        .toLowerCase()
        .startsWith(orgId ?? '-'),
    ).toBe(true);
    await page.getByRole('button', { name: 'Weiter zum Kalender' }).click();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    // The admin finds the same fingerprint on "Organisation und Schlüssel", with the admin certified.
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Schlüssel' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Organisation und Schlüssel' }).waitFor();
    expect(
      (await page.getByLabel('Fingerabdruck', { exact: true }).textContent())?.match(/[0-9A-F]{4}/gu),
    ).toEqual(groups);
    await page.getByRole('row', { name: /Anna Admin.*bestätigt/u }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Kalender' })
      .click();
    const menuButton = page.getByRole('button', { name: 'Profil: Anna Admin' });
    await menuButton.waitFor();
    // The roles stand beside the button and describe it.
    await expect.poll(() => menuButton.getAttribute('aria-describedby')).toBeTruthy();
    const rolesId = (await menuButton.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${rolesId}"]`).textContent()).toContain('Administration');

    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('button', { name: 'Einstellungen' })
      .click();
    await page.getByRole('button', { name: 'Profil hinzufügen' }).click();
    const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Neues Profil' }) });
    await form.getByLabel('Name', { exact: true }).fill('Paul Prüfer');
    await form.getByRole('checkbox', { name: 'Redaktion' }).uncheck();
    await form.getByRole('checkbox', { name: 'Freigabe' }).check();
    await form.getByLabel('PIN (optional)').fill('12');
    await form.getByRole('button', { name: 'Profil speichern' }).click();
    await form.getByText('Die PIN muss mindestens 4 Ziffern haben.').waitFor();
    await form.getByLabel('PIN (optional)').fill('4711');
    await form.getByRole('button', { name: 'Profil speichern' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Paul Prüfer' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Freigabe');

    await menuButton.click();
    await page.getByRole('menuitem', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wer arbeitet gerade?' }).waitFor();
    await page.getByRole('button', { name: 'Paul Prüfer', exact: true }).click();
    await page.getByRole('heading', { name: 'PIN für Paul Prüfer' }).waitFor();
    await page.getByLabel('PIN', { exact: true }).fill('1111');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText(/Die PIN ist nicht richtig\. Noch 4 Versuche/).waitFor();
    await page.getByLabel('PIN', { exact: true }).fill('4711');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Profil: Paul Prüfer' }).waitFor();
  });

  it('asks the remembered approver for the PIN again after a restart', async () => {
    const { page } = await suite.open();
    await page.getByRole('heading', { level: 1, name: 'Wer arbeitet gerade?' }).waitFor();
    await page.getByRole('heading', { name: 'PIN für Paul Prüfer' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).count()).toBe(0);
    await page.getByLabel('PIN', { exact: true }).fill('4711');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Profil: Paul Prüfer' }).waitFor();
    // An approver may switch crisis mode on.
    await page.getByRole('button', { name: 'Krisenmodus', exact: true }).waitFor();
  });
});
