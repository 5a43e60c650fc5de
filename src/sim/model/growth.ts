/**
 * Compound growth over whole quarters, base^k, memoised per base. The step needs
 * 1.015^(q-1) and (1 + demand growth)^(q-1) every quarter, and the portable pow of math.ts
 * is a long software routine; the memo returns the very same bits pow returned.
 */
import { pow } from '../math';
import type { Scenario } from '../scenario/schema';

const MAX_QUARTERS = 256;
/** base -> base^(k-1) at index k (quarter 0's exponent is -1); NaN = not computed yet */
const tables = new Map<number, Float64Array>();

export function compound(base: number, k: number): number {
  if (!Number.isInteger(k) || k < -1 || k >= MAX_QUARTERS - 1) return pow(base, k);
  let table = tables.get(base);
  if (!table) {
    // A scenario has a handful of growth rates; a malformed input stream of bases is bounded too.
    if (tables.size > 64) tables.clear();
    table = new Float64Array(MAX_QUARTERS).fill(Number.NaN);
    tables.set(base, table);
  }
  let v = table[k + 1] as number;
  if (Number.isNaN(v)) {
    v = pow(base, k);
    table[k + 1] = v;
  }
  return v;
}

/** Expected feature points the market wants in quarter q (rises ~1.5% a quarter). */
export function expectedFeatures(scenario: Scenario, quarter: number): number {
  return scenario.market.expectedFeaturePointsPerQuarter * compound(1.015, quarter - 1);
}
