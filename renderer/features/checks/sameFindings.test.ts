import { describe, expect, it } from 'vitest';
import type { PostFinding } from '../../../shared/checks/engine';
import { sameFindings } from './useDraftFindings';

const finding = (id: string, end: number): PostFinding =>
  ({
    id,
    rule: 'limits.length',
    severity: 'block',
    messageKey: 'composer.error',
    params: { used: end },
    source: 'X',
    range: { start: 0, end },
    channel: 'x',
  }) as unknown as PostFinding;

describe('sameFindings', () => {
  it('is true for fresh copies of the same findings', () => {
    const a = [finding('x.length', 300)];
    expect(sameFindings(a, structuredClone(a))).toBe(true);
  });

  it('is false when a finding, its place or its count changed, or one more came', () => {
    const a = [finding('x.length', 300)];
    expect(sameFindings(a, [finding('x.length', 301)])).toBe(false);
    expect(sameFindings(a, [finding('x.other', 300)])).toBe(false);
    expect(sameFindings(a, [...a, finding('x.other', 3)])).toBe(false);
  });
});
