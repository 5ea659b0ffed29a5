/** The profiles and approval rules of the settings: admins edit, others read; the last admin stays an admin. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { verifyPin } from '../../../shared/profiles/pin';
import { db } from '../../data/store/db';
import { loadSettings } from '../../data/settings/settingsRepository';
import { ADA_ADMIN, ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { PolicySection } from './PolicySection';
import { ProfilesSection } from './ProfilesSection';

const initialUiState = useUiStore.getState();

beforeEach(async () => {
  useUiStore.setState({ ...initialUiState, currentUser: { id: ADA_ADMIN.id }, unlocked: true }, true);
  await db.open();
  await seedProfiles([ANNA_EDITOR, PAUL_APPROVER, ADA_ADMIN]);
});

afterEach(async () => {
  await db.delete();
});

function renderSections() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ProfilesSection />
      <PolicySection settings={DEFAULT_SETTINGS} />
    </I18nextProvider>,
  );
}

describe('ProfilesSection', () => {
  it('keeps the admin role on the last admin, with the reason beside the roles', async () => {
    const user = userEvent.setup();
    renderSections();
    await user.click(await screen.findByRole('button', { name: 'Ada Admin bearbeiten' }));
    const form = screen.getByRole('heading', { name: 'Profil von Ada Admin bearbeiten' }).closest('form');
    const scope = within(form as HTMLElement);
    await user.click(scope.getByRole('checkbox', { name: 'Administration' }));
    await user.click(scope.getByRole('button', { name: 'Profil speichern' }));
    expect(
      await scope.findByText('Mindestens ein Profil muss die Rolle Administration behalten.'),
    ).toBeTruthy();
    expect((await db.profiles.get(ADA_ADMIN.id))?.roles).toEqual(['editor', 'approver', 'admin']);
  });

  it('adds an approver with a PIN; bad input is named beside the field', async () => {
    const user = userEvent.setup();
    renderSections();
    await user.click(await screen.findByRole('button', { name: 'Profil hinzufügen' }));
    const scope = within(
      screen.getByRole('heading', { name: 'Neues Profil' }).closest('form') as HTMLElement,
    );
    await user.type(scope.getByLabelText('Name'), 'Anna Autorin');
    await user.type(scope.getByLabelText('PIN (optional)'), '12a4');
    await user.click(scope.getByRole('button', { name: 'Profil speichern' }));
    expect(await scope.findByText('Es gibt bereits ein Profil mit diesem Namen.')).toBeTruthy();
    expect(scope.getByText('Die PIN darf nur Ziffern enthalten.')).toBeTruthy();

    await user.clear(scope.getByLabelText('Name'));
    await user.type(scope.getByLabelText('Name'), 'Bernd Berger');
    await user.click(scope.getByRole('checkbox', { name: 'Redaktion' }));
    await user.click(scope.getByRole('checkbox', { name: 'Freigabe' }));
    await user.clear(scope.getByLabelText('PIN (optional)'));
    await user.type(scope.getByLabelText('PIN (optional)'), '4711');
    await user.click(scope.getByRole('button', { name: 'Profil speichern' }));

    const row = (await screen.findByRole('cell', { name: /Bernd Berger/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Freigabe')).toBeTruthy();
    expect(within(row).getByText('ja')).toBeTruthy();
    const stored = (await db.profiles.toArray()).find((profile) => profile.name === 'Bernd Berger');
    expect(stored?.roles).toEqual(['approver']);
    expect(stored?.pin && (await verifyPin('4711', stored.pin))).toBe(true);
  });

  it('shows others the list only', async () => {
    useUiStore.setState({ currentUser: { id: ANNA_EDITOR.id } });
    renderSections();
    expect(await screen.findByRole('cell', { name: /Ada Admin/ })).toBeTruthy();
    expect(screen.getByText(/Nur Personen mit der Rolle Administration können Profile anlegen/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Profil hinzufügen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /bearbeiten/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Freigaberegeln speichern' })).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Vorwarnung vor Ablauf (Stunden)').disabled).toBe(true);
  });
});

describe('PolicySection', () => {
  it('refuses a category rule with fewer steps than the default, then saves valid rules', async () => {
    const user = userEvent.setup();
    renderSections();
    const form = await screen.findByRole('form', { name: 'Freigaberegeln' });
    const scope = within(form);
    await scope.findByRole('button', { name: 'Freigaberegeln speichern' });
    const general = within(scope.getByRole('group', { name: 'Regel für alle Beiträge' }));
    await user.click(general.getByRole('button', { name: 'Stufe hinzufügen' }));
    await user.click(scope.getByRole('button', { name: 'Kategorie-Regel hinzufügen' }));
    const category = within(scope.getByRole('group', { name: 'Kategorie „Neue Kategorie“' }));
    await user.click(category.getByRole('button', { name: 'Stufe 2 entfernen' }));
    await user.click(scope.getByRole('button', { name: 'Freigaberegeln speichern' }));
    expect(await scope.findByText('Bitte geben Sie einen Namen für die Kategorie ein.')).toBeTruthy();
    expect(
      scope.getByText(
        'Eine Kategorie-Regel braucht mindestens so viele Stufen wie die Regel für alle Beiträge.',
      ),
    ).toBeTruthy();

    await user.type(category.getByLabelText('Name der Kategorie'), 'Karriere');
    const renamed = within(scope.getByRole('group', { name: 'Kategorie „Karriere“' }));
    await user.click(renamed.getByRole('button', { name: 'Stufe hinzufügen' }));
    const step2 = within(renamed.getByRole('group', { name: 'Stufe 2' }));
    await user.selectOptions(step2.getByLabelText('Wer gibt frei?'), 'people');
    await user.click(step2.getByRole('checkbox', { name: 'Paula Prüfer' }));
    await user.clear(scope.getByLabelText('Vorwarnung vor Ablauf (Stunden)'));
    await user.type(scope.getByLabelText('Vorwarnung vor Ablauf (Stunden)'), '12');
    await user.click(scope.getByRole('button', { name: 'Freigaberegeln speichern' }));

    await waitFor(async () => expect((await loadSettings()).workflow.expiryLeadHours).toBe(12));
    const { policies } = (await loadSettings()).workflow;
    expect(policies.default.steps).toHaveLength(2);
    expect(policies.byCategory.Karriere?.steps[1]).toEqual({
      approvers: { kind: 'people', profileIds: [PAUL_APPROVER.id] },
      mode: 'any',
    });
  });
});
