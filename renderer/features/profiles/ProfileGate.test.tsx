/** "Wer arbeitet gerade?": profiles without a PIN open at once; a PIN is checked, wrong tries are braked. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredProfile } from '../../../shared/model/profile';
import { hashPin } from '../../../shared/profiles/pin';
import { App } from '../../App';
import { db } from '../../data/store/db';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ProfileGate } from './ProfileGate';
import { resetPinThrottle } from './pinThrottle';

const initialUiState = useUiStore.getState();
let paula: StoredProfile;

beforeEach(async () => {
  useUiStore.setState({ ...initialUiState, currentUser: { id: '' }, unlocked: false }, true);
  resetPinThrottle();
  await db.open();
  paula = { ...PAUL_APPROVER, pin: await hashPin('2468', { iterations: 1000 }) };
  await seedProfiles([ANNA_EDITOR, paula]);
});

afterEach(async () => {
  await db.delete();
});

function renderGate() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ProfileGate profiles={[ANNA_EDITOR, paula]} />
    </I18nextProvider>,
  );
}

describe('ProfileGate', () => {
  it('opens a profile without a PIN at once', async () => {
    const user = userEvent.setup();
    renderGate();
    expect(screen.getByRole('heading', { level: 1, name: 'Wer arbeitet gerade?' })).toBeTruthy();
    const anna = screen.getByRole('button', { name: 'Anna Autorin' });
    expect(anna.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/AA · Rollen: Redaktion/)).toBeTruthy();
    await user.click(anna);
    expect(useUiStore.getState().currentUser.id).toBe(ANNA_EDITOR.id);
    expect(useUiStore.getState().unlocked).toBe(true);
  });

  it('asks for the PIN, refuses a wrong one with a clear message and opens with the right one', async () => {
    const user = userEvent.setup();
    renderGate();
    expect(screen.getByText(/mit PIN geschützt/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Paula Prüfer' }));
    expect(screen.getByRole('heading', { name: 'PIN für Paula Prüfer' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText('Bitte geben Sie Ihre PIN ein.')).toBeTruthy();

    await user.type(screen.getByLabelText('PIN'), '1111');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByText(/Die PIN ist nicht richtig. Noch 4 Versuche/)).toBeTruthy();
    expect(screen.getByLabelText('PIN').getAttribute('aria-invalid')).toBe('true');
    expect(useUiStore.getState().currentUser.id).toBe('');

    await user.type(screen.getByLabelText('PIN'), '2468');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(useUiStore.getState().currentUser.id).toBe(PAUL_APPROVER.id));
  });

  it('waits 30 seconds after five wrong tries', async () => {
    const user = userEvent.setup();
    renderGate();
    await user.click(screen.getByRole('button', { name: 'Paula Prüfer' }));
    for (let i = 0; i < 5; i++) {
      await user.type(screen.getByLabelText('PIN'), '9999');
      await user.click(screen.getByRole('button', { name: 'Anmelden' }));
      await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('PIN').value).toBe(''));
    }
    expect(await screen.findByText(/Zu viele falsche Versuche. Bitte warten Sie 30 Sekunden/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anmelden' }).hasAttribute('disabled')).toBe(true);
  });

  it('asks a profile remembered with a PIN for its PIN again at start', async () => {
    useUiStore.setState({ currentUser: { id: PAUL_APPROVER.id }, unlocked: false });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'PIN für Paula Prüfer' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Wer arbeitet gerade?' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).toBeNull();
  });
});
