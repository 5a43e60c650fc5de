/**
 * Card conditions ("techDebt gt 60"): every dilemma card and request template is checked after
 * every quarter, so the values conditions may read are gathered once per quarter into a view,
 * and each card's conditions are turned once into (view index, operator, value) triples.
 * Same results as reading each metric per condition (the comparisons are the same).
 */
import type { DilemmaCard } from '../scenario/schema';
import { CONDITION_METRICS, type ConditionMetric } from '../scenario/vocabulary';
import type { QuarterMetrics, SimState } from '../types';
import { CYCLE_EFFECTS } from './market';

export type Condition = DilemmaCard['conditions'][number];
type Reader = (m: QuarterMetrics, s: SimState, quarter: number) => number;

function readerOf(metric: ConditionMetric): Reader {
  if (metric === 'quarter') return (_m, _s, quarter) => quarter;
  if (metric === 'marketDemand') return (_m, s) => marketDemand(s);
  if (metric.startsWith('capability.')) {
    const key = metric.slice('capability.'.length) as keyof SimState['capabilities'];
    return (_m, s) => s.capabilities[key];
  }
  const key = metric as keyof QuarterMetrics;
  return (m) => m[key];
}

/**
 * The market's demand the player reads in the briefing (its market line): the cycle's multiplier
 * on new bookings. After a quarter resolved the state holds the phase of the quarter to come, the
 * one the next briefing reports; a risk read at the start of a quarter reads that quarter's.
 */
function marketDemand(s: SimState): number {
  return CYCLE_EFFECTS[s.marketCycle].bookings;
}

/** A condition metric's value after quarter `quarter` resolved (one metric, read by name). */
export function conditionValue(
  metric: ConditionMetric,
  m: QuarterMetrics,
  s: SimState,
  quarter: number,
): number {
  return readerOf(metric)(m, s, quarter);
}

/**
 * The metrics a view holds (the schema's list, in its order), and the view itself written out
 * field by field:
 * reading them through `m[name]` with 35 different names made that one property access slow
 * (V8 cannot specialise it), which cost more than the card checks it was meant to speed up.
 * tests/sim/fast-paths.test.ts checks that every condition metric is here and reads the same
 * value as conditionValue.
 */
const VIEW_METRICS = CONDITION_METRICS;
const INDEX = new Map<ConditionMetric, number>(VIEW_METRICS.map((m, i) => [m, i]));

/** Every condition metric's value after quarter `quarter`, in VIEW_METRICS order. */
export function conditionView(m: QuarterMetrics, s: SimState, quarter: number): number[] {
  const c = s.capabilities;
  return [
    quarter,
    m.debtTax,
    m.techDebt,
    m.infraDebt,
    m.securityDebt,
    m.changeFailureRate,
    m.deployFrequency,
    m.leadTimeDays,
    m.incidents,
    m.sev1Incidents,
    m.errorBudgetUsed,
    m.breaches,
    m.breachRisk,
    m.cloudCost,
    m.cloudWaste,
    m.headcount,
    m.teams,
    m.avgTeamSize,
    m.attritionRate,
    m.engagement,
    m.exhaustion,
    m.runwayQuarters,
    m.growth,
    m.grossMargin,
    m.boardConfidence,
    m.revenue,
    marketDemand(s),
    c.ciCd,
    c.testAutomation,
    c.observability,
    c.infraAsCode,
    c.securityPractice,
    c.documentation,
    c.srePractice,
    c.finops,
    c.aiGuardrails,
  ];
}

/** Where each metric sits in a view (undefined for a metric the view lacks: a test catches it). */
export function viewIndex(metric: ConditionMetric): number | undefined {
  return INDEX.get(metric);
}

const OPS = { lt: 0, lte: 1, gt: 2, gte: 3 } as const;

/** A condition turned into (view index, operator, value); see compileConditions. */
export interface ConditionCheck {
  index: number;
  op: 0 | 1 | 2 | 3;
  value: number;
}

/** A card's conditions as checks against a view (done once per card: the deck keeps them). */
export function compileConditions(conditions: readonly Condition[]): readonly ConditionCheck[] {
  return conditions.map((c) => ({
    index: INDEX.get(c.metric) ?? -1,
    op: OPS[c.op],
    value: c.value,
  }));
}

/** Whether every check holds for the quarter's view. */
export function holds(checks: readonly ConditionCheck[], view: readonly number[]): boolean {
  for (const c of checks) {
    // A metric missing from the view would compare false (a test makes sure none is missing).
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
