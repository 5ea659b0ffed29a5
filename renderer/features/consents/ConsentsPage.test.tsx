/** The consent register page against a real IndexedDB (fake-indexeddb). */
import { I18nextProvider } from 'react-i18next';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaMeta } from '../../../shared/model/media';
import { saveConsent, type ConsentInput } from '../../data/media/consentsRepository';
import { db } from '../../data/store/db';
import { createI18n } from '../../i18n/i18n';
import { ConsentsPage } from './ConsentsPage';

const TODAY = '2026-11-25';

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

function renderPage() {
  return render(
    <I18nextProvider i18n={createI18n('de-DE')}>
      <ConsentsPage today={TODAY} country="DE" />
    </I18nextProvider>,
  );
}

async function seed(input: Partial<ConsentInput> = {}) {
  const result = await saveConsent({
    person: 'Maria Muster',
    purpose: 'Fotos vom Sommerfest',
    givenOn: '2026-06-01',
    validUntil: null,
    withdrawnOn: null,
    ...input,
  });
  if (!result.ok) throw new Error(result.messageKey);
  return result.consent;
}

async function rowOf(person: string) {
  const header = await screen.findByRole('rowheader', { name: person });
  return within(header.closest('tr') as HTMLElement);
}

describe('ConsentsPage', () => {
  it('adds a consent and lists it with its dates, status today and linked media', async () => {
    const user = userEvent.setup();
    renderPage();
    expect(await screen.findByText('Es sind noch keine Einwilligungen eingetragen.')).toBeTruthy();

    await user.type(screen.getByLabelText('Name der Person'), 'Jonas Beispiel');
    await user.type(screen.getByLabelText('Zweck'), 'Interview zum Haushalt');
    fireEvent.change(screen.getByLabelText('Erteilt am'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('Gültig bis'), { target: { value: '2027-11-19' } });
    await user.click(screen.getByRole('button', { name: 'Einwilligung speichern' }));

    const row = await rowOf('Jonas Beispiel');
    expect(row.getByText('Interview zum Haushalt')).toBeTruthy();
    expect(row.getByText('20.11.2026')).toBeTruthy();
    expect(row.getByText('19.11.2027')).toBeTruthy();
    expect(row.getByText('Gültig')).toBeTruthy();
    expect(row.getByText('0')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(
      'Die Einwilligung von Jonas Beispiel wurde gespeichert.',
    );
    expect(await db.consents.toArray()).toEqual([
      {
        id: expect.any(String) as string,
        person: 'Jonas Beispiel',
        purpose: 'Interview zum Haushalt',
        givenOn: '2026-11-20',
        validUntil: '2027-11-19',
        withdrawnOn: null,
      },
    ]);
    // The form starts empty again for the next consent.
    expect(screen.getByLabelText('Name der Person')).toHaveProperty('value', '');
  });

  it('shows a message beside an invalid or missing date and saves nothing', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('Name der Person'), 'Jonas Beispiel');
    await user.type(screen.getByLabelText('Zweck'), 'Interview');
    // 30 February does not exist: the date field cannot hold it and stays empty.
    fireEvent.change(screen.getByLabelText('Erteilt am'), { target: { value: '2026-02-30' } });
    await user.click(screen.getByRole('button', { name: 'Einwilligung speichern' }));

    const givenOn = screen.getByLabelText('Erteilt am');
    expect(givenOn.getAttribute('aria-invalid')).toBe('true');
    const message = await screen.findByText('Bitte geben Sie ein gültiges Datum an.');
    expect(givenOn.getAttribute('aria-describedby')).toContain(message.id);
    expect(message.closest('.cd-field')).toBe(givenOn.closest('.cd-field'));
    expect(screen.getByRole('alert').textContent).toContain('Die Einwilligung wurde nicht gespeichert.');
    expect(document.activeElement).toBe(givenOn);

    fireEvent.change(givenOn, { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Gültig bis'), { target: { value: '2026-05-01' } });
    await user.click(screen.getByRole('button', { name: 'Einwilligung speichern' }));
    const validUntil = screen.getByLabelText('Gültig bis');
    const order = await screen.findByText(/Das Enddatum liegt vor dem Tag der Einwilligung/);
    expect(order.closest('.cd-field')).toBe(validUntil.closest('.cd-field'));
    expect(givenOn.getAttribute('aria-invalid')).toBeNull();
    expect(await db.consents.count()).toBe(0);
  });

  it('records a withdrawal with today’s date', async () => {
    const user = userEvent.setup();
    const consent = await seed();
    renderPage();
    const row = await rowOf('Maria Muster');
    await user.click(
      row.getByRole('button', { name: 'Einwilligung von Maria Muster mit heutigem Datum widerrufen' }),
    );

    // The status and the withdrawal date arrive with the same live update, but may render a tick apart.
    await waitFor(() => {
      expect(row.getByText('Widerrufen')).toBeTruthy();
      expect(row.getByText('25.11.2026')).toBeTruthy();
    });
    expect(row.queryByRole('button', { name: /widerrufen$/ })).toBeNull();
    expect((await db.consents.get(consent.id))?.withdrawnOn).toBe(TODAY);
  });

  it('edits a consent in the form', async () => {
    const user = userEvent.setup();
    const consent = await seed();
    renderPage();
    await user.click(
      (await rowOf('Maria Muster')).getByRole('button', { name: 'Einwilligung von Maria Muster bearbeiten' }),
    );
    expect(screen.getByRole('heading', { name: 'Einwilligung von Maria Muster bearbeiten' })).toBeTruthy();
    const person = screen.getByLabelText('Name der Person');
    expect(document.activeElement).toBe(person);
    const purpose = screen.getByLabelText('Zweck');
    await user.clear(purpose);
    await user.type(purpose, 'Fotos vom Sommerfest und vom Weihnachtsmarkt');
    await user.click(screen.getByRole('button', { name: 'Einwilligung speichern' }));

    expect(await screen.findByText('Fotos vom Sommerfest und vom Weihnachtsmarkt')).toBeTruthy();
    expect(await db.consents.get(consent.id)).toMatchObject({
      purpose: 'Fotos vom Sommerfest und vom Weihnachtsmarkt',
    });
    expect(await db.consents.count()).toBe(1);
  });

  it('counts linked media and refuses to delete a consent they still link', async () => {
    const user = userEvent.setup();
    const consent = await seed();
    const media: MediaMeta = {
      id: 'a'.repeat(64),
      kind: 'image',
      mimeType: 'image/jpeg',
      byteLength: 100,
      width: 10,
      height: 10,
      durationSeconds: null,
      fileName: 'Sommerfest.jpg',
      hasSubtitles: false,
      showsPeople: true,
      consentIds: [consent.id],
      createdAt: '2026-06-02T10:00:00.000Z',
    };
    await db.media.put(media);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderPage();

    const row = await rowOf('Maria Muster');
    await waitFor(() => expect(row.getByText('1')).toBeTruthy());
    await user.click(row.getByRole('button', { name: 'Einwilligung von Maria Muster löschen' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Die Einwilligung von Maria Muster ist mit 1 Medium verknüpft und kann nicht gelöscht werden. Lösen Sie ' +
        'zuerst die Verknüpfung oder tragen Sie einen Widerruf ein.',
    );
    expect(await db.consents.count()).toBe(1);

    await db.media.put({ ...media, consentIds: [] });
    await user.click(row.getByRole('button', { name: 'Einwilligung von Maria Muster löschen' }));
    expect(await screen.findByText('Es sind noch keine Einwilligungen eingetragen.')).toBeTruthy();
    expect(await db.consents.count()).toBe(0);
  });
});
