/**
 * Each lever's sensitivity curve: the reference policy with one lever held at one value all
 * game, over the same seeds for every value. A lever whose best value is an end of its range
 * is flagged: in every scenario at the same end, it has no trade-off (MODEL.md 7). The end counts
 * only when it beats every other value by more than the seeds' noise (placement); a lever whose
 * values all score within that noise of each other is flat there: it makes no difference the
 * seeds can measure, which is a problem of its own, not a best value at an end.
 *
 * The reference as it is, setting each lever as it reads the game, on the same seeds: its mean
 * less the best held value's mean is what reading that lever is worth against a fixed plan that
 * holds it at its best value (negative: holding it does better). Those are its games on the
 * lab's hold-out seeds (the sweep's seeds are the first of them), not played again here.
 */
import type { Scenario } from '../../scenario/schema';
import type { LeverId } from '../../types';
import { sweptLevers, type ScalarValue } from '../lever-space';
import { mean, variance } from '../stats';
import type { Evaluate } from './evaluate';
import type { LabSettings } from './lab';
import { holdOutSeeds } from './seeds';
import type { LabTask, TaskResult } from './tasks';

export interface SensitivityCurve {
  lever: LeverId;
  points: { value: ScalarValue; mean: number }[];
  best: ScalarValue;
  /** where the best value sits: an end of the range, inside it, or nowhere measurable (placement) */
  bestAt: BestAt;
  /** the reference's mean on the same seeds, setting the lever as it reads the game */
  reference: number;
  /** the reference's mean less the best held value's mean: what reading this lever is worth */
  readingWorth: number;
}

export type BestAt = 'min' | 'max' | 'inside' | 'flat';

/**
 * Standard errors of the paired difference (the same seeds at both values) by which a value must
 * trail the best to count as worse: two, about 95% (a 30-seed curve's noise is 0.1-0.3 points).
 */
export const PLACEMENT_STANDARD_ERRORS = 2;

/** Whether `worse` scores below `best` on the same seeds by more than their paired noise. */
export function clearlyBelow(best: readonly number[], worse: readonly number[]): boolean {
  const d = best.map((b, i) => b - (worse[i] as number));
  const m = mean(d);
  const se = Math.sqrt(variance(d) / Math.max(1, d.length - 1));
  return m > PLACEMENT_STANDARD_ERRORS * se;
}

/**
 * Where the best of `scores` (one list per value, in the range's order, the same seeds in each)
 * sits: an end only when that end scores clearly above every other value; inside when the best
 * is inside or an inside value is within noise of it; flat when only the other end is.
 */
export function placement(best: number, scores: readonly (readonly number[])[]): BestAt {
  const last = scores.length - 1;
  if (best !== 0 && best !== last) return 'inside';
  const top = scores[best] as readonly number[];
  const level = scores
    .map((_, i) => i)
    .filter((i) => i !== best && !clearlyBelow(top, scores[i] as readonly number[]));
  if (level.length === 0) return best === 0 ? 'min' : 'max';
  return level.some((i) => i !== 0 && i !== last) ? 'inside' : 'flat';
}

/** At most this many points per curve (both ends always included). */
export const CURVE_POINTS = 11;

function curveValues(values: readonly ScalarValue[]): ScalarValue[] {
  if (values.length <= CURVE_POINTS) return [...values];
  const out: ScalarValue[] = [];
  for (let i = 0; i < CURVE_POINTS; i++)
    out.push(values[Math.round((i * (values.length - 1)) / (CURVE_POINTS - 1))] as ScalarValue);
  return [...new Set(out)];
}

/** A lever and the values it is held at, lowest first. */
export interface HeldLever {
  id: LeverId;
  values: readonly ScalarValue[];
}

/** The reference with each lever held at each of its values on every seed, in that order. */
export function heldLeverTasks(levers: readonly HeldLever[], seeds: readonly number[]): LabTask[] {
  return levers.flatMap((l) =>
    l.values.flatMap((value) =>
      seeds.map((seed) => ({
        policy: { kind: 'forced-lever', base: 'reference', lever: l.id, value },
        seed,
      })),
    ),
  );
}

/** The scores of heldLeverTasks' games, by lever, then value, then seed. */
export function heldLeverScores(
  results: readonly TaskResult[],
  levers: readonly HeldLever[],
  seeds: readonly number[],
): number[][][] {
  let at = 0;
  return levers.map((l) =>
    l.values.map(() => {
      const scores = results.slice(at, at + seeds.length).map((r) => r.score);
      at += seeds.length;
      return scores;
    }),
  );
}

/** Index of the highest of `means` (the first, when tied). */
export function bestIndex(means: readonly number[]): number {
  let best = 0;
  means.forEach((m, i) => {
    if (m > (means[best] as number)) best = i;
  });
  return best;
}

export async function leverSensitivity(
  scenario: Scenario,
  settings: Pick<LabSettings, 'sensitivitySeeds'>,
  /** the reference's scores on hold-out seeds 1, 2, ... (at least sensitivitySeeds of them) */
  referenceScores: readonly number[],
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<SensitivityCurve[]> {
  const seeds = holdOutSeeds(settings.sensitivitySeeds);
  if (referenceScores.length < seeds.length)
    throw new RangeError(
      `the reference's scores cover ${referenceScores.length} of ${seeds.length} seeds`,
    );
  const levers = sweptLevers(scenario)
    .filter((l) => l.values.length >= 2)
    .map((l) => ({ id: l.id, values: curveValues(l.values) }));
  const tasks = heldLeverTasks(levers, seeds);
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  const reference = mean(referenceScores.slice(0, seeds.length));
  const scores = heldLeverScores(results, levers, seeds);
  return levers.map((l, k) => {
    const perValue = scores[k] as number[][];
    const points = l.values.map((value, i) => ({ value, mean: mean(perValue[i] as number[]) }));
    const best = bestIndex(points.map((p) => p.mean));
    const top = points[best] as (typeof points)[number];
    return {
      lever: l.id,
      points,
      best: top.value,
      bestAt: placement(best, perValue),
      reference,
      readingWorth: reference - top.mean,
    };
  });
}
