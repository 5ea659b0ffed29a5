import { describe, expect, it } from 'vitest';
import { contestedLimitChoices } from './contested';
import { DEFAULT_LIMIT_SETTINGS, limitSettingsSchema } from './limitSettings';

describe('contestedLimitChoices', () => {
  it('lists each setting of LimitSettings once, with options the schema accepts and the default among them', () => {
    const choices = contestedLimitChoices();
    expect(choices.map((choice) => choice.setting).sort()).toEqual(
      Object.keys(DEFAULT_LIMIT_SETTINGS).sort(),
    );
    for (const choice of choices) {
      expect(choice.options.length).toBeGreaterThanOrEqual(2);
      expect(choice.options.map((option) => option.value)).toContain(DEFAULT_LIMIT_SETTINGS[choice.setting]);
      for (const option of choice.options) {
        expect(limitSettingsSchema.safeParse({ [choice.setting]: option.value }).success).toBe(true);
        expect(option.source.length).toBeGreaterThan(0);
      }
    }
    expect(choices.find((choice) => choice.setting === 'instagramHashtagLimit')?.channel).toBe('instagram');
  });
});
