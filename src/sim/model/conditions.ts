/**
 * Card conditions ("techDebt gt 60"): every dilemma card and request template is checked after
 * every quarter, so the values conditions may read are gathered once per quarter into a view,
 * and each card's conditions are turned once into (view index, operator, value) triples.
 */
import { CONDITION_METRICS, type ConditionMetric, type DilemmaCard } from '../scenario/schema';
import type { QuarterMetrics, SimState } from '../types';

export type Condition = DilemmaCard['conditions'][number];
type Reader = (m: QuarterMetrics, s: SimState, quarter: number) => number;

function readerOf(metric: ConditionMetric): Reader {
  if (metric === 'quarter') return (_m, _s, quarter) => quarter;
  if (metric.startsWith('capability.')) {
    const key = metric.slice('capability.'.length) as keyof SimState['capabilities'];
    return (_m, s) => s.capabilities[key];
  }
  const key = metric as keyof QuarterMetrics;
  return (m) => m[key];
}

const READERS: readonly Reader[] = CONDITION_METRICS.map(readerOf);
const INDEX = new Map<ConditionMetric, number>(CONDITION_METRICS.map((m, i) => [m, i]));

/** A condition metric's value after quarter `quarter` resolved. */
export function conditionValue(
  metric: ConditionMetric,
  m: QuarterMetrics,
  s: SimState,
  quarter: number,
): number {
  return readerOf(metric)(m, s, quarter);
}

/** Every condition metric's value, at its index in CONDITION_METRICS. */
export function conditionView(m: QuarterMetrics, s: SimState, quarter: number): Float64Array {
  const view = new Float64Array(READERS.length);
  for (let i = 0; i < READERS.length; i++) view[i] = (READERS[i] as Reader)(m, s, quarter);
  return view;
}

const OPS = { lt: 0, lte: 1, gt: 2, gte: 3 } as const;
interface Compiled {
  index: number;
  op: 0 | 1 | 2 | 3;
  value: number;
}
const compiled = new WeakMap<readonly Condition[], readonly Compiled[]>();

/** Whether every condition holds for the quarter's view. */
export function holds(conditions: readonly Condition[], view: Float64Array): boolean {
  let list = compiled.get(conditions);
  if (!list) {
    list = conditions.map((c) => ({
      index: INDEX.get(c.metric) ?? -1,
      op: OPS[c.op],
      value: c.value,
    }));
    compiled.set(conditions, list);
  }
  for (const c of list) {
    // An unknown metric reads as undefined, which compares false, as NaN does.
    const v = c.index >= 0 ? (view[c.index] as number) : Number.NaN;
    const ok =
      c.op === 0
        ? v < c.value
        : c.op === 1
          ? v <= c.value
          : c.op === 2
            ? v > c.value
            : v >= c.value;
    if (!ok) return false;
  }
  return true;
}
