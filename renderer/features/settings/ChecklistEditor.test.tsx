import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_CHECKLIST, type ChecklistItem } from '../../../shared/checks/checklist';
import { createI18n } from '../../i18n/i18n';
import { ChecklistEditor } from './ChecklistEditor';

function Harness({ onValue }: { onValue: (value: ChecklistItem[]) => void }) {
  const [value, setValue] = useState(DEFAULT_CHECKLIST.slice(0, 2));
  return (
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ChecklistEditor
        value={value}
        onChange={(next) => {
          setValue(next);
          onValue(next);
        }}
      />
    </I18nextProvider>
  );
}

describe('checklist editor', () => {
  it('edits text, required flag, categories and networks of an item, adds and removes items', async () => {
    const user = userEvent.setup();
    let latest: ChecklistItem[] = [];
    render(<Harness onValue={(value) => (latest = value)} />);
    const text = screen.getByLabelText('Prüfpunkt 1');
    await user.clear(text);
    await user.type(text, 'Ziel klar');
    await user.type(screen.getAllByLabelText(/Nur für Kategorien/)[0] as HTMLElement, 'Karriere, Krise');
    const networks = screen.getAllByRole('group', { name: /Nur für Netzwerke/ })[0] as HTMLElement;
    await user.click(within(networks).getByRole('checkbox', { name: 'Instagram' }));
    await user.click(screen.getAllByRole('checkbox', { name: 'Pflicht' })[1] as HTMLElement);
    expect(latest[0]).toMatchObject({
      text: 'Ziel klar',
      categories: ['Karriere', 'Krise'],
      channels: ['instagram'],
    });
    expect(latest[1]?.required).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Prüfpunkt hinzufügen' }));
    expect(latest).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Prüfpunkt 1 entfernen' }));
    expect(latest.map((item) => item.id)).not.toContain('goal');
  });
});
