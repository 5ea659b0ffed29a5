import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n/i18n';
import { StorageStatusPanel } from './StorageStatusPanel';

function withStorage(answers: { persisted: boolean; usage?: number; quota?: number }): void {
  const manager = {
    persisted: () => Promise.resolve(answers.persisted),
    persist: () => Promise.resolve(false),
    estimate: () => Promise.resolve({ usage: answers.usage, quota: answers.quota }),
  };
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage: manager }));
}

function renderPanel(locale: 'de-DE' | 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <StorageStatusPanel locale={locale} />
    </I18nextProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage status in the settings', () => {
  it('says in German that persistent storage was granted and how much is used', async () => {
    withStorage({ persisted: true, usage: 1_572_864, quota: 2_147_483_648 });
    renderPanel('de-DE');
    expect(
      await screen.findByText(
        'Dauerhafter Speicher ist gewährt: Der Browser löscht die Daten nicht von sich aus.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('1,5 MB von 2 GB belegt')).toBeTruthy();
  });

  it('warns when it was not granted, and says when the browser does not tell the usage', async () => {
    withStorage({ persisted: false });
    renderPanel('de-DE');
    expect(
      await screen.findByText(/^Dauerhafter Speicher ist nicht gewährt: .*Sicherungen an\.$/),
    ).toBeTruthy();
    expect(screen.getByText('Belegter Speicher unbekannt.')).toBeTruthy();
  });

  it('speaks English when the desk does', async () => {
    withStorage({ persisted: true, usage: 512, quota: 1024 });
    renderPanel('en');
    expect(await screen.findByText('512 byte of 1 kB used')).toBeTruthy();
  });
});
