/**
 * Each lever's best value in each starting situation (model/situation.ts): the reference with one
 * lever held, as in sensitivity.ts, on hold-out seeds that start in one situation. A lever whose
 * best value is the same in every situation can be held by a schedule at no cost; one whose best
 * value moves is where reading the briefing pays (MODEL.md 7: a lever's best value depends on
 * the situation). What a schedule gives up in a situation is the best held value's mean there
 * less the mean there of the value that is best over all seeds (the sensitivity curve's); it
 * counts as a move only beyond the seeds' paired noise, as an end of a curve does.
 */
import { situationOf } from '../../model/situation';
import type { Scenario } from '../../scenario/schema';
import type { LocalizedText } from '../../types';
import type { ScalarValue } from '../lever-space';
import { mean } from '../stats';
import type { Evaluate } from './evaluate';
import type { LabSettings } from './lab';
import {
  bestIndex,
  clearlyBelow,
  heldLeverScores,
  heldLeverTasks,
  type SensitivityCurve,
} from './sensitivity';

export interface SituationLeverBest {
  situation: { id: string; title: LocalizedText };
  /** the hold-out seeds it was measured on: the first that start in this situation */
  seeds: number[];
  levers: {
    lever: string;
    /** the held value that scores best on these seeds */
    best: ScalarValue;
    /** its mean less that of the value best over all seeds (the curve's best): 0 or more */
    givenUp: number;
    /** whether that difference is beyond these seeds' paired noise (sensitivity.ts, clearlyBelow) */
    clear: boolean;
  }[];
}

/**
 * How far up the hold-out seeds the situations' seeds are looked for: a situation rarer than
 * 1 in 100 gets fewer seeds (the row says how many).
 */
const SEED_SEARCH = 100;

/** The first `n` hold-out seeds (1, 2, ...) that start in each of the scenario's situations. */
export function situationSeeds(scenario: Scenario, n: number): Map<string, number[]> {
  const out = new Map((scenario.situations ?? []).map((s) => [s.id, [] as number[]]));
  for (let seed = 1; seed <= n * SEED_SEARCH; seed++) {
    const list = out.get(situationOf(scenario, seed)?.id ?? '');
    if (list && list.length < n) list.push(seed);
    if ([...out.values()].every((l) => l.length >= n)) break;
  }
  return out;
}

/**
 * One row per situation, for the levers of `curves`; none when the scenario lists fewer than two
 * situations (there is nothing to compare).
 */
export async function situationSensitivity(
  scenario: Scenario,
  settings: Pick<LabSettings, 'sensitivitySeeds'>,
  curves: readonly SensitivityCurve[],
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<SituationLeverBest[]> {
  const situations = scenario.situations ?? [];
  if (situations.length < 2) return [];
  const seedsOf = situationSeeds(scenario, settings.sensitivitySeeds);
  const rows = situations
    .map((s) => ({ situation: s, seeds: seedsOf.get(s.id) ?? [] }))
    .filter((r) => r.seeds.length > 0);
  const levers = curves.map((c) => ({ id: c.lever, values: c.points.map((p) => p.value) }));
  const tasks = rows.flatMap(({ seeds }) => heldLeverTasks(levers, seeds));
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  const points = curves.reduce((n, c) => n + c.points.length, 0);
  let at = 0;
  return rows.map(({ situation, seeds }) => {
    const games = points * seeds.length;
    const scores = heldLeverScores(results.slice(at, at + games), levers, seeds);
    at += games;
    return {
      situation: { id: situation.id, title: situation.title },
      seeds,
      levers: curves.map((c, k) => {
        const perValue = scores[k] as number[][];
        const means = perValue.map(mean);
        const best = bestIndex(means);
        const overall = c.points.findIndex((p) => p.value === c.best);
        return {
          lever: c.lever,
          best: (c.points[best] as SensitivityCurve['points'][number]).value,
          givenUp: (means[best] as number) - (means[overall] as number),
          clear: best !== overall && clearlyBelow(perValue[best] ?? [], perValue[overall] ?? []),
        };
      }),
    };
  });
}

/** What a schedule gives up under this many points is shown as nothing (it rounds to 0.0). */
export const GIVEN_UP_SHOWN = 0.05;

/**
 * Levers that no situation measured clearly moves: in each, the value best over all seeds scores
 * within the seeds' noise of the best there, so a schedule can hold it.
 */
export function leversHeldEverywhere(rows: readonly SituationLeverBest[]): string[] {
  const first = rows[0];
  if (!first) return [];
  return first.levers.filter((_, i) => rows.every((r) => !r.levers[i]?.clear)).map((l) => l.lever);
}
