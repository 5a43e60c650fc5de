/** Summaries of score distributions for the luck-versus-skill view. Scores are 0-100. */

export interface FiveNumbers {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Linear-interpolated quantile (the R-7 / spreadsheet definition) of sorted values. */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function fiveNumbers(values: readonly number[]): FiveNumbers {
  const s = [...values].sort((x, y) => x - y);
  return {
    min: s[0]!,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
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

/** Share (0-1) of paired runs (same seed) where `a` scored above `b`. */
export function pairedWinShare(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0)
    throw new RangeError('paired runs need two lists of the same, non-zero length');
  let wins = 0;
  for (let i = 0; i < a.length; i++) if (a[i]! > b[i]!) wins += 1;
  return wins / a.length;
}
