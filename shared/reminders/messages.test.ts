import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from './reminders';
import { reminderMessagesDe, reminderMessagesEn } from './messages';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('reminder messages', () => {
  it('have the same keys and placeholders in German and English, one per reminder kind', () => {
    expect(Object.keys(reminderMessagesDe).sort()).toEqual([...REMINDER_KINDS].sort());
    expect(Object.keys(reminderMessagesEn).sort()).toEqual([...REMINDER_KINDS].sort());
    for (const kind of REMINDER_KINDS) {
      expect(placeholders(reminderMessagesEn[kind])).toEqual(placeholders(reminderMessagesDe[kind]));
      expect(placeholders(reminderMessagesDe[kind])).toContain('title');
    }
  });
});
