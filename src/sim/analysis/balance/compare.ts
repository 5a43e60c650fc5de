/**
 * Paired comparisons and the share of score variance explained by the policy: both over the
 * same seeds for every policy, so the seed's luck is held equal.
 */
import { mean, variance } from '../stats';

export interface PairedComparison {
  /** share of seeds where the reference scored strictly higher */
  referenceWins: number;
  /** share of seeds with equal scores */
  ties: number;
  /** mean of (reference - other) over the seeds, points */
  meanMargin: number;
}

export function pairedComparison(
  reference: readonly number[],
  other: readonly number[],
): PairedComparison {
  if (reference.length !== other.length || reference.length === 0)
    throw new RangeError('paired comparison needs two lists of the same, non-zero length');
  let wins = 0;
  let ties = 0;
  let margin = 0;
  reference.forEach((r, i) => {
    const o = other[i] as number;
    if (r > o) wins++;
    else if (r === o) ties++;
    margin += r - o;
  });
  const n = reference.length;
  return { referenceWins: wins / n, ties: ties / n, meanMargin: margin / n };
}

export interface VarianceShare {
  /** the policies included (the non-degenerate ones) */
  policies: string[];
  /** between-policy sum of squares over the total (policy main effect) */
  policy: number;
  /** between-seed sum of squares over the total (seed main effect) */
  seed: number;
  /** the rest: how a policy's luck depends on the seed (interaction) */
  interaction: number;
}

/**
 * Two-way decomposition of a full policies x seeds table of scores (every policy played every
 * seed): total = policy + seed + interaction sums of squares, reported as shares of the total.
 */
export function varianceShare(table: Readonly<Record<string, readonly number[]>>): VarianceShare {
  const policies = Object.keys(table);
  const rows = policies.map((p) => table[p] as readonly number[]);
  const seeds = rows[0]?.length ?? 0;
  if (policies.length < 2 || seeds < 2 || rows.some((r) => r.length !== seeds))
    throw new RangeError('variance share needs 2+ policies over the same 2+ seeds');
  const all = rows.flat();
  const grand = mean(all);
  const total = variance(all) * all.length;
  const policyMeans = rows.map(mean);
  const seedMeans = Array.from({ length: seeds }, (_, s) => mean(rows.map((r) => r[s] as number)));
  const ssPolicy = seeds * policyMeans.reduce((a, m) => a + (m - grand) * (m - grand), 0);
  const ssSeed = policies.length * seedMeans.reduce((a, m) => a + (m - grand) * (m - grand), 0);
  if (total === 0) return { policies, policy: 0, seed: 0, interaction: 0 };
  return {
    policies,
    policy: ssPolicy / total,
    seed: ssSeed / total,
    interaction: Math.max(0, 1 - (ssPolicy + ssSeed) / total),
  };
}
