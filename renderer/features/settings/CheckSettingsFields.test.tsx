import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from '../../../shared/checks/types';
import { createI18n } from '../../i18n/i18n';
import { CheckSettingsFields } from './CheckSettingsFields';

function Harness({ onValue }: { onValue: (value: CheckSettings) => void }) {
  const [value, setValue] = useState<CheckSettings>(DEFAULT_CHECK_SETTINGS);
  return (
    <I18nextProvider i18n={createI18n('de-DE')}>
      <CheckSettingsFields
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
    </I18nextProvider>
  );
}

describe('check settings fields', () => {
  it('sets a reading-ease target for one network, and an emptied field falls back to the organisation’s', async () => {
    const user = userEvent.setup();
    let latest: CheckSettings = DEFAULT_CHECK_SETTINGS;
    render(<Harness onValue={(value) => (latest = value)} />);
    const linkedIn = screen.getByLabelText('Lesbarkeit: Mindestwert für LinkedIn (leer: wie oben)');
    expect(linkedIn).toHaveProperty('value', '');
    await user.type(linkedIn, '35');
    expect(latest.readingEaseTargets).toEqual({ linkedin: 35 });
    expect(latest.readingEaseTarget).toBe(DEFAULT_CHECK_SETTINGS.readingEaseTarget);
    await user.type(screen.getByLabelText('Lesbarkeit: Mindestwert für X (leer: wie oben)'), '60');
    expect(latest.readingEaseTargets).toEqual({ linkedin: 35, x: 60 });
    await user.clear(linkedIn);
    expect(latest.readingEaseTargets).toEqual({ x: 60 });
  });
});

describe('allow-list of the organisation’s own contact data', () => {
  it('keeps spaces and line breaks while typing and stores one trimmed entry per line', async () => {
    const user = userEvent.setup();
    let latest: CheckSettings = DEFAULT_CHECK_SETTINGS;
    render(<Harness onValue={(value) => (latest = value)} />);
    const field = screen.getByLabelText<HTMLTextAreaElement>(/^Eigene Kontaktdaten/);
    await user.type(field, '+41 44 123 45 67{Enter}  info@example.ch ');
    expect(field.value).toBe('+41 44 123 45 67\n  info@example.ch ');
    expect(latest.allowList).toEqual(['+41 44 123 45 67', 'info@example.ch']);
    await user.tab();
    expect(field.value).toBe('+41 44 123 45 67\ninfo@example.ch');
  });
});
