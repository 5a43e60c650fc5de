/**
 * The balance lab (issue 11, MODEL.md 7): plays the responsive reference, the extremes, random
 * play, the best fixed plan an adversarial search finds and every plan kept from earlier searches
 * over the same hold-out seeds, and reports dominance (against the strongest of those fixed
 * plans: adversary.ts), skill versus luck, lever sensitivity, option values and calibration. The
 * games are played by an Evaluate function (evaluate.ts), so the CLI's worker processes and the
 * app's Web Worker give the same report.
 */
import { ENGINE_VERSION } from '../../game';
import { LAB_POLICIES, referencePolicy, type FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import type { LocalizedText } from '../../types';
import { strongestFixedPlan, type FixedPlanCandidate } from './adversary';
import { bySituation, type SituationComparison } from './by-situation';
import { mean, percentile, sortedAscending } from '../stats';
import { calibrationOf, gradeCounts, medianGrade, type Calibration } from './calibration';
import {
  pairedComparison,
  varianceShare,
  type PairedComparison,
  type VarianceShare,
} from './compare';
import { playOnSeeds, type Evaluate } from './evaluate';
import { foresightOf, type Foresight } from './foresight';
import { optionValues, type OptionValue } from './options';
import { fixedPlanOf, freeName, type KeptPlan } from './plan-library';
import { BEST_FIXED_PLAN, searchFixedPlan, type SearchResult } from './search';
import { holdOutSeeds } from './seeds';
import { leverSensitivity, type SensitivityCurve } from './sensitivity';
import { situationSensitivity, type SituationLeverBest } from './situation-sensitivity';
import { checkTargets, type TargetCheck } from './targets';
import type { PolicySpec, TaskResult } from './tasks';
import { maxEverythingPlan } from '../search/plan-space';

export type LabSection = 'policies' | 'search' | 'sensitivity' | 'options' | 'foresight';
export const LAB_SECTIONS: readonly LabSection[] = [
  'policies',
  'search',
  'sensitivity',
  'options',
  'foresight',
];

export interface LabSettings {
  /** hold-out seeds 1..seeds for every comparison */
  seeds: number;
  /** games the fixed-plan search may play */
  budget: number;
  /** seeds each candidate plan is scored on during the search (its own range) */
  searchSeeds: number;
  /** seeds the search's best plan's answers are then improved on, one card at a time (polish.ts) */
  polishSeeds: number;
  /** candidate plans per generation of the search */
  population: number;
  /** seed of the search's own sampling (not a game seed) */
  searchSeed: number;
  /** hold-out seeds per point of a lever's sensitivity curve */
  sensitivitySeeds: number;
  /** draws (games in which the event came up) each card's or request's options are played on */
  optionDraws: number;
  /** hold-out seeds 1..n the reference scouts for those draws (a rare card may find fewer) */
  optionPoolSeeds: number;
  /** hold-out seeds 1..n searched one at a time for what knowing the seed is worth (foresight.ts) */
  foresightSeeds: number;
  /** games each of those searches may play */
  foresightBudget: number;
  sections: readonly LabSection[];
}

export const DEFAULT_LAB_SETTINGS: LabSettings = {
  seeds: 100,
  // 3000 games for the generations (their budget until 2026-12-03) and 2000 for the answer polish
  budget: 5000,
  searchSeeds: 6,
  // A card's answer moves a plan's mean by a tenth of a point or two: on 20 seeds, played in
  // pairs, that shows; on the generations' 6 it drowns in their luck.
  polishSeeds: 20,
  population: 20,
  searchSeed: 1,
  sensitivitySeeds: 30,
  // 100 draws: the 5% line is 5 games, not the 2 or 3 of a 40- or 60-draw sample, where one
  // game's luck decided it; the pool of 2000 seeds finds 100 draws of any card that comes up in
  // 5% of games or more (the rarest built-in card, mega-venture's slo-policy, finds 67). About
  // 10 s a scenario on the CLI's workers (engine 1.16.0).
  optionDraws: 100,
  optionPoolSeeds: 2000,
  // 10 seeds of 600 games: on engine 1.24.0 a seed's best stops rising after about 400 games
  // (enterprise-dx, seeds 1-6), and the mean over 10 seeds moves by under half a point with more.
  foresightSeeds: 10,
  foresightBudget: 600,
  sections: LAB_SECTIONS,
};

/** 'kept': a plan of the plan library, played on the hold-out seeds as a candidate adversary */
export type PolicyKind = 'reference' | 'extreme' | 'random' | 'fixed' | 'kept';

export interface PolicyResult {
  name: string;
  kind: PolicyKind;
  /** one score per hold-out seed, seeds 1..n in order */
  scores: number[];
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  /** share of games played to the horizon (not bankrupt or fired) */
  completed: number;
  grades: Record<string, number>;
  medianGrade: string;
  /** the reference against this policy on the same seeds (absent for the reference itself) */
  vsReference?: PairedComparison;
}

/**
 * What the lab found. Figures derived from others are kept beside them as found (a policy's mean
 * beside its scores, a curve's best value beside its points, an event's dominated options and
 * reading worth beside its options' means): each is computed once, where its section is played,
 * the report is never edited after, and the CLI, the app and readers of the JSON report read the
 * same figure instead of each deriving it again.
 */
export interface BalanceReport {
  scenario: { id: string; title: LocalizedText };
  engineVersion: string;
  settings: LabSettings;
  /** games played in all */
  games: number;
  policies: PolicyResult[];
  search?: SearchResult;
  /**
   * the fixed plans played on the hold-out seeds as adversaries (with the search): the search's
   * best, every kept plan and max-everything
   */
  fixedPlans?: FixedPlanCandidate[];
  /** the strongest of them (adversary.ts): the fixed-plan target is judged against it */
  adversary?: FixedPlanCandidate;
  /** among the non-degenerate policies (see nonDegenerate) */
  variance: VarianceShare | null;
  /** the reference's games */
  calibration: Calibration;
  sensitivity?: SensitivityCurve[];
  /**
   * each lever's best value in each starting situation (situation-sensitivity.ts); with the
   * sensitivity section, when the scenario lists two situations or more
   */
  sensitivityBySituation?: SituationLeverBest[];
  options?: OptionValue[];
  /**
   * the reference against the adversary in each starting situation the hold-out seeds met
   * (by-situation.ts); absent without the search or when the scenario lists no situations
   */
  bySituation?: SituationComparison[];
  /** what knowing a seed was worth over the adversary (foresight.ts) */
  foresight?: Foresight;
  targets: TargetCheck[];
}

export interface LabProgress {
  stage: LabSection | 'hold-out' | 'sensitivity-by-situation';
  /** games played in this stage so far, and the stage's total */
  done: number;
  total: number;
}

export function kindOf(name: string): PolicyKind {
  if (name === referencePolicy.name) return 'reference';
  if (name === 'random') return 'random';
  return LAB_POLICIES.some((p) => p.name === name) ? 'extreme' : 'fixed';
}

function policyResult(
  name: string,
  results: readonly TaskResult[],
  kind: PolicyKind,
): PolicyResult {
  const scores = results.map((r) => r.score);
  const sorted = sortedAscending(scores);
  return {
    name,
    kind,
    scores,
    mean: mean(scores),
    p10: percentile(sorted, 0.1),
    p50: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    completed: results.filter((r) => r.status === 'completed').length / Math.max(1, results.length),
    grades: gradeCounts(results),
    medianGrade: medianGrade(results),
  };
}

/**
 * Policies that play the game rather than break it: they finish it in at least 90% of seeds
 * and are not random play. Variance shares are computed among these, so one policy that goes
 * bankrupt every time does not make "policy explains the variance" trivially true. Kept plans
 * are left out too: they are near copies of the best fixed plan, and counting each would make
 * the policy's share depend on how many the library holds.
 */
export function nonDegenerate(policies: readonly PolicyResult[]): PolicyResult[] {
  return policies.filter((p) => p.kind !== 'random' && p.kind !== 'kept' && p.completed >= 0.9);
}

/** Plays the policies over the seeds with one Evaluate call; results grouped by policy. */
export async function playPolicies(
  specs: readonly { name: string; spec: PolicySpec }[],
  seeds: readonly number[],
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<Map<string, TaskResult[]>> {
  const total = specs.length * seeds.length;
  const results = await playOnSeeds(
    evaluate,
    specs.map(({ spec }) => spec),
    seeds,
    (n) => onPlayed?.(n, total),
  );
  return new Map(specs.map(({ name }, i) => [name, results[i] as TaskResult[]]));
}

/** Whether two fixed plans play the same decisions and answers (their names aside). */
const samePlan = (a: FixedPlan, b: FixedPlan) =>
  JSON.stringify([a.quarters, a.choices]) === JSON.stringify([b.quarters, b.choices]);

export async function runBalanceLab(
  scenario: Scenario,
  settings: LabSettings,
  evaluate: Evaluate,
  onProgress?: (p: LabProgress) => void,
  /**
   * the plans earlier searches found (plan-library.ts): the search starts from them, and each is
   * played on the hold-out seeds as a candidate adversary
   */
  kept: readonly KeptPlan[] = [],
): Promise<BalanceReport> {
  const keptPlans = kept.map((p) => fixedPlanOf(p, scenario.horizonQuarters));
  let games = 0;
  const counted: Evaluate = async (tasks, onPlayed) => {
    games += tasks.length;
    return evaluate(tasks, onPlayed);
  };
  // Every comparison is made on hold-out seeds 1..seeds: the sweeps use at most that many. The
  // option values count draws, not seeds (options.ts): their pool is hold-out seeds too.
  settings = {
    ...settings,
    sensitivitySeeds: Math.min(settings.sensitivitySeeds, settings.seeds),
    foresightSeeds: Math.min(settings.foresightSeeds, settings.seeds),
  };
  const seeds = holdOutSeeds(settings.seeds);
  const has = (s: LabSection) => settings.sections.includes(s);

  let search: SearchResult | undefined;
  // Foresight compares with the strongest fixed plan, which the search's section finds.
  if (has('search') || has('foresight'))
    search = await searchFixedPlan(
      scenario,
      settings,
      counted,
      (done, total) => onProgress?.({ stage: 'search', done, total }),
      keptPlans,
    );

  const maxEverything = maxEverythingPlan(scenario);
  const named = has('policies') ? LAB_POLICIES : [referencePolicy];
  const taken = new Set([...named.map((p) => p.name), maxEverything.name, BEST_FIXED_PLAN]);
  // With the search, every kept plan is played on the hold-out seeds too (adversary.ts), each
  // under its own name.
  const keptRows = search
    ? keptPlans.map((plan) => ({ ...plan, name: freeName(plan.name, taken) }))
    : [];
  const rows: { name: string; kind: PolicyKind; spec: PolicySpec; plan?: FixedPlan }[] = [
    ...named.map((p) => ({
      name: p.name,
      kind: kindOf(p.name),
      spec: { kind: 'named', name: p.name } as PolicySpec,
    })),
    ...[maxEverything, ...(search ? [search.plan] : [])].map((plan) => ({
      name: plan.name,
      kind: 'fixed' as const,
      spec: { kind: 'fixed', plan } as PolicySpec,
      plan,
    })),
    ...keptRows.map((plan) => ({
      name: plan.name,
      kind: 'kept' as const,
      spec: { kind: 'fixed', plan } as PolicySpec,
      plan,
    })),
  ];
  // The search's best is often a kept plan or max-everything: its games are played once.
  const copyOf = new Map<string, string>();
  if (search)
    for (const row of rows)
      if (row.plan && row.name !== BEST_FIXED_PLAN && samePlan(row.plan, search.plan)) {
        copyOf.set(BEST_FIXED_PLAN, row.name);
        break;
      }
  const played = await playPolicies(
    rows.filter((r) => !copyOf.has(r.name)),
    seeds,
    counted,
    (done, total) => onProgress?.({ stage: 'hold-out', done, total }),
  );
  const reference = played.get(referencePolicy.name) ?? [];
  const refScores = reference.map((r) => r.score);
  const policies = rows.map(({ name, kind }) => {
    const r = policyResult(name, played.get(copyOf.get(name) ?? name) ?? [], kind);
    if (name !== referencePolicy.name) r.vsReference = pairedComparison(refScores, r.scores);
    return r;
  });
  // The candidates, a plan under its own name before the search's copy of it (adversary.ts).
  const fixedPlans: FixedPlanCandidate[] | undefined = search
    ? [
        { policy: maxEverything.name, origin: 'recipe' },
        ...keptRows.map((plan, i) => ({
          policy: plan.name,
          origin: 'kept' as const,
          from: (kept[i] as KeptPlan).foundBy,
        })),
        { policy: BEST_FIXED_PLAN, origin: 'search', from: search.source },
      ]
    : undefined;
  const vsReference = (name: string) => policies.find((p) => p.name === name)?.vsReference;
  const adversary = fixedPlans && strongestFixedPlan(fixedPlans, vsReference);
  const sensible = nonDegenerate(policies);
  const variance =
    sensible.length >= 2 && seeds.length >= 2
      ? varianceShare(Object.fromEntries(sensible.map((p) => [p.name, p.scores])))
      : null;

  // The reference is always played on the hold-out seeds: the sweep compares with those games.
  const sensitivity = has('sensitivity')
    ? await leverSensitivity(scenario, settings, refScores, counted, (done, total) =>
        onProgress?.({ stage: 'sensitivity', done, total }),
      )
    : undefined;
  const leversBySituation = sensitivity
    ? await situationSensitivity(scenario, settings, sensitivity, counted, (done, total) =>
        onProgress?.({ stage: 'sensitivity-by-situation', done, total }),
      )
    : [];
  const adversaryScores = adversary && policies.find((p) => p.name === adversary.policy)?.scores;
  const foresight =
    has('foresight') && search && adversaryScores
      ? await foresightOf(
          scenario,
          holdOutSeeds(settings.foresightSeeds),
          settings,
          [...keptPlans, search.plan],
          (seed) => ({
            reference: refScores[seed - 1] ?? 0,
            adversary: adversaryScores[seed - 1] ?? 0,
          }),
          counted,
          (done, total) => onProgress?.({ stage: 'foresight', done, total }),
        )
      : undefined;
  const options = has('options')
    ? await optionValues(scenario, settings, counted, (done, total) =>
        onProgress?.({ stage: 'options', done, total }),
      )
    : undefined;

  const situations =
    adversaryScores && (scenario.situations?.length ?? 0) > 0
      ? bySituation(scenario, refScores, adversaryScores)
      : undefined;

  const report: BalanceReport = {
    scenario: { id: scenario.id, title: scenario.title },
    engineVersion: ENGINE_VERSION,
    settings,
    games,
    policies,
    ...(search ? { search } : {}),
    ...(fixedPlans ? { fixedPlans } : {}),
    ...(adversary ? { adversary } : {}),
    ...(situations ? { bySituation: situations } : {}),
    variance,
    calibration: calibrationOf(reference),
    ...(sensitivity ? { sensitivity } : {}),
    ...(leversBySituation.length > 0 ? { sensitivityBySituation: leversBySituation } : {}),
    ...(options ? { options } : {}),
    ...(foresight ? { foresight } : {}),
    targets: [],
  };
  report.targets = checkTargets(report);
  return report;
}
