import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../model/channels';
import { COMMENT_LIMITS, commentLimit } from './commentLimits';
import { resolveLimits } from './limits';

describe('comment limits', () => {
  it('has a sourced limit for every network', () => {
    for (const channel of CHANNELS) {
      expect(commentLimit(channel)).toBeGreaterThan(0);
      expect(COMMENT_LIMITS[channel].source.trim()).not.toBe('');
    }
  });

  it('lets an X reply be as long as a post and marks the figures no network documents', () => {
    expect(commentLimit('x')).toBe(resolveLimits('x').textMax);
    for (const channel of ['facebook', 'instagram', 'linkedin'] as const) {
      expect(COMMENT_LIMITS[channel]).toMatchObject({ approximate: true });
    }
  });
});
