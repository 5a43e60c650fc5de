/**
 * The adversarial search for the best fixed plan: the cross-entropy method (search/cem.ts) over
 * the plan space (search/plan-space.ts), each candidate scored by its mean over the search's own
 * seeds (the same seeds for every candidate: common random numbers). The winner is then judged
 * on the hold-out seeds by the lab, never on the seeds it was tuned on.
 */
import { newGame } from '../../game';
import { withoutOneOffs } from '../../levers/copy';
import { referencePolicy, type FixedPlan } from '../../policies';
import { rngFromState, seedRng } from '../../rng';
import type { Scenario } from '../../scenario/schema';
import { mean } from '../stats';
import {
  initialDistribution,
  modeOf,
  sampleGenome,
  updateDistribution,
  type Genome,
} from '../search/cem';
import {
  EXPLORE,
  REFINE,
  maxEverythingPlan,
  planOf,
  planSpace,
  repeatedPlan,
  type Closeness,
} from '../search/plan-space';
import { playOnSeeds, type Evaluate } from './evaluate';
import {
  POLISH_CANDIDATES,
  POLISH_SHARE,
  polishAnswers,
  type PolishResult,
  type PolishStart,
} from './polish';
import type { LabSettings } from './lab';
import { searchSeeds } from './seeds';

export interface SearchResult {
  method: 'cross-entropy';
  /** per generation: the best and the mean candidate's score on the search seeds */
  generations: { best: number; mean: number }[];
  /** games the search played (never more than its budget) */
  games: number;
  /** candidate plans per generation */
  population: number;
  searchSeeds: number[];
  /** the best plan found and its mean score on the search seeds */
  plan: FixedPlan;
  searchScore: number;
  /** kept plans (plan-library.ts) that joined the known candidates */
  keptPlans: number;
  /** the kept plan every generation refined (it led from the start), or null: they explored first */
  refined: string | null;
  /** where the best plan came from: this search, or the name of a known or kept plan */
  source: string;
  /** the answer polish after the generations, without its plan (the best plan when it changed) */
  polish: Omit<PolishResult, 'plan'>;
}

/** `source` of a best plan that this search's own generations found. */
export const FOUND_BY_SEARCH = 'search';

export const BEST_FIXED_PLAN = 'best-fixed-plan';

/** The smallest population the search runs with (an elite needs a few candidates to choose from). */
export const MIN_POPULATION = 4;

/**
 * Generations and population within the budget: the known candidates first, then as many
 * generations of the asked population as fit; a budget too small for one such generation runs
 * one smaller generation. The search never plays more games than the budget.
 */
export function searchShape(
  budget: number,
  known: number,
  seeds: number,
  population: number,
): { population: number; generations: number } {
  const left = budget - known * seeds;
  const asked = Math.max(MIN_POPULATION, population);
  if (left >= asked * seeds)
    return { population: asked, generations: Math.floor(left / (asked * seeds)) };
  const fits = Math.floor(left / seeds);
  if (fits < MIN_POPULATION)
    throw new RangeError(
      `search budget ${budget} is too small: the known plans and one generation of ${MIN_POPULATION} candidates on ${seeds} search seeds take ${(known + MIN_POPULATION) * seeds} games`,
    );
  return { population: fits, generations: 1 };
}

export function searchFixedPlan(
  scenario: Scenario,
  settings: Pick<
    LabSettings,
    'budget' | 'searchSeeds' | 'polishSeeds' | 'population' | 'searchSeed'
  >,
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
  /** plans earlier searches found (plan-library.ts): candidates from the start, like the recipes */
  kept: readonly FixedPlan[] = [],
): Promise<SearchResult> {
  return searchOnSeeds(
    scenario,
    searchSeeds(Math.max(1, settings.searchSeeds), settings.searchSeed),
    settings,
    evaluate,
    onPlayed,
    kept,
    searchSeeds(Math.max(1, settings.polishSeeds), settings.searchSeed),
  );
}

/**
 * What a sensible player does in quarter 1 of the company as described (the reference's first
 * decisions there; with a starting situation drawn they would depend on the seed), kept all
 * game: a known plan the search starts from. Its one-offs (a crisis layoff, promotions) are not
 * repeated: kept every quarter they would ask for people the company no longer has.
 */
export function referenceOpeningPlan(scenario: Scenario): FixedPlan {
  const opening = referencePolicy.decide(newGame({ ...scenario, situations: [] }, 1));
  return repeatedPlan('reference-opening', withoutOneOffs(opening));
}

/**
 * The search on the given seeds: the lab's own search seeds, or (foresight.ts) one hold-out seed
 * at a time, to learn what a plan that knew that seed could score. Its generations play up to
 * 1 - POLISH_SHARE of the budget; the rest improves the best plan's answers on `polishSeeds`
 * (polish.ts) and scores the result on `seeds` again.
 */
