/** The header's reminders: count, list, opening the post, and desktop notifications only when allowed. */
import { I18nextProvider } from 'react-i18next';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CHECKLIST } from '../../../shared/checks/checklist';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import type { StoredProfile } from '../../../shared/model/profile';
import { db } from '../../data/store/db';
import { savePostFromForm } from '../../data/posts/postsRepository';
import { setChecklistTick } from '../../data/workflow/reviewRepository';
import { ANNA_EDITOR, PAUL_APPROVER, seedProfiles } from '../../data/settings/testProfiles';
import { submitForReview } from '../../data/workflow/workflowRepository';
import { createI18n } from '../../i18n/i18n';
import { useUiStore } from '../../state/uiStore';
import { resetNotified } from './desktopNotifications';
import { RemindersButton } from './RemindersButton';

const NOW = new Date('2026-11-25T08:00:00Z');
const initialUiState = useUiStore.getState();

class FakeNotification {
  static permission: 'granted' | 'denied' | 'default' = 'default';
  static shown: { title: string; body: string | undefined }[] = [];
  static requestPermission = vi.fn(() => {
    FakeNotification.permission = 'granted';
    return Promise.resolve(FakeNotification.permission);
  });
  readonly title: string;
  constructor(title: string, options?: { body?: string }) {
    this.title = title;
    FakeNotification.shown.push({ title, body: options?.body });
  }
}

async function inReview(title: string, date: string) {
  const context = { actorId: ANNA_EDITOR.id, now: new Date() };
  const saved = await savePostFromForm(
    { title, channels: ['facebook'], date, time: '10:00', text: 'Die Bibliothek ist am Samstag geöffnet.' },
    null,
    { ...context, timeZone: 'Europe/Berlin' },
  );
  if (!saved.ok) throw new Error('save failed');
  for (const item of DEFAULT_CHECKLIST.filter((entry) => entry.required)) {
    await setChecklistTick(saved.post.id, item.id, true, context);
  }
  if (!(await submitForReview(saved.post.id, context)).ok) throw new Error('submit failed');
  return saved.post.id;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  useUiStore.setState(initialUiState, true);
  FakeNotification.permission = 'default';
  FakeNotification.shown = [];
  FakeNotification.requestPermission.mockClear();
  vi.stubGlobal('Notification', FakeNotification);
  resetNotified();
  await db.open();
  await seedProfiles();
});

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  await db.delete();
});

function renderButton(profile: StoredProfile) {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <RemindersButton settings={DEFAULT_SETTINGS} profile={profile} />
    </I18nextProvider>,
  );
}

describe('RemindersButton', () => {
  it('counts the reviews waiting for the approver and opens one from the list', async () => {
    const quiz = await inReview('Quiz', '2026-11-27');
    const user = userEvent.setup();
    renderButton(PAUL_APPROVER);
    const button = await screen.findByRole('button', { name: /Erinnerungen: 1/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    const entry = screen.getByRole('button', {
      name: '„Quiz“ wartet auf Ihre Freigabe (Schritt 1), geplant für 27.11.2026, 10:00 Uhr.',
    });
    await user.click(entry);
    expect(useUiStore.getState().reviewPostId).toBe(quiz);
    expect(screen.queryByRole('region', { name: 'Erinnerungen' })).toBeNull();
    expect(FakeNotification.requestPermission).not.toHaveBeenCalled();
    expect(FakeNotification.shown).toEqual([]);
  });

  it('tells the author that an approval will expire and opens the post in the editor', async () => {
    const soon = await inReview('Sturm', '2026-11-25');
    const user = userEvent.setup();
    renderButton(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: /Erinnerungen: 1/ }));
    await user.click(screen.getByRole('button', { name: /„Sturm“ ist noch nicht freigegeben/ }));
    expect(useUiStore.getState().editor).toEqual({ mode: 'edit', postId: soon });
  });

  it('says when there is nothing to do', async () => {
    const user = userEvent.setup();
    renderButton(ANNA_EDITOR);
    await user.click(await screen.findByRole('button', { name: /Erinnerungen: keine/ }));
    expect(screen.getByText('Zurzeit gibt es nichts zu erledigen.')).toBeTruthy();
  });

  it('notifies on the desktop once per reminder, and only after permission is given by a click', async () => {
    await inReview('Quiz', '2026-11-27');
    const user = userEvent.setup();
    const view = renderButton(PAUL_APPROVER);
    await user.click(await screen.findByRole('button', { name: /Erinnerungen: 1/ }));
    expect(FakeNotification.shown).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Desktop-Benachrichtigungen einschalten' }));
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(1));
    expect(FakeNotification.shown[0]?.body).toMatch(/„Quiz“ wartet auf Ihre Freigabe/);
    expect(screen.getByText('Desktop-Benachrichtigungen sind eingeschaltet.')).toBeTruthy();
    view.unmount();
    renderButton(PAUL_APPROVER);
    await screen.findByRole('button', { name: /Erinnerungen: 1/ });
    await inReview('Lesung', '2026-11-28');
    await screen.findByRole('button', { name: /Erinnerungen: 2/ });
    await waitFor(() => expect(FakeNotification.shown).toHaveLength(2));
    expect(FakeNotification.shown[1]?.body).toMatch(/„Lesung“/);
  });
});
