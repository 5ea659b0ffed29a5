import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../model/channels';
import { DEFAULT_LIMIT_SETTINGS, limitSettingsSchema, type LimitSettings } from './limitSettings';
import { NETWORK_LIMITS, resolveLimits } from './limits';
import {
  BYTES_PER_MEGABYTE,
  LIMITS_CHECKED_ON,
  type ContestedLimit,
  type NetworkLimitTable,
  type SourcedLimit,
} from './limitTypes';

type TableEntry = SourcedLimit<unknown> | ContestedLimit;
const entries: [string, TableEntry][] = CHANNELS.flatMap((channel) => {
  const row: NetworkLimitTable = NETWORK_LIMITS[channel];
  const fields = Object.keys(row) as (keyof NetworkLimitTable)[];
  return fields.flatMap((field): [string, TableEntry][] => {
    if (field === 'imageAspectRatio' || field === 'videoAspectRatio') {
      return Object.entries(row[field]).map(([format, entry]) => [`${channel}.${field}.${format}`, entry]);
    }
    return [[`${channel}.${field}`, row[field]]];
  });
});
const contested = entries.filter((pair): pair is [string, ContestedLimit] => 'setting' in pair[1]);

describe('the limit table', () => {
  it.each(entries)('%s names its source and the month it was checked', (_name, entry) => {
    expect(entry.checkedOn).toBe(LIMITS_CHECKED_ON);
    const sources = 'setting' in entry ? entry.options.map((option) => option.source) : [entry.source];
    for (const source of sources) expect(source.trim().length).toBeGreaterThan(5);
  });

  it('marks the "see more" cuts as approximations', () => {
    for (const channel of CHANNELS) {
      const cut: SourcedLimit<number | null> = NETWORK_LIMITS[channel].seeMoreAt;
      if (cut.value !== null) expect(cut.approximate, channel).toBe(true);
    }
  });

  it.each(contested)(
    '%s defaults to the stricter option, which is also the settings default',
    (_name, entry) => {
      const values = entry.options.map((option) => option.value);
      expect(values).toContain(entry.default);
      expect(entry.default).toBe(Math.min(...values));
      expect(DEFAULT_LIMIT_SETTINGS[entry.setting]).toBe(entry.default);
    },
  );

  it.each(contested)('%s: the settings schema accepts exactly its options', (_name, entry) => {
    for (const option of entry.options) {
      expect(limitSettingsSchema.safeParse({ [entry.setting]: option.value }).success).toBe(true);
    }
    expect(limitSettingsSchema.safeParse({ [entry.setting]: entry.default + 1 }).success).toBe(false);
  });

  it('covers every setting with a table entry', () => {
    const settingsInTable = new Set(contested.map(([, entry]) => entry.setting));
    expect([...settingsInTable].sort()).toEqual(Object.keys(DEFAULT_LIMIT_SETTINGS).sort());
  });

  it("keeps X's limit equal to twitter-text's, whose valid range the highlighting relies on", () => {
    const xLimit = NETWORK_LIMITS.x.textMax.value;
    expect(twitterText.parseTweet('a'.repeat(xLimit)).valid).toBe(true);
    expect(twitterText.parseTweet('a'.repeat(xLimit + 1)).valid).toBe(false);
  });
});

describe('limit settings', () => {
  it('fills missing keys with the defaults and rejects unknown keys', () => {
    expect(limitSettingsSchema.parse({ instagramHashtagLimit: 30 })).toEqual({
      ...DEFAULT_LIMIT_SETTINGS,
      instagramHashtagLimit: 30,
    });
    expect(limitSettingsSchema.safeParse({ xTextLimit: 4000 }).success).toBe(false);
  });
});

describe('resolveLimits', () => {
  const lenient: LimitSettings = {
    facebookTextLimit: 63206,
    instagramHashtagLimit: 30,
    instagramCarouselLimit: 20,
    instagramReelMaxSeconds: 900,
    linkedinAltTextLimit: 1000,
    linkedinImageMegabytes: 8,
  };

  it.each([
    ['facebook', 'textMax', 5000, 63206],
    ['instagram', 'hashtagsMax', 5, 30],
    ['instagram', 'mediaItemsMax', 10, 20],
    ['linkedin', 'altTextMax', 256, 1000],
    ['linkedin', 'imageBytesMax', 5 * BYTES_PER_MEGABYTE, 8 * BYTES_PER_MEGABYTE],
  ] as const)('%s.%s is %d by default and %d when chosen', (channel, field, byDefault, chosen) => {
    expect(resolveLimits(channel, DEFAULT_LIMIT_SETTINGS)[field]).toBe(byDefault);
    expect(resolveLimits(channel, lenient)[field]).toBe(chosen);
  });

  it('resolves the contested reel length into the duration range', () => {
    expect(resolveLimits('instagram', DEFAULT_LIMIT_SETTINGS).videoDuration?.maxSeconds).toBe(90);
    expect(resolveLimits('instagram', lenient).videoDuration?.maxSeconds).toBe(900);
  });

  it.each(CHANNELS)('returns plain values only for %s', (channel) => {
    const resolved = resolveLimits(channel, DEFAULT_LIMIT_SETTINGS);
    expect(resolved.channel).toBe(channel);
    for (const value of [resolved.textMax, resolved.mediaItemsMax, resolved.altTextMax]) {
      expect(typeof value).toBe('number');
    }
    expect(resolved.hashtagsMax === null || typeof resolved.hashtagsMax === 'number').toBe(true);
  });
});
