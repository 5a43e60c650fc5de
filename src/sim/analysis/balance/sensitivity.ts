/**
 * Each lever's sensitivity curve: the reference policy with one lever held at one value all
 * game, over the same seeds for every value. A lever whose best value is an end of its range
 * is flagged: in every scenario at the same end, it has no trade-off (MODEL.md 7).
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
  const tasks: LabTask[] = levers.flatMap((l) =>
    l.values.flatMap((value) =>
      seeds.map((seed) => ({
        policy: { kind: 'forced-lever', base: 'reference', lever: l.id, value },
        seed,
      })),
    ),
  );
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  let at = 0;
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
    return {
      lever: l.id,
      points,
      best: (points[best] as (typeof points)[number]).value,
      bestAt: best === 0 ? 'min' : best === points.length - 1 ? 'max' : 'inside',
    };
  });
}
