/**
 * The balance lab (issue 11, MODEL.md 7): plays the responsive reference, the extremes, random
 * play and the best fixed plan an adversarial search finds over the same hold-out seeds, and
 * reports dominance, skill versus luck, lever sensitivity, option values and calibration. The
 * games are played by an Evaluate function (evaluate.ts), so the CLI's worker processes and the
 * app's Web Worker give the same report.
 */
import { ENGINE_VERSION } from '../../game';
import { LAB_POLICIES, referencePolicy, type FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import type { LocalizedText } from '../../types';
import { mean, percentile, sortedAscending } from '../stats';
import { calibrationOf, gradeCounts, medianGrade, type Calibration } from './calibration';
import {
  pairedComparison,
  varianceShare,
  type PairedComparison,
  type VarianceShare,
} from './compare';
import type { Evaluate } from './evaluate';
import { optionValues, type OptionValue } from './options';
import { searchFixedPlan, type SearchResult } from './search';
import { holdOutSeeds } from './seeds';
import { leverSensitivity, type SensitivityCurve } from './sensitivity';
import { checkTargets, type TargetCheck } from './targets';
import type { LabTask, PolicySpec, TaskResult } from './tasks';
import { maxEverythingPlan } from '../search/plan-space';

export type LabSection = 'policies' | 'search' | 'sensitivity' | 'options';
export const LAB_SECTIONS: readonly LabSection[] = ['policies', 'search', 'sensitivity', 'options'];

export interface LabSettings {
  /** hold-out seeds 1..seeds for every comparison */
  seeds: number;
  /** games the fixed-plan search may play */
  budget: number;
  /** seeds each candidate plan is scored on during the search (its own range) */
  searchSeeds: number;
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
  sections: readonly LabSection[];
}

export const DEFAULT_LAB_SETTINGS: LabSettings = {
  seeds: 100,
  budget: 3000,
  searchSeeds: 6,
  population: 20,
  searchSeed: 1,
  sensitivitySeeds: 30,
  // 100 draws: the 5% line is 5 games, not the 2 or 3 of a 40- or 60-draw sample, where one
  // game's luck decided it; the pool of 2000 seeds finds 100 draws of any card that comes up in
  // 5% of games or more (the rarest built-in card, mega-venture's slo-policy, finds 67). About
  // 10 s a scenario on the CLI's workers (engine 1.16.0).
  optionDraws: 100,
  optionPoolSeeds: 2000,
  sections: LAB_SECTIONS,
};

export type PolicyKind = 'reference' | 'extreme' | 'random' | 'fixed';

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

export interface BalanceReport {
  scenario: { id: string; title: LocalizedText };
  engineVersion: string;
  settings: LabSettings;
  /** games played in all */
  games: number;
  policies: PolicyResult[];
  search?: SearchResult;
  /** among the non-degenerate policies (see nonDegenerate) */
  variance: VarianceShare | null;
  /** the reference's games */
  calibration: Calibration;
  sensitivity?: SensitivityCurve[];
  options?: OptionValue[];
  targets: TargetCheck[];
}

export interface LabProgress {
  stage: LabSection | 'hold-out';
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
 * bankrupt every time does not make "policy explains the variance" trivially true.
 */
export function nonDegenerate(policies: readonly PolicyResult[]): PolicyResult[] {
  return policies.filter((p) => p.kind !== 'random' && p.completed >= 0.9);
}

/** Plays the policies over the seeds with one Evaluate call; results grouped by policy. */
export async function playPolicies(
  specs: readonly { name: string; spec: PolicySpec }[],
  seeds: readonly number[],
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<Map<string, TaskResult[]>> {
  const tasks: LabTask[] = specs.flatMap(({ spec }) =>
    seeds.map((seed) => ({ policy: spec, seed })),
  );
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  const out = new Map<string, TaskResult[]>();
  specs.forEach(({ name }, i) =>
    out.set(name, results.slice(i * seeds.length, (i + 1) * seeds.length)),
  );
  return out;
}

export async function runBalanceLab(
  scenario: Scenario,
  settings: LabSettings,
  evaluate: Evaluate,
  onProgress?: (p: LabProgress) => void,
  /** fixed plans earlier searches found (plan-library.ts); the search starts from them */
  keptPlans: readonly FixedPlan[] = [],
): Promise<BalanceReport> {
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
  };
  const seeds = holdOutSeeds(settings.seeds);
  const has = (s: LabSection) => settings.sections.includes(s);

  let search: SearchResult | undefined;
  if (has('search'))
    search = await searchFixedPlan(
      scenario,
      settings,
      counted,
      (done, total) => onProgress?.({ stage: 'search', done, total }),
      keptPlans,
    );

  const fixed: FixedPlan[] = [maxEverythingPlan(scenario), ...(search ? [search.plan] : [])];
  const named = has('policies') ? LAB_POLICIES : [referencePolicy];
  const specs = [
    ...named.map((p) => ({ name: p.name, spec: { kind: 'named', name: p.name } as PolicySpec })),
    ...fixed.map((plan) => ({ name: plan.name, spec: { kind: 'fixed', plan } as PolicySpec })),
  ];
  const played = await playPolicies(specs, seeds, counted, (done, total) =>
    onProgress?.({ stage: 'hold-out', done, total }),
  );
  const reference = played.get(referencePolicy.name) ?? [];
  const refScores = reference.map((r) => r.score);
  const policies = specs.map(({ name }) => {
    const r = policyResult(name, played.get(name) ?? [], kindOf(name));
    if (name !== referencePolicy.name) r.vsReference = pairedComparison(refScores, r.scores);
    return r;
  });
  const sensible = nonDegenerate(policies);
  const variance =
    sensible.length >= 2 && seeds.length >= 2
      ? varianceShare(Object.fromEntries(sensible.map((p) => [p.name, p.scores])))
      : null;

  const sensitivity = has('sensitivity')
    ? await leverSensitivity(scenario, settings, counted, (done, total) =>
        onProgress?.({ stage: 'sensitivity', done, total }),
      )
    : undefined;
  const options = has('options')
    ? await optionValues(scenario, settings, counted, (done, total) =>
        onProgress?.({ stage: 'options', done, total }),
      )
    : undefined;

  const report: BalanceReport = {
    scenario: { id: scenario.id, title: scenario.title },
    engineVersion: ENGINE_VERSION,
    settings,
    games,
    policies,
    ...(search ? { search } : {}),
    variance,
    calibration: calibrationOf(reference),
    ...(sensitivity ? { sensitivity } : {}),
    ...(options ? { options } : {}),
    targets: [],
  };
  report.targets = checkTargets(report);
  return report;
}
