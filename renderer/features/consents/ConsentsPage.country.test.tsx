/** The consent register's intro names the law of the organisation's country, in the reader's German. */
import { I18nextProvider } from 'react-i18next';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Country, UiLocale } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { createI18n } from '../../i18n/i18n';
import { ConsentsPage } from './ConsentsPage';

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** The intro paragraph: the text right under the page heading. */
async function introOf(country: Country, locale: UiLocale): Promise<string> {
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <ConsentsPage today="2026-11-25" country={country} />
    </I18nextProvider>,
  );
  const heading = await screen.findByRole('heading', { level: 1, name: 'Einwilligungen' });
  return heading.nextElementSibling?.textContent ?? '';
}

describe('the consent register names the law of the organisation’s country', () => {
  it('Germany: DSGVO and the right to one’s own image under §§ 22, 23 KUG', async () => {
    const intro = await introOf('DE', 'de-DE');
    expect(intro).toMatch(/DSGVO Art\. 6 Abs\. 1 lit\. a und Art\. 7/u);
    expect(intro).toMatch(/§§ 22, 23 KUG/u);
    expect(intro).not.toMatch(/revDSG|ZGB|UrhG/u);
  });

  it('Switzerland: revDSG (nDSG, since 1 September 2023) and Art. 28 ZGB, Swiss spelling, no DSGVO or KUG', async () => {
    const intro = await introOf('CH', 'de-CH');
    expect(intro).toMatch(/revDSG/u);
    expect(intro).toMatch(/nDSG, in Kraft seit 1\. September 2023/u);
    expect(intro).toMatch(/Recht am eigenen Bild nach Art\. 28 ZGB/u);
    expect(intro).toMatch(/kantonale Datenschutzgesetz/u);
    expect(intro).not.toMatch(/DSGVO|KUG|UrhG|ß|„|“/u);
  });

  it('Austria: DSGVO with the Austrian DSG and § 78 UrhG, no KUG', async () => {
    const intro = await introOf('AT', 'de-AT');
    expect(intro).toMatch(/DSGVO Art\. 6 Abs\. 1 lit\. a und Art\. 7 mit dem Datenschutzgesetz, DSG/u);
    expect(intro).toMatch(/Bildnisschutz nach § 78 UrhG/u);
    expect(intro).not.toMatch(/KUG|revDSG|ZGB/u);
  });

  it('a Swiss organisation reading in Standard German still sees its own law', async () => {
    const intro = await introOf('CH', 'de-DE');
    expect(intro).toMatch(/revDSG/u);
    expect(intro).not.toMatch(/DSGVO|KUG/u);
  });
});
