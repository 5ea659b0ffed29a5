/** The benchmark's arithmetic: order statistics of repeated runs and ratios against a floor. */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** Linear-interpolated quantile `q` (0..1) of `values` (not modified). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new Error('quantile of no values');
  if (q < 0 || q > 1) throw new Error(`quantile ${q} is outside 0..1`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] ?? 0;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (position - low);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function summarise(values: readonly number[]): Summary {
  return {
    runs: values.length,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    p95: quantile(values, 0.95),
  };
}

/** The app's median over the floor's median; a floor of 0 gives Infinity (never a pass). */
export function ratio(app: Summary, floor: Summary): number {
  if (floor.median <= 0) return Number.POSITIVE_INFINITY;
  return app.median / floor.median;
}

export interface Verdict {
  /** Measured figure (a ratio or an absolute value in the budget's unit). */
  value: number;
  budget: number;
  pass: boolean;
}

/** Within budget when `value ≤ budget`. */
export function verdict(value: number, budget: number): Verdict {
  return { value, budget, pass: Number.isFinite(value) && value <= budget };
}
