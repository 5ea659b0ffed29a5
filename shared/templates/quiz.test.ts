import { describe, expect, it } from 'vitest';
import { answerPostFor } from './quiz';

const values = {
  question: 'Wie viele Brücken hat unsere Stadt?',
  options: ['12', '27', '41'],
  answer: 'B) 27',
  answerDate: '2026-12-10',
};

describe('answerPostFor', () => {
  it('gives the answer post, scheduled on the answer day at the quiz post time', () => {
    expect(answerPostFor(values, '2026-12-03T10:00:00+01:00', 'Europe/Berlin')).toEqual({
      ok: true,
      title: 'Quiz-Auflösung: Wie viele Brücken hat unsere Stadt?',
      text: [
        'Auflösung unseres Quiz vom 03.12.2026',
        '',
        'Die Frage war: Wie viele Brücken hat unsere Stadt?',
        '',
        'Richtig ist: B) 27',
        '',
        'Vielen Dank an alle, die mitgeraten haben!',
      ].join('\n'),
      scheduledAt: '2026-12-10T10:00:00+01:00',
    });
  });

  it('includes the optional explanation', () => {
    const result = answerPostFor(
      { ...values, explanation: 'Dazu zählen auch die Fußgängerbrücken.' },
      '2026-12-03T10:00:00+01:00',
      'Europe/Berlin',
    );
    expect(result.ok && result.text).toContain(
      'Richtig ist: B) 27\n\nDazu zählen auch die Fußgängerbrücken.\n\nVielen Dank',
    );
  });

  const timing: { name: string; quizAt: string; timeZone: string; answerDate: string; expected: string }[] = [
    {
      name: 'keeps 10:00 local across the October DST end (the offset changes)',
      quizAt: '2026-10-22T10:00:00+02:00',
      timeZone: 'Europe/Berlin',
      answerDate: '2026-10-29',
      expected: '2026-10-29T10:00:00+01:00',
    },
    {
      name: 'reads the quiz time in the organisation zone, not from the given offset',
      quizAt: '2027-03-25T08:30:00Z',
      timeZone: 'Europe/Zurich',
      answerDate: '2027-04-01',
      expected: '2027-04-01T09:30:00+02:00',
    },
    {
      name: 'uses the quiz day in the zone for a late-evening post',
      quizAt: '2026-12-03T23:30:00+01:00',
      timeZone: 'Europe/Berlin',
      answerDate: '2026-12-04',
      expected: '2026-12-04T23:30:00+01:00',
    },
  ];
  for (const { name, quizAt, timeZone, answerDate, expected } of timing) {
    it(name, () => {
      const result = answerPostFor({ ...values, answerDate }, quizAt, timeZone);
      expect(result.ok && result.scheduledAt).toBe(expected);
    });
  }

  it('names the quiz day of the zone in the text', () => {
    const result = answerPostFor(values, '2026-12-03T23:30:00Z', 'Europe/Berlin');
    expect(result.ok && result.text.split('\n')[0]).toBe('Auflösung unseres Quiz vom 04.12.2026');
  });

  it('renders the quiz date in the given locale', () => {
    const result = answerPostFor(values, '2026-12-03T10:00:00+01:00', 'Europe/Berlin', 'en');
    expect(result.ok && result.text.split('\n')[0]).toBe('Auflösung unseres Quiz vom 2026-12-03');
  });

  const failures: { name: string; values: Record<string, string>; missing: string[]; invalid: string[] }[] = [
    { name: 'nothing filled in', values: {}, missing: ['question', 'answer', 'answerDate'], invalid: [] },
    { name: 'no answer date', values: { question: 'Q?', answer: 'A' }, missing: ['answerDate'], invalid: [] },
    {
      name: 'an impossible answer date',
      values: { question: 'Q?', answer: 'A', answerDate: '2027-02-30' },
      missing: [],
      invalid: ['answerDate'],
    },
  ];
  for (const failure of failures) {
    it(`refuses ${failure.name}`, () => {
      expect(answerPostFor(failure.values, '2026-12-03T10:00:00+01:00', 'Europe/Berlin')).toEqual({
        ok: false,
        missing: failure.missing,
        invalid: failure.invalid,
      });
    });
  }
});
