/**
 * The office's own contact data (Settings → "Eigene Kontaktdaten"): typed key by key, the field keeps the spaces
 * inside the phone number and the line break before the next entry; once the town's own number is in the list, a
 * post that names it no longer has the blocking personal-data finding, while a private number in the same text
 * still has it.
 */
import { describe, expect, it } from 'vitest';
import { useDeskSuite } from './harness';
import { nav } from './deskSteps';

const suite = useDeskSuite({ now: new Date('2026-11-25T09:00:00+01:00') });
const OWN_MAIL = 'rathaus@example.de';
const OWN_PHONE = '030 9018 2233';
const PRIVATE_PHONE = '0171 234 56 78';

describe('own contact data', () => {
  it('keeps spaces and line breaks while typing, and clears the town’s own number in the composer', async () => {
    const { page } = await suite.open();
    await nav(page, 'Einstellungen').click();
    const field = page.getByLabel('Eigene Kontaktdaten (nie als personenbezogene Daten melden)');
    // Into the field as a person does (the settings stay read-only until the desk knows an admin is working),
    // then key by key: a field that tidied each keystroke lost the line break and the spaces, and the number ran
    // into the e-mail address ("rathaus@example.de03090182233"), so it never matched the post.
    await field.click();
    await field.pressSequentially(OWN_MAIL);
    await field.press('Enter');
    await field.pressSequentially(OWN_PHONE);
    expect(await field.inputValue()).toBe(`${OWN_MAIL}\n${OWN_PHONE}`);
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page.getByText('Einstellungen gespeichert.').waitFor();

    await nav(page, 'Kalender').click();
    await page.locator('[role="cell"][data-date="2026-12-03"]').click({ position: { x: 60, y: 60 } });
    const composer = page.getByRole('dialog', { name: 'Neuer Beitrag' });
    await composer.getByLabel('Titel').fill('Sprechzeiten Bürgerbüro');
    await composer.getByRole('checkbox', { name: 'Facebook', exact: true }).check();
    await composer
      .getByLabel('Text für alle Netzwerke')
      .fill(
        `Fragen zur Anmeldung beantwortet das Bürgerbüro unter ${OWN_PHONE}. ` +
          `Herr Meier ist unter ${PRIVATE_PHONE} erreichbar.`,
      );
    // The private number's finding shows that the checks ran on this text; the office's own number has none.
    const phoneFinding = (number: string) =>
      composer.getByText(`„${number}“ sieht aus wie eine Telefonnummer`, { exact: false });
    await phoneFinding(PRIVATE_PHONE).first().waitFor();
    expect(await phoneFinding(OWN_PHONE).count()).toBe(0);
  });
});
