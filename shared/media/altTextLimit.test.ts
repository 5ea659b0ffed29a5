import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT_SETTINGS } from '../channels/limitSettings';
import { altTextLimitFor } from './altTextLimit';

describe('altTextLimitFor', () => {
  it.each([
    ['LinkedIn is the strictest (256 by default)', ['instagram', 'linkedin', 'x'] as const, 256, 'LinkedIn'],
    ['X and Facebook allow 1,000', ['facebook', 'x'] as const, 1000, 'Facebook'],
  ])('%s', (_name, channels, max, network) => {
    expect(altTextLimitFor('Rathaus', channels, DEFAULT_LIMIT_SETTINGS)).toEqual({
      used: 7,
      max,
      network,
      over: false,
    });
  });

  it('is over by one character past the limit, counted after NFC', () => {
    const exactly = 'e\u0301'.repeat(256); // 512 code units as typed, 256 after NFC
    expect(altTextLimitFor(exactly, ['linkedin'], DEFAULT_LIMIT_SETTINGS)?.over).toBe(false);
    expect(altTextLimitFor(`${exactly}!`, ['linkedin'], DEFAULT_LIMIT_SETTINGS)).toMatchObject({
      used: 257,
      over: true,
    });
  });

  it('follows the contested LinkedIn setting, and is null when no network shows the image', () => {
    const lenient = { ...DEFAULT_LIMIT_SETTINGS, linkedinAltTextLimit: 1000 as const };
    expect(altTextLimitFor('a'.repeat(300), ['linkedin'], lenient)?.over).toBe(false);
    expect(altTextLimitFor('a', [], DEFAULT_LIMIT_SETTINGS)).toBeNull();
  });
});
