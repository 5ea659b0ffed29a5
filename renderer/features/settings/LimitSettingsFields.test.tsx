/** The contested network limits in settings: each option says in the UI's language where its value comes from. */
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { contestedLimitChoices } from '../../../shared/channels/contested';
import { DEFAULT_LIMIT_SETTINGS } from '../../../shared/channels/limitSettings';
import { createI18n } from '../../i18n/i18n';
import { LimitSettingsFields } from './LimitSettingsFields';

afterEach(() => cleanup());

describe('LimitSettingsFields', () => {
  it.each(['de-DE', 'de-CH', 'de-AT', 'en'] as const)('describes every option in %s', (locale) => {
    const i18n = createI18n(locale);
    for (const choice of contestedLimitChoices()) {
      for (const option of choice.options) {
        const key = `settings.limits.options.${choice.setting}_${option.value}`;
        expect(i18n.exists(key, { lng: locale, fallbackLng: [] }), key).toBe(true);
      }
    }
  });

  it('shows each value with its description, not the developers’ source notes', () => {
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <LimitSettingsFields value={DEFAULT_LIMIT_SETTINGS} onChange={() => undefined} />
      </I18nextProvider>,
    );
    const hashtags = screen.getByLabelText<HTMLSelectElement>('Instagram: höchste Zahl an Hashtags');
    expect([...hashtags.options].map((option) => option.textContent)).toEqual([
      '30 – laut den meisten Hilfeseiten',
      '5 – von Instagram im Dezember 2025 angekündigt, wird schrittweise eingeführt',
    ]);
    expect(document.body.textContent).not.toContain('domain.md');
  });
});