export async function searchOnSeeds(
  scenario: Scenario,
  seeds: readonly number[],
  settings: Pick<LabSettings, 'budget' | 'population' | 'searchSeed'>,
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
  kept: readonly FixedPlan[] = [],
  polishSeeds: readonly number[] = seeds,
): Promise<SearchResult> {
  const openingPlan = referenceOpeningPlan(scenario);
  const known = [maxEverythingPlan(scenario), openingPlan, ...kept];
  // The polish's share never takes the games the generations need to run at all (searchShape).
  const polishBudget = Math.max(
    0,
    Math.min(
      Math.floor(settings.budget * POLISH_SHARE),
      settings.budget - (known.length + MIN_POPULATION) * seeds.length,
    ),
  );
  const { population, generations } = searchShape(
    settings.budget - polishBudget,
    known.length,
    seeds.length,
    settings.population,
  );
  const perGeneration = population * seeds.length;
  const total = known.length * seeds.length + generations * perGeneration + polishBudget;
  const rng = rngFromState(seedRng(settings.searchSeed));
  let played = 0;

  const score = async (plans: FixedPlan[]): Promise<number[]> => {
    const base = played;
    const results = await playOnSeeds(
      evaluate,
      plans.map((plan) => ({ kind: 'fixed', plan })),
      seeds,
      (n) => onPlayed?.(base + n, total),
    );
    played += plans.length * seeds.length;
    return results.map((games) => mean(games.map((r) => r.score)));
  };

  // The best few plans on the search seeds, best first (an earlier plan stays ahead of a tie).
  const leaders: (PolishStart & { score: number })[] = [];
  const consider = (plan: FixedPlan, score: number, source: string) => {
    const at = leaders.findIndex((l) => score > l.score);
    leaders.splice(at < 0 ? leaders.length : at, 0, { plan, score, source });
    leaders.length = Math.min(leaders.length, POLISH_CANDIDATES);
  };
  // The obvious recipes and the kept plans are candidates from the start: the search must at
  // least match them.
  (await score(known)).forEach((f, i) => consider(known[i] as FixedPlan, f, known[i]?.name ?? ''));
  // Where the generations start (search/plan-space.ts EXPLORE, REFINE). When a kept plan leads,
  // they refine it: the library's plans come from earlier searches' exploring, and every run
  // then goes on from the best plan found so far. Otherwise half of them explore from the
  // reference's opening and the rest refine the best plan known by then (refining alone from a
  // recipe was the weakest search; measurements: docs/model.md, "Balance lab", "Where the
  // generations start").
  const trace: SearchResult['generations'] = [];
  const explore = Math.ceil(generations / 2);
  const stage = async (centre: FixedPlan, closeness: Closeness, count: number) => {
    const space = planSpace(scenario, centre, closeness);
    let dist = initialDistribution(space.dims);
    for (let g = 0; g < count; g++) {
      const genomes: Genome[] = Array.from({ length: population }, () =>
        sampleGenome(space.dims, dist, rng),
      );
      // The distribution's mode is one of the stage's last candidates.
      if (g === count - 1) genomes[0] = modeOf(space.dims, dist);
      const plans = genomes.map((genome) => planOf(space, genome, BEST_FIXED_PLAN));
      const fitness = await score(plans);
      fitness.forEach((f, i) => consider(plans[i] as FixedPlan, f, FOUND_BY_SEARCH));
      trace.push({ best: Math.max(...fitness), mean: mean(fitness) });
      dist = updateDistribution(space.dims, dist, genomes, fitness);
    }
  };
  const leading = (leaders[0] as PolishStart).plan;
  const refined = kept.includes(leading) ? leading.name : null;
  if (refined !== null) await stage(leading, REFINE, generations);
  else {
    await stage(openingPlan, EXPLORE, explore);
    await stage((leaders[0] as PolishStart).plan, REFINE, generations - explore);
  }
  const generationsPlayed = played;
  const { plan: polished, ...polish } = await polishAnswers(
    scenario,
    leaders,
    polishSeeds,
    // the polished plan's games on the search seeds come out of the polish's share
    polishBudget - seeds.length,
    evaluate,
    (n) => onPlayed?.(generationsPlayed + n, total),
  );
  played += polish.games;
  const leader = leaders[0] as PolishStart & { score: number };
  const best =
    polish.changes.length > 0
      ? {
          plan: polished,
          score: (await score([polished]))[0] as number,
          source: FOUND_BY_SEARCH,
        }
      : leader;
  return {
    method: 'cross-entropy',
    generations: trace,
    games: played,
    population,
    searchSeeds: [...seeds],
    plan: { ...best.plan, name: BEST_FIXED_PLAN },
    searchScore: best.score,
    keptPlans: kept.length,
    refined,
    source: best.source,
    polish,
  };
}
