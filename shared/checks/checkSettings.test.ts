import { describe, expect, it } from 'vitest';
import { checkSettingsSchema } from './checkSettings';
import { DEFAULT_CHECK_SETTINGS } from './types';

describe('checkSettingsSchema', () => {
  it('fills what older settings lack with the defaults, including no network targets', () => {
    expect(checkSettingsSchema.parse({})).toEqual(DEFAULT_CHECK_SETTINGS);
    expect(checkSettingsSchema.parse({ readingEaseTarget: 60 }).readingEaseTargets).toEqual({});
  });

  it('takes a reading-ease target for some networks only, between 0 and 100', () => {
    expect(checkSettingsSchema.parse({ readingEaseTargets: { linkedin: 35 } }).readingEaseTargets).toEqual({
      linkedin: 35,
    });
    expect(checkSettingsSchema.safeParse({ readingEaseTargets: { tiktok: 35 } }).success).toBe(false);
    expect(checkSettingsSchema.safeParse({ readingEaseTargets: { x: 101 } }).success).toBe(false);
    expect(checkSettingsSchema.safeParse({ readingEaseTargets: { x: 12.5 } }).success).toBe(false);
  });
});
