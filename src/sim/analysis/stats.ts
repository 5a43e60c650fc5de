/**
 * Statistics over game results, shared by the CLI's batch, the luck-versus-skill view and the
 * balance lab: one percentile definition for all of them. Scores are 0-100.
 */

export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * Percentile of ascending values by linear interpolation between closest ranks (Hyndman-Fan
 * type 7: R's and NumPy's default, and spreadsheets'); p in 0-1. NaN for no values.
 */
export function percentile(sortedAscending: readonly number[], p: number): number {
  const n = sortedAscending.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sortedAscending[lo] as number;
  const b = sortedAscending[Math.min(lo + 1, n - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Ascending copy (the input is left as it is). */
export function sortedAscending(values: readonly number[]): number[] {
  return values.slice().sort((x, y) => x - y);
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? Number.NaN : sum / values.length;
}

/** Population variance (divides by n): the decomposition of score variance sums these. */
export function variance(values: readonly number[]): number {
  const m = mean(values);
  let sum = 0;
  for (const v of values) sum += (v - m) * (v - m);
  return values.length === 0 ? Number.NaN : sum / values.length;
}

export function fiveNumbers(values: readonly number[]): FiveNumbers {
  if (values.length === 0) throw new RangeError('five numbers of an empty list');
  const s = sortedAscending(values);
  return {
    min: s[0]!,
    q1: percentile(s, 0.25),
    median: percentile(s, 0.5),
    q3: percentile(s, 0.75),
    max: s[s.length - 1]!,
  };
}

/**
 * Percentile rank of `value` among `values`, 0-100: the share below it, ties counted half (so a
 * value equal to all others sits at 50, not at 0 or 100).
 */
export function percentileRank(value: number, values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below += 1;
    else if (v === value) equal += 1;
  }
  return ((below + equal / 2) / values.length) * 100;
}

export interface HistogramBin {
  /** lower edge, inclusive; the last bin also includes its upper edge */
  from: number;
  to: number;
  label: string;
  [series: string]: number | string;
}

/** Counts per score bin for several named series over the same bins (0-100 in `width` steps). */
export function scoreHistogram(
  series: Record<string, readonly number[]>,
  width = 10,
): HistogramBin[] {
  const bins: HistogramBin[] = [];
  for (let from = 0; from < 100; from += width) {
    const to = Math.min(100, from + width);
    const bin: HistogramBin = { from, to, label: `${from}–${to}` };
    for (const [name, values] of Object.entries(series))
      bin[name] = values.filter((v) => v >= from && (v < to || (to === 100 && v === 100))).length;
    bins.push(bin);
  }
  return bins;
}

/** Share (0-1) of paired runs (same seed) where `a` scored above `b` (ties count as losses). */
export function pairedWinShare(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0)
    throw new RangeError('paired runs need two lists of the same, non-zero length');
  let wins = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > b[i]!) wins += 1;
  return wins / a.length;
}
