import { describe, expect, it } from 'vitest';
import { builtInTemplate } from './builtIn';
import { containsEmoji, templateWarnings, type TemplateWarning } from './warnings';
import type { PostTemplate, TemplateValues } from './types';

const keys = (warnings: TemplateWarning[]) => warnings.map((w) => w.messageKey);

describe('templateWarnings: recruiting deadline (day granularity in the organisation zone)', () => {
  const recruiting = builtInTemplate('recruiting');
  const values = {
    job: 'Sachbearbeitung',
    department: 'Bürgeramt',
    deadline: '2027-03-31',
    link: 'https://example.de/j',
  };
  const cases: { scheduledAt: string | null; timeZone: string; late: boolean }[] = [
    { scheduledAt: '2027-03-30T10:00:00+02:00', timeZone: 'Europe/Berlin', late: false },
    { scheduledAt: '2027-03-31T00:00:00+02:00', timeZone: 'Europe/Berlin', late: false },
    { scheduledAt: '2027-03-31T23:59:00+02:00', timeZone: 'Europe/Berlin', late: false },
    // 22:30 UTC is 00:30 on 1 April in Berlin: after the deadline day there.
    { scheduledAt: '2027-03-31T22:30:00Z', timeZone: 'Europe/Berlin', late: true },
    { scheduledAt: '2027-04-01T00:00:00+02:00', timeZone: 'Europe/Berlin', late: true },
    { scheduledAt: '2027-03-31T21:30:00Z', timeZone: 'Europe/Zurich', late: false },
    { scheduledAt: null, timeZone: 'Europe/Berlin', late: false },
  ];
  for (const { scheduledAt, timeZone, late } of cases) {
    it(`${scheduledAt ?? 'unscheduled'} in ${timeZone}: ${late ? 'after' : 'not after'} the deadline`, () => {
      const warnings = templateWarnings(recruiting, values, scheduledAt, timeZone);
      expect(warnings).toEqual(
        late
          ? [
              {
                messageKey: 'templates.afterDeadline',
                params: { deadline: '31.03.2027' },
                severity: 'warning',
              },
            ]
          : [],
      );
    });
  }

  it('formats the deadline for the locale, and ignores an invalid deadline', () => {
    const late = '2027-04-02T10:00:00+02:00';
    expect(templateWarnings(recruiting, values, late, 'Europe/Berlin', 'en')[0]?.params).toEqual({
      deadline: '2027-03-31',
    });
    expect(templateWarnings(recruiting, { ...values, deadline: 'bald' }, late, 'Europe/Berlin')).toEqual([]);
  });
});

describe('templateWarnings: other kinds', () => {
  const cases: {
    name: string;
    template: PostTemplate;
    values: TemplateValues;
    scheduledAt: string | null;
    expected: string[];
  }[] = [
    {
      name: 'event: a post on the event day is fine',
      template: builtInTemplate('event'),
      values: { date: '2026-12-01' },
      scheduledAt: '2026-12-01T08:00:00+01:00',
      expected: [],
    },
    {
      name: 'event: a post after the event',
      template: builtInTemplate('event'),
      values: { date: '2026-12-01' },
      scheduledAt: '2026-12-02T08:00:00+01:00',
      expected: ['templates.afterEvent'],
    },
    {
      name: 'quiz: the answer on the quiz day',
      template: builtInTemplate('quiz'),
      values: { options: ['a', 'b'], answerDate: '2026-12-03' },
      scheduledAt: '2026-12-03T10:00:00+01:00',
      expected: ['templates.answerNotAfterQuiz'],
    },
    {
      name: 'quiz: the answer a week later, two options',
      template: builtInTemplate('quiz'),
      values: { options: ['a', 'b'], answerDate: '2026-12-10' },
      scheduledAt: '2026-12-03T10:00:00+01:00',
      expected: [],
    },
    {
      name: 'quiz: a single option',
      template: builtInTemplate('quiz'),
      values: { options: 'nur eine', answerDate: '2026-12-10' },
      scheduledAt: null,
      expected: ['templates.quizFewOptions'],
    },
    {
      name: 'staff portrait: a consent reminder',
      template: builtInTemplate('staffPortrait'),
      values: {},
      scheduledAt: null,
      expected: ['templates.consentRequired'],
    },
  ];
  for (const { name, template, values, scheduledAt, expected } of cases) {
    it(name, () =>
      expect(keys(templateWarnings(template, values, scheduledAt, 'Europe/Berlin'))).toEqual(expected),
    );
  }

  it('the consent reminder is information, not a warning', () => {
    expect(templateWarnings(builtInTemplate('staffPortrait'), {}, null, 'Europe/Berlin')[0]?.severity).toBe(
      'info',
    );
  });
});

describe('templateWarnings: emoji in crisis information', () => {
  const crisis = builtInTemplate('crisis');
  const plain = { whatHappened: 'Stromausfall in der Altstadt.', whatToDo: 'Bitte bleiben Sie ruhig.' };
  const cases: { name: string; values: TemplateValues; emoji: boolean }[] = [
    { name: 'plain text', values: plain, emoji: false },
    {
      name: 'an emoji in a value',
      values: { ...plain, whatToDo: 'Bitte bleiben Sie ruhig 🙏' },
      emoji: true,
    },
    { name: 'a text-style warning sign', values: { ...plain, whatHappened: '⚠ Stromausfall' }, emoji: true },
    { name: 'a flag', values: { ...plain, moreInformation: 'Bund 🇩🇪' }, emoji: true },
    {
      name: '©, ™ and typographic characters',
      values: { ...plain, moreInformation: '© Stadt – „Info“ ™ § 3' },
      emoji: false,
    },
  ];
  for (const { name, values, emoji } of cases) {
    it(`${emoji ? 'warns about' : 'accepts'} ${name}`, () => {
      expect(keys(templateWarnings(crisis, values, null, 'Europe/Berlin'))).toEqual(
        emoji ? ['templates.crisisEmoji'] : [],
      );
    });
  }

  it('warns about emoji in a user crisis template body; other kinds may use emoji', () => {
    const userCrisis: PostTemplate = {
      ...crisis,
      id: 'c0ffee00-0000-4000-8000-000000000000',
      builtIn: false,
      body: '🚨 {{whatHappened}}',
    };
    expect(keys(templateWarnings(userCrisis, plain, null, 'Europe/Berlin'))).toEqual([
      'templates.crisisEmoji',
    ]);
    expect(templateWarnings(builtInTemplate('event'), { title: 'Fest 🎉' }, null, 'Europe/Berlin')).toEqual(
      [],
    );
  });

  it('containsEmoji', () => {
    expect(['Hallo 👋', '❤️', '1️⃣ Punkt', 'Straße', '® 2026', 'ÄÖÜ äöü ß'].map(containsEmoji)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
