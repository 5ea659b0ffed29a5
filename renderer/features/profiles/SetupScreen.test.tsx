/** The first-start set-up against a real IndexedDB: messages beside the fields, then settings + first admin. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../data/store/db';
import { loadSettings } from '../../data/settings/settingsRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { SetupScreen } from './SetupScreen';
import { keyFingerprint } from '../../../shared/trust/fingerprint';
import { verifyRoster } from '../../../shared/trust/verifyRoster';
import { useSetupFlow } from '../trust/setupFlow';

const initialUiState = useUiStore.getState();

beforeEach(async () => {
  useUiStore.setState({ ...initialUiState, currentUser: { id: '' }, unlocked: false }, true);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

function renderSetup() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <SetupScreen />
    </I18nextProvider>,
  );
}

describe('SetupScreen', () => {
  it('names every problem beside its field and saves nothing', async () => {
    const user = userEvent.setup();
    renderSetup();
    expect(screen.getByRole('heading', { level: 1, name: 'Civic Desk einrichten' })).toBeTruthy();
    await user.type(screen.getByLabelText('PIN (optional)'), '12');
    await user.click(screen.getByRole('button', { name: 'Einrichtung abschließen' }));

    expect(await screen.findByText('Bitte geben Sie den Namen Ihrer Organisation ein.')).toBeTruthy();
    expect(screen.getByText('Bitte geben Sie einen Namen ein.')).toBeTruthy();
    expect(screen.getByText('Die PIN muss mindestens 4 Ziffern haben.')).toBeTruthy();
    expect(screen.getByLabelText('Name der Organisation').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Name der Organisation'));
    expect(await db.profiles.count()).toBe(0);
    expect(useUiStore.getState().currentUser.id).toBe('');
  });

  it('saves the organisation and the first admin, and makes the admin the active profile', async () => {
    const user = userEvent.setup();
    renderSetup();
    await user.type(screen.getByLabelText('Name der Organisation'), 'Gemeinde Muster');
    await user.selectOptions(screen.getByLabelText('Land'), 'CH');
    await user.selectOptions(screen.getByLabelText('Geschlechtergerechte Sprache'), 'colon');
    await user.type(screen.getByLabelText('Ihr Name'), 'Renate Roth');
    expect(screen.getByText(/z\. B\. RR/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Einrichtung abschließen' }));

    // The organisation's root key was made: its fingerprint is shown (16 groups of 4 hex digits, from the stored
    // root) before the desk opens, while the set-up flow keeps this screen.
    const fingerprint = await screen.findByLabelText('Fingerabdruck');
    const [root] = await db.rootKeys.toArray();
    if (!root) throw new Error('no root key stored');
    expect(fingerprint.getAttribute('data-fingerprint')).toBe(keyFingerprint(root.publicKey));
    expect(fingerprint.textContent.replace(/\s/gu, '')).toMatch(/^[0-9A-F]{64}$/u);
    expect(screen.getByText(`Organisations-ID: ${root.orgId}`)).toBeTruthy();
    expect(useSetupFlow.getState().finishing).toBe(true);
    expect(useUiStore.getState().currentUser.id).toBe('');
    // The root certified the admin and signed the policies; the roster verifies against it.
    const roster = await verifyRoster(await db.roster.toArray(), root.publicKey);
    expect(roster.problems).toEqual([]);
    expect(root.privateKey?.extractable).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Weiter zum Kalender' }));

    await waitFor(() => expect(useUiStore.getState().currentUser.id).not.toBe(''));
    expect(useSetupFlow.getState().finishing).toBe(false);
    const [admin] = await db.profiles.toArray();
    if (!admin?.publicKey) throw new Error('the admin has a key');
    expect(roster.rolesAt(admin.id, admin.publicKey.keyId, new Date().toISOString())).toEqual([
      'editor',
      'approver',
      'admin',
    ]);
    expect(admin).toMatchObject({
      name: 'Renate Roth',
      initials: 'RR',
      roles: ['editor', 'approver', 'admin'],
    });
    expect(admin.pin).toBeNull();
    expect(useUiStore.getState().currentUser.id).toBe(admin.id);
    expect(useUiStore.getState().unlocked).toBe(true);
    const settings = await loadSettings();
    expect(settings).toMatchObject({
      organisationName: 'Gemeinde Muster',
      region: { country: 'CH' },
      timeZone: 'Europe/Zurich',
      locale: 'de-CH',
      checks: { genderProfile: 'colon' },
    });
  });
});
