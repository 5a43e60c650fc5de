/**
 * Each lever's sensitivity curve: the reference policy with one lever held at one value all
 * game, over the same seeds for every value. A lever whose best value is an end of its range
 * is flagged: in every scenario at the same end, it has no trade-off (MODEL.md 7).
 *
 * The reference also plays the same seeds as it is, setting each lever as it reads the game:
 * its mean less the best held value's mean is what reading that lever is worth against a fixed
 * plan that holds it at its best value (negative: holding it does better).
 */
import type { Scenario } from '../../scenario/schema';
import { scalarLevers, type ScalarValue } from '../lever-space';
import { mean } from '../stats';
import type { Evaluate } from './evaluate';
import type { LabSettings } from './lab';
import { holdOutSeeds } from './seeds';
import type { LabTask } from './tasks';

export interface SensitivityCurve {
  lever: string;
  points: { value: ScalarValue; mean: number }[];
  best: ScalarValue;
  /** where the best value sits: an end of the range, or inside it */
  bestAt: 'min' | 'max' | 'inside';
  /** the reference's mean on the same seeds, setting the lever as it reads the game */
  reference: number;
  /** the reference's mean less the best held value's mean: what reading this lever is worth */
  readingWorth: number;
}

/** At most this many points per curve (both ends always included). */
export const CURVE_POINTS = 6;

function curveValues(values: readonly ScalarValue[]): ScalarValue[] {
  if (values.length <= CURVE_POINTS) return [...values];
  const out: ScalarValue[] = [];
  for (let i = 0; i < CURVE_POINTS; i++)
    out.push(values[Math.round((i * (values.length - 1)) / (CURVE_POINTS - 1))] as ScalarValue);
  return [...new Set(out)];
}

export async function leverSensitivity(
  scenario: Scenario,
  settings: Pick<LabSettings, 'sensitivitySeeds'>,
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<SensitivityCurve[]> {
  const seeds = holdOutSeeds(settings.sensitivitySeeds);
  const levers = scalarLevers(scenario)
    .filter((l) => l.values.length >= 2)
    .map((l) => ({ id: l.id, values: curveValues(l.values) }));
  const own: LabTask[] = seeds.map((seed) => ({
    policy: { kind: 'named', name: 'reference' },
    seed,
  }));
  const tasks: LabTask[] = own.concat(
    levers.flatMap((l) =>
      l.values.flatMap((value) =>
        seeds.map((seed) => ({
          policy: { kind: 'forced-lever', base: 'reference', lever: l.id, value },
          seed,
        })),
      ),
    ),
  );
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  const reference = mean(results.slice(0, seeds.length).map((r) => r.score));
  let at = seeds.length;
  return levers.map((l) => {
    const points = l.values.map((value) => {
      const scores = results.slice(at, at + seeds.length).map((r) => r.score);
      at += seeds.length;
      return { value, mean: mean(scores) };
    });
    let best = 0;
    points.forEach((p, i) => {
      if (p.mean > (points[best] as (typeof points)[number]).mean) best = i;
    });
    const top = points[best] as (typeof points)[number];
    return {
      lever: l.id,
      points,
      best: top.value,
      bestAt: best === 0 ? 'min' : best === points.length - 1 ? 'max' : 'inside',
      reference,
      readingWorth: reference - top.mean,
    };
  });
}
