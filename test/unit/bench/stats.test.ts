import { describe, expect, it } from 'vitest';
import { median, quantile, ratio, summarise, verdict } from '../../../bench/stats';

describe('bench arithmetic', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates quantiles linearly and refuses what has no quantile', () => {
    const values = Array.from({ length: 101 }, (_, index) => index);
    expect(quantile(values, 0.95)).toBe(95);
    expect(quantile([1, 2], 0.95)).toBeCloseTo(1.95);
    expect(() => quantile([], 0.5)).toThrow('no values');
    expect(() => quantile([1], 1.5)).toThrow('outside 0..1');
  });

  it('summarises runs with median, min, max and p95', () => {
    expect(summarise([10, 30, 20, 50, 40])).toEqual({ runs: 5, median: 30, min: 10, max: 50, p95: 48 });
  });

  it('divides the medians for a ratio; a zero floor never passes', () => {
    const app = summarise([11, 12, 13]);
    const floor = summarise([9, 10, 11]);
    expect(ratio(app, floor)).toBeCloseTo(1.2);
    expect(verdict(ratio(app, floor), 1.15)).toEqual({ value: 1.2, budget: 1.15, pass: false });
    expect(verdict(1.1, 1.15).pass).toBe(true);
    expect(verdict(ratio(app, summarise([0])), 2).pass).toBe(false);
  });
});
