/** The profile menu in the header: keyboard navigation, switching (with a PIN when set) and signing out. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredProfile } from '../../../shared/model/profile';
import { hashPin } from '../../../shared/profiles/pin';
import { db } from '../../data/store/db';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { ProfileMenu } from './ProfileMenu';
import { resetPinThrottle } from './pinThrottle';

const initialUiState = useUiStore.getState();
let profiles: StoredProfile[];

beforeEach(async () => {
  useUiStore.setState({ ...initialUiState, currentUser: { id: ADA_ADMIN.id }, unlocked: true }, true);
  resetPinThrottle();
  await db.open();
  const paula = { ...PAUL_APPROVER, pin: await hashPin('2468', { iterations: 1000 }) };
  profiles = [ADA_ADMIN, ANNA_EDITOR, paula];
  await seedProfiles(profiles);
});

afterEach(async () => {
  await db.delete();
});

function renderMenu() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ProfileMenu profiles={profiles} profile={ADA_ADMIN} />
    </I18nextProvider>,
  );
}

describe('ProfileMenu', () => {
  it('opens by keyboard, moves with the arrow keys, closes with Escape', async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole('button', { name: 'Profil: Ada Admin' });
    // Initials and roles stand beside the button (its name is what it shows: WCAG 2.5.3); the roles describe it.
    expect(button.parentElement?.textContent).toContain('AD');
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Administration');
    button.focus();
    await user.keyboard('{Enter}');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Wechseln zu Anna Autorin',
      'Wechseln zu Paula Prüfer (mit PIN geschützt)',
      'Abmelden',
    ]);
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('switches to a profile with a PIN only after the PIN, and signs out', async () => {
    const user = userEvent.setup();
    renderMenu();
    await user.click(screen.getByRole('button', { name: 'Profil: Ada Admin' }));
    await user.click(screen.getByRole('menuitem', { name: /Paula Prüfer/ }));
    const dialog = screen.getByRole('dialog', { name: 'Zu Paula Prüfer wechseln' });
    expect(dialog).toBeTruthy();
    expect(useUiStore.getState().currentUser.id).toBe(ADA_ADMIN.id);
    await user.type(screen.getByLabelText('PIN'), '2468');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(useUiStore.getState().currentUser.id).toBe(PAUL_APPROVER.id));

    await user.click(screen.getByRole('button', { name: 'Profil: Ada Admin' }));
    await user.click(screen.getByRole('menuitem', { name: 'Abmelden' }));
    expect(useUiStore.getState().currentUser.id).toBe('');
  });
});
