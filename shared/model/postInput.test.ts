import { describe, expect, it } from 'vitest';
import { validatePostInput, type PostFormInput } from './postInput';

const valid: PostFormInput = {
  title: '  Quiz der Woche ',
  channels: ['instagram', 'facebook', 'instagram'],
  date: '2026-12-03',
  time: '10:00',
  text: 'Wie viele Brücken hat unsere Stadt?',
};

describe('validatePostInput', () => {
  it('accepts a complete post, trims the title, orders networks without duplicates, stores both time forms', () => {
    const result = validatePostInput(valid, 'Europe/Berlin');
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Quiz der Woche',
        channels: ['facebook', 'instagram'],
        text: valid.text,
        variants: [
          { channel: 'facebook', format: 'feed', text: valid.text, mediaIds: [] },
          { channel: 'instagram', format: 'feed', text: valid.text, mediaIds: [] },
        ],
        variantsLinked: true,
        media: [],
        campaignId: null,
        category: null,
        template: null,
        scheduledAt: '2026-12-03T10:00:00+01:00',
        scheduledAtUtc: '2026-12-03T09:00:00.000Z',
      },
    });
  });

  it('accepts an unscheduled draft (no date, no time)', () => {
    const result = validatePostInput({ ...valid, date: '', time: '' }, 'Europe/Berlin');
    expect(result.ok && result.value.scheduledAt).toBe(null);
  });

  it('names each wrong field with its message key', () => {
    const result = validatePostInput(
      { title: '   ', channels: [], date: '2026-02-30', time: '25:00', text: '' },
      'Europe/Berlin',
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'post.errors.titleRequired',
        channels: 'post.errors.channelRequired',
        date: 'post.errors.dateInvalid',
        time: 'post.errors.timeInvalid',
      },
    });
  });

  it('asks for a time when only a date is given, and rejects unknown networks', () => {
    const result = validatePostInput({ ...valid, time: '', channels: ['myspace'] }, 'Europe/Berlin');
    expect(result.ok ? {} : result.errors).toEqual({
      time: 'post.errors.timeInvalid',
      channels: 'post.errors.channelUnknown',
    });
  });

  it('rejects an overlong title', () => {
    const result = validatePostInput({ ...valid, title: 'x'.repeat(201) }, 'Europe/Berlin');
    expect(result.ok ? undefined : result.errors.title).toBe('post.errors.titleTooLong');
  });
});
