/**
 * The template picker against a real (in-memory) IndexedDB: fill the job advertisement, watch the preview, apply;
 * messages beside fields; the quiz answer post; saving the draft as a template; and the warnings list.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { withChannels } from '../../../shared/model/postVariants';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { db } from '../../data/store/db';
import { createI18n } from '../../i18n/i18n';
import { emptyDraft, type ComposerDraft } from '../../../shared/model/composerDraft';
import { TemplatePicker, type TemplatePickerProps } from './TemplatePicker';
import { TemplateWarnings } from './TemplateWarnings';

const settings = DEFAULT_SETTINGS;
const draft: ComposerDraft = {
  ...emptyDraft('2026-12-03', '10:00'),
  title: 'Entwurf',
  content: withChannels({ channels: [], text: '', variants: [], variantsLinked: true, media: [] }, [
    'linkedin',
    'facebook',
  ]),
};

const RECRUITING_TEXT = [
  'Wir suchen Verstärkung!',
  '',
  'Stelle: Sachbearbeitung Wohngeld (m/w/d)',
  'Bereich: Amt für Soziales',
  'Bewerbungsschluss: 15.12.2026',
  '',
  'Sie wollen etwas für die Menschen hier tun? Dann freuen wir uns auf Ihre Bewerbung.',
  '',
  'Alles zur Stelle und zur Bewerbung finden Sie hier: https://www.example.de/stellen/123',
].join('\n');

function renderPicker(value: ComposerDraft = draft, locale: 'de-DE' | 'en' = 'de-DE') {
  const onApply = vi.fn<TemplatePickerProps['onApply']>();
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <TemplatePicker draft={value} settings={settings} onApply={onApply} />
    </I18nextProvider>,
  );
  return onApply;
}

async function openDialog(user: ReturnType<typeof userEvent.setup>, template: string) {
  await user.click(screen.getByRole('button', { name: 'Vorlage verwenden' }));
  const dialog = await screen.findByRole('dialog', { name: 'Vorlage verwenden' });
  // The templates arrive by live query: wait for the choice.
  await user.selectOptions(await within(dialog).findByLabelText('Vorlage'), template);
  return dialog;
}

async function fillRecruiting(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  const scope = within(dialog);
  await user.type(
    scope.getByRole('textbox', { name: 'Stellenbezeichnung' }),
    'Sachbearbeitung Wohngeld (m/w/d)',
  );
  await user.type(scope.getByRole('textbox', { name: 'Amt oder Abteilung' }), 'Amt für Soziales');
  fireEvent.change(scope.getByLabelText(/^Bewerbungsschluss/), { target: { value: '2026-12-15' } });
  await user.type(
    scope.getByRole('textbox', { name: 'Link zur Stellenausschreibung' }),
    'https://www.example.de/stellen/123',
  );
}

const preview = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('region', { name: 'Vorschau' })).getByText(/Wir suchen|Quizzeit/)
    .textContent;

beforeEach(async () => {
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

describe('TemplatePicker', () => {
  it('names the built-in templates and their fields in English on an English desk', async () => {
    const user = userEvent.setup();
    renderPicker(draft, 'en');
    await user.click(screen.getByRole('button', { name: 'Use a template' }));
    const dialog = await screen.findByRole('dialog', { name: 'Use a template' });
    const choice = await within(dialog).findByLabelText('Template');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Quiz', 'Staff portrait', 'Job advertisement', 'Event', 'Crisis information']);
    await user.selectOptions(choice, 'Staff portrait');
    for (const label of ['Name', 'Role', 'Office or department', 'Quote']) {
      expect(within(dialog).getByRole('textbox', { name: label })).toBeTruthy();
    }
  });

  it('offers the built-in templates, fills the job advertisement with a live preview and applies it', async () => {
    const user = userEvent.setup();
    const onApply = renderPicker();
    await user.click(screen.getByRole('button', { name: 'Vorlage verwenden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vorlage verwenden' });
    const options = (await within(dialog).findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual([
      'Quiz',
      'Mitarbeitenden-Porträt',
      'Stellenanzeige',
      'Veranstaltung',
      'Krisenmeldung',
    ]);

    await user.selectOptions(within(dialog).getByLabelText('Vorlage'), 'Stellenanzeige');
    expect(preview(dialog)).toContain('Stelle: [Stellenbezeichnung]');
    expect(
      within(dialog).getByRole('textbox', { name: 'Stellenbezeichnung' }).getAttribute('aria-required'),
    ).toBe('true');
    expect(
      within(dialog)
        .getByLabelText(/^Bewerbungsschluss/)
        .getAttribute('type'),
    ).toBe('date');
    await fillRecruiting(user, dialog);
    expect(preview(dialog)).toBe(RECRUITING_TEXT);
    expect(
      within(dialog).getByText('Titel im Kalender: Stelle: Sachbearbeitung Wohngeld (m/w/d)'),
    ).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    expect(onApply).toHaveBeenCalledExactlyOnceWith({
      title: 'Stelle: Sachbearbeitung Wohngeld (m/w/d)',
      text: RECRUITING_TEXT,
      template: {
        templateId: 'builtin-recruiting',
        values: {
          job: 'Sachbearbeitung Wohngeld (m/w/d)',
          department: 'Amt für Soziales',
          deadline: '2026-12-15',
          link: 'https://www.example.de/stellen/123',
        },
      },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows invalid and missing values beside their fields and applies nothing', async () => {
    const user = userEvent.setup();
    const onApply = renderPicker();
    const dialog = await openDialog(user, 'Stellenanzeige');
    const link = within(dialog).getByRole('textbox', { name: 'Link zur Stellenausschreibung' });
    await user.type(link, 'www.example.de');
    expect(link.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(dialog).getByText('Bitte geben Sie eine Adresse an, die mit http:// oder https:// beginnt.'),
    ).toBeTruthy();
    expect(within(dialog).queryByText('Bitte füllen Sie dieses Feld aus.')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    expect(within(dialog).getByRole('alert').textContent).toContain(
      'Bitte füllen Sie die markierten Felder aus',
    );
    expect(within(dialog).getAllByText('Bitte füllen Sie dieses Feld aus.')).toHaveLength(3);
    const job = within(dialog).getByRole('textbox', { name: 'Stellenbezeichnung' });
    expect(job.getAttribute('aria-describedby')).toBe(job.nextElementSibling?.id);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('warns in the dialog when the post is planned after the application deadline', async () => {
    const user = userEvent.setup();
    renderPicker({ ...draft, date: '2026-12-16' });
    const dialog = await openDialog(user, 'Stellenanzeige');
    await fillRecruiting(user, dialog);
    expect(within(dialog).getByRole('status', { name: 'Hinweise zur Vorlage' }).textContent).toBe(
      'Der Beitrag erscheint erst nach dem Bewerbungsschluss am 15.12.2026.',
    );
  });

  async function fillQuiz(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
    const scope = within(dialog);
    await user.type(scope.getByRole('textbox', { name: 'Frage' }), 'Wie viele Brücken hat unsere Stadt?');
    await user.type(scope.getByRole('textbox', { name: /Antwortmöglichkeiten/ }), '12{Enter}27{Enter}41');
    await user.type(scope.getByRole('textbox', { name: 'Richtige Antwort' }), 'B) 27');
    fireEvent.change(scope.getByLabelText(/^Datum der Auflösung/), { target: { value: '2026-12-10' } });
  }

  it('creates the quiz answer as a second post on the same networks', async () => {
    const user = userEvent.setup();
    const onApply = renderPicker();
    const dialog = await openDialog(user, 'Quiz');
    await fillQuiz(user, dialog);
    expect(preview(dialog)).toContain('A) 12\nB) 27\nC) 41');
    expect(
      within(dialog).getByRole('checkbox', { name: 'Auflösung als zweiten Beitrag anlegen' }),
    ).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledOnce());
    expect(onApply.mock.calls[0]?.[0].template.values.options).toBe('12\n27\n41');
    const posts = await db.posts.toArray();
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({
      title: 'Quiz-Auflösung: Wie viele Brücken hat unsere Stadt?',
      channels: ['linkedin', 'facebook'],
      scheduledAt: '2026-12-10T10:00:00+01:00',
      status: 'draft',
    });
  });

  it('hands the quiz answer to the composer to create later while the post has no date', async () => {
    const user = userEvent.setup();
    const onApply = renderPicker({ ...draft, date: '', time: '' });
    const dialog = await openDialog(user, 'Quiz');
    expect(
      within(dialog).getByText(
        /Die Auflösung wird angelegt, sobald der Beitrag mit Datum, Uhrzeit und Netzwerk/,
      ),
    ).toBeTruthy();
    expect(
      within(dialog).getByRole('checkbox', { name: 'Auflösung als zweiten Beitrag anlegen' }),
    ).toHaveProperty('checked', true);
    await fillQuiz(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Übernehmen' }));
    await waitFor(() => expect(onApply).toHaveBeenCalledOnce());
    expect(onApply.mock.calls[0]?.[0].deferredAnswer).toMatchObject({
      answer: 'B) 27',
      answerDate: '2026-12-10',
    });
    expect(await db.posts.count()).toBe(0);
  });

  it('saves the draft text as a template whose placeholders become fields, and offers it', async () => {
    const user = userEvent.setup();
    const custom: ComposerDraft = {
      ...draft,
      title: 'Sprechstunde',
      content: { ...draft.content, text: 'Sprechstunde am {{tag}} im {{raum}}.' },
    };
    renderPicker(custom);
    await user.click(screen.getByRole('button', { name: 'Als Vorlage speichern' }));
    const saveDialog = await screen.findByRole('dialog', { name: 'Als Vorlage speichern' });
    expect(within(saveDialog).getByText('Felder der Vorlage: {{tag}}, {{raum}}')).toBeTruthy();
    await user.click(within(saveDialog).getByRole('button', { name: 'Speichern' }));
    expect(within(saveDialog).getByText('Bitte geben Sie der Vorlage einen Namen.')).toBeTruthy();
    await user.type(within(saveDialog).getByLabelText('Name der Vorlage'), 'Bürgersprechstunde{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const dialog = await openDialog(user, 'Bürgersprechstunde');
    await user.type(within(dialog).getByRole('textbox', { name: 'tag' }), 'Montag');
    await user.type(within(dialog).getByRole('textbox', { name: 'raum' }), 'Ratssaal');
    expect(
      within(within(dialog).getByRole('region', { name: 'Vorschau' })).getByText(/^Sprechstunde am/)
        .textContent,
    ).toBe('Sprechstunde am Montag im Ratssaal.');
  });
});

describe('TemplateWarnings', () => {
  const recruiting = {
    templateId: 'builtin-recruiting',
    values: {
      job: 'Sachbearbeitung',
      department: 'Bürgeramt',
      deadline: '2026-12-15',
      link: 'https://example.de/j',
    },
  };
  const renderWarnings = (value: ComposerDraft) =>
    render(
      <I18nextProvider i18n={createI18n('de-DE')}>
        <TemplateWarnings draft={value} settings={settings} />
      </I18nextProvider>,
    );

  it('lists the warnings of the draft template for its date', async () => {
    renderWarnings({ ...draft, date: '2026-12-16', template: recruiting });
    const status = await screen.findByRole('status', { name: 'Hinweise zur Vorlage' });
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Der Beitrag erscheint erst nach dem Bewerbungsschluss am 15.12.2026.']);
  });

  it('renders nothing in time, or without a template', async () => {
    const { container } = renderWarnings({ ...draft, date: '2026-12-15', template: recruiting });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.innerHTML).toBe('');
    const other = renderWarnings(draft);
    expect(other.container.innerHTML).toBe('');
  });
});
