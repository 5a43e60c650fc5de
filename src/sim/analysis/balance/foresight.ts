/**
 * Foresight: what knowing a seed is worth (issue 11). For each of the first few hold-out seeds
 * the search runs on that seed alone, so its best plan knows the seed's market, cards and draws.
 * Against the strongest fixed plan (adversary.ts) on the same seeds, that plan's lead estimates
 * how much reading the situation can be worth at most in this scenario: a reference that reads
 * the game perfectly still cannot know the draws. When the estimate is under the fixed-plan
 * target's margin (targets.ts), no policy can meet the target by reading the game better; the
 * model has to give the situation more weight. It is an estimate, not a bound: the search is not
 * exhaustive, and its plans change only every few quarters (search/plan-space.ts) while a player
 * may change every quarter.
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
  /**
   * whether `worth` is under the fixed-plan target's margin: then reading the game better cannot
   * meet the target on these seeds, and the model must give the situation more weight
   */
  underTargetMargin: boolean;
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
  return {
    budgetPerSeed: settings.foresightBudget,
    seeds: rows,
    worth,
    referenceMargin: mean(rows.map((r) => r.reference - r.adversary)),
    underTargetMargin: worth < FIXED_PLAN_MARGIN,
  };
}
