/**
 * Foresight: what knowing a seed is worth (issue 11). For each of the first few hold-out seeds
 * the search runs on that seed alone, so its best plan knows the seed's market, cards and draws.
 * Against the strongest fixed plan (adversary.ts) on the same seeds, that plan's lead estimates
 * how much knowing the situation is worth to a schedule in this scenario: a reference that reads
 * the game perfectly still cannot know the draws. It is an estimate, not a bound: the search is not
 * exhaustive, and its plans change only every few quarters (search/plan-space.ts) while a player
 * may change every quarter. So where the reference's own margin on the same seeds is larger, the
 * estimate is a floor (a schedule that knows the seed plays less well than a policy that reads
 * each quarter; engine 1.34.0 with the reference's measured rules of thumb, series-b-saas); where
 * it is under the fixed-plan target's margin (targets.ts) and the reference is under it too, even
 * a schedule that knew the seed would not reach the target, and reading must pay through what a
 * schedule cannot do, or the model must give the situation more weight.
 */
import type { FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import { mean } from '../stats';
import type { Evaluate } from './evaluate';
import type { LabSettings } from './lab';
import { searchOnSeeds } from './search';
import { FIXED_PLAN_MARGIN } from './targets';

export interface ForesightSeed {
  seed: number;
  /** the reference's score on the seed */
  reference: number;
  /** the strongest fixed plan's score on the seed */
  adversary: number;
  /** the best score the search found on this seed alone */
  foresight: number;
}

export interface Foresight {
  /** games each seed's search could play */
  budgetPerSeed: number;
  seeds: ForesightSeed[];
  /** mean of foresight − adversary: what knowing the seed was worth over the strongest fixed plan */
  worth: number;
  /** mean of reference − adversary on the same seeds */
  referenceMargin: number;
  verdict: ForesightVerdict;
}

/**
 * What the estimate says: 'reference-beyond' when the reference's margin is larger than `worth`
 * (the estimate is a floor there); else 'under-target' when `worth` is under the fixed-plan
 * target's margin (even a schedule knowing the seed would not reach it); else 'room'.
 */
export type ForesightVerdict = 'reference-beyond' | 'under-target' | 'room';

export function foresightVerdict(worth: number, referenceMargin: number): ForesightVerdict {
  if (referenceMargin > worth) return 'reference-beyond';
  return worth < FIXED_PLAN_MARGIN ? 'under-target' : 'room';
}

/**
 * Searches each of `seeds` alone, starting from the `known` plans (the strongest fixed plan
 * among them, so a seed's best is never below it), and compares with the reference's and the
 * adversary's scores on those seeds (`scoreOn`).
 */
export async function foresightOf(
  scenario: Scenario,
  seeds: readonly number[],
  settings: Pick<LabSettings, 'foresightBudget' | 'population' | 'searchSeed'>,
  known: readonly FixedPlan[],
  scoreOn: (seed: number) => { reference: number; adversary: number },
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<Foresight> {
  const rows: ForesightSeed[] = [];
  const total = seeds.length * settings.foresightBudget;
  for (const [i, seed] of seeds.entries()) {
    const base = i * settings.foresightBudget;
    const found = await searchOnSeeds(
      scenario,
      [seed],
      { ...settings, budget: settings.foresightBudget },
      evaluate,
      (done) => onPlayed?.(base + done, total),
      known,
    );
    rows.push({ seed, ...scoreOn(seed), foresight: found.searchScore });
  }
  const worth = mean(rows.map((r) => r.foresight - r.adversary));
  const referenceMargin = mean(rows.map((r) => r.reference - r.adversary));
  return {
    budgetPerSeed: settings.foresightBudget,
    seeds: rows,
    worth,
    referenceMargin,
    verdict: foresightVerdict(worth, referenceMargin),
  };
}
