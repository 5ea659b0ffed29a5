/**
 * The app's own templates pass the app's own checks: every built-in template (and the quiz's answer post),
 * filled with plausible values and rendered in every locale, gives no readability or long-sentence warning and
 * quotes as the locale's German does («…» in Swiss German).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import { checkPost } from '../checks/engine';
import { CHECK_RULES } from '../checks/registry';
import { DEFAULT_CHECK_SETTINGS } from '../checks/types';
import { UI_LOCALES } from '../model/settings';
import { BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE } from './builtIn';
import { renderTemplate } from './render';

const VALUES: Record<string, string> = {
  question: 'Wie viele Brücken hat unsere Stadt?',
  options: '12\n27\n41',
  answer: 'B) 27',
  answerDate: '2026-12-10',
  quizDate: '2026-12-03',
  explanation: 'Die älteste steht seit 1520 am Markt.',
  name: 'Sabine Keller',
  role: 'Sachbearbeiterin',
  department: 'Bürgerbüro',
  quote: 'Ich helfe gern, wenn es kompliziert wird.',
  job: 'Sachbearbeitung Wohngeld',
  deadline: '2026-12-15',
  link: 'https://www.example.org/stellen/123',
  title: 'Tag der offenen Tür',
  date: '2026-12-12',
  time: '10 bis 16 Uhr',
  place: 'Rathaus, Marktplatz 1',
  whatHappened: 'Im Rathaus ist der Strom ausgefallen.',
  whatToDo: 'Bitte kommen Sie morgen wieder.',
  moreInformation: 'Auf unserer Website.',
};

const cases = UI_LOCALES.flatMap((locale) =>
  [...BUILT_IN_TEMPLATES, QUIZ_ANSWER_TEMPLATE].map((template) => [template.name, locale, template] as const),
);

describe('built-in templates against the checks', () => {
  it.each(cases)('%s (%s) raises no readability or long-sentence warning', (_name, locale, template) => {
    const rendered = renderTemplate(template, VALUES, locale);
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const findings = checkPost(
      {
        variants: [{ channel: 'facebook', format: 'feed', text: rendered.text, mediaIds: [] }],
        media: {},
        altTexts: {},
        crisis: template.kind === 'crisis',
        settings: DEFAULT_CHECK_SETTINGS,
        limitSettings: DEFAULT_LIMIT_SETTINGS,
        consents: [],
        scheduledAt: null,
        timeZone: 'Europe/Zurich',
        now: new Date('2026-11-25T08:00:00Z'),
      },
      CHECK_RULES,
    );
    const readability = findings.filter(
      (finding) => finding.rule === 'readability.readingEase' || finding.rule === 'readability.longSentence',
    );
    expect(readability.map((finding) => [finding.rule, finding.params])).toEqual([]);
  });
});

describe('built-in templates in each locale’s German', () => {
  it.each(cases)('%s (%s) quotes and spells as the locale does', (_name, locale, template) => {
    const rendered = renderTemplate(template, VALUES, locale);
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const text = `${rendered.title}\n${rendered.text}`;
    if (locale === 'de-CH') {
      // Swiss Standard German: «…» and ‹…›, never „…“ or ‚…‘, and "ss" for "ß".
      expect(text).not.toMatch(/[„“‚‘ß]/u);
    } else {
      expect(text).not.toMatch(/[«»‹›]/u);
    }
  });

  it('the staff portrait quotes the person «…» in Swiss German and „…“ in German and Austrian German', () => {
    const portrait = BUILT_IN_TEMPLATES.find((template) => template.kind === 'staffPortrait');
    if (!portrait) throw new Error('no staff portrait template');
    const textIn = (locale: (typeof UI_LOCALES)[number]) => {
      const rendered = renderTemplate(portrait, VALUES, locale);
      return rendered.ok ? rendered.text : '';
    };
    expect(textIn('de-CH')).toContain('«Ich helfe gern, wenn es kompliziert wird.»');
    expect(textIn('de-CH')).toContain('In unserer Reihe «Menschen in der Verwaltung»');
    expect(textIn('de-DE')).toContain('„Ich helfe gern, wenn es kompliziert wird.“');
    expect(textIn('de-AT')).toContain('„Ich helfe gern, wenn es kompliziert wird.“');
  });

  it('keeps a saved template and the typed values as written', () => {
    const portrait = BUILT_IN_TEMPLATES.find((template) => template.kind === 'staffPortrait');
    if (!portrait) throw new Error('no staff portrait template');
    const own = { ...portrait, id: 'user-1', builtIn: false };
    const rendered = renderTemplate(own, { ...VALUES, quote: 'Die „Strasse“ gehört allen.' }, 'de-CH');
    expect(rendered.ok && rendered.text).toContain('„Die „Strasse“ gehört allen.“');
    const builtIn = renderTemplate(portrait, { ...VALUES, quote: 'Die „Strasse“ gehört allen.' }, 'de-CH');
    expect(builtIn.ok && builtIn.text).toContain('«Die „Strasse“ gehört allen.»');
  });
});

describe('the quiz text', () => {
  it('asks for a reaction a story has (a message), not for comments, which stories do not have', () => {
    const quiz = BUILT_IN_TEMPLATES.find((template) => template.kind === 'quiz');
    expect(quiz?.body).not.toMatch(/Kommentar/u);
    expect(quiz?.body).toMatch(/Nachricht/u);
  });
});
