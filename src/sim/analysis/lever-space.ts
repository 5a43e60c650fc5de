/**
 * The levers as a space to sample, search and sweep: every scalar lever of the lever table
 * (src/sim/levers) with the values it can take in a scenario. Each range is the table's own,
 * narrowed by the scenario's bound where the table names one (levers/info.ts), so random play,
 * the extremes, the fixed-plan search and the sensitivity sweeps agree with the engine's checks.
 * Staff lines (hiring, layoffs), id lists and the allocation shares have their own dimensions in
 * the search, since their shape is not a single value (the sweeps hold one share at a time,
 * sweptLevers); levers bounded by the organisation (promotions) are left out, since what they
 * allow depends on who is there.
 */
import {
  ALLOCATION_SHARES,
  LEVERS,
  getLever,
  setLever,
  type AllocationShare,
  type Lever,
  type LeverId,
} from '../levers';
import { scenarioBound } from '../levers/info';
import type { Scenario } from '../scenario/schema';
import type { Decisions } from '../types';

export type ScalarValue = number | boolean | string;

export interface ScalarLever {
  id: LeverId;
  /** the values a player can pick, lowest first (the table's order for choices) */
  values: readonly ScalarValue[];
}

/** A wide range (more grid points than this) is sampled at about ten evenly spaced points. */
const MAX_GRID_POINTS = 12;
const SAMPLED_POINTS = 10;

/** Points of [min, max] on the lever's grid of `step`; both ends always included. */
function grid(min: number, max: number, step: number): number[] {
  const steps = Math.round((max - min) / step);
  const stride = steps + 1 > MAX_GRID_POINTS ? Math.ceil(steps / SAMPLED_POINTS) : 1;
  const out: number[] = [];
  for (let i = 0; i < steps; i += stride) out.push(Number((min + i * step).toFixed(6)));
  out.push(max);
  return out;
}

/** The values of one scalar lever in this scenario, or undefined when it is not one. */
function valuesOf(lever: Lever, limits: Scenario['limits']): readonly ScalarValue[] | undefined {
  if (lever.kind === 'boolean') return [false, true];
  if (lever.kind === 'choice') return lever.choices.map((c) => c.value);
  if (lever.kind !== 'number') return undefined;
  const bound = lever.limit ? scenarioBound(limits, lever.limit) : undefined;
  if (lever.limit && bound === undefined) return undefined;
  return grid(lever.min, bound === undefined ? lever.max : Math.min(lever.max, bound), lever.step);
}

/** The scalar levers (numbers, flags, choices) and their values in this scenario. */
export function scalarLevers(scenario: Scenario): ScalarLever[] {
  const out: ScalarLever[] = [];
  for (const lever of LEVERS) {
    const values = valuesOf(lever, scenario.limits);
    if (values) out.push({ id: lever.id, values });
  }
  return out;
}

/**
 * The levers the sensitivity section sweeps: every scalar lever and each allocation share, held
 * at points of its range while the other shares keep their proportions (withLever). A share is
 * a lever a schedule holds like any other ("features 60%"); the search samples the shares as
 * weights instead (plan-space.ts), so they are not scalar levers.
 */
export function sweptLevers(scenario: Scenario): ScalarLever[] {
  const shares = LEVERS.filter((l) => l.kind === 'share').map((l) => ({
    id: l.id,
    values: grid(l.min, l.max, l.step),
  }));
  return [...scalarLevers(scenario), ...shares];
}

/** A scalar lever's value in decisions. */
export function scalarValue(d: Decisions, id: LeverId): ScalarValue {
  return getLever(d, id) as ScalarValue;
}

/**
 * Decisions with one lever set to one of its values (from scalarLevers or sweptLevers); never
 * mutates `d`. An allocation share takes its value and the other shares the rest of the team in
 * their proportions in `d` (evenly when they are all 0), so the shares still sum to 100.
 */
export function withLever(d: Decisions, id: LeverId, value: ScalarValue): Decisions {
  const share = ALLOCATION_SHARES.find((k) => id === `allocation.${k}`);
  if (share === undefined) return setLever(d, id, value as never);
  const held = Number(value);
  const others = ALLOCATION_SHARES.filter((k) => k !== share);
  const rest = others.reduce((n, k) => n + d.allocation[k], 0);
  const weights = { ...d.allocation, [share]: held };
  for (const k of others)
    weights[k] = (100 - held) * (rest > 0 ? d.allocation[k] / rest : 1 / others.length);
  return { ...d, allocation: allocationFromWeights(weights) };
}

/**
 * Whole-number shares summing to 100 from non-negative weights (largest remainder), so any
 * weights give an allocation the engine accepts.
 */
export function allocationFromWeights(
  weights: Readonly<Record<AllocationShare, number>>,
): Decisions['allocation'] {
  const total = ALLOCATION_SHARES.reduce((s, k) => s + Math.max(0, weights[k]), 0);
  const raw = ALLOCATION_SHARES.map((k) =>
    total > 0 ? (Math.max(0, weights[k]) / total) * 100 : k === 'features' ? 100 : 0,
  );
  const whole = raw.map(Math.floor);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  const order = raw
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] as number) + 1;
    left--;
  }
  const out = {} as Decisions['allocation'];
  ALLOCATION_SHARES.forEach((k, i) => (out[k] = whole[i] as number));
  return out;
}

/**
 * Investment levers: the extremes "every investment at its maximum/minimum" set each to the end
 * of its range (the table's order of values runs from least to most spent).
 */
export const INVESTMENT_LEVERS: readonly LeverId[] = [
  'org.platformTeam',
  'org.enablingTeam',
  'process.ciCd',
  'process.testAutomation',
  'process.codeReview',
  'process.postmortems',
  'process.documentation',
  'talent.payAdjustmentPct',
  'talent.training',
  'talent.careerLadder',
  'budget.rightsizing',
  'budget.commitmentCoverage',
  'budget.tools.observability',
  'budget.tools.ci',
  'budget.tools.securityScanning',
  'coaching.oneOnOnes',
  'coaching.leadershipTraining',
  'trends.aiGuardrails',
  'trends.chaosEngineering',
  'trends.sloTarget',
];

/** Decisions with every investment lever at one end of its range, and every mitigation on or off. */
export function withEveryInvestmentAt(
  d: Decisions,
  scenario: Scenario,
  end: 'min' | 'max',
): Decisions {
  const levers = new Map(scalarLevers(scenario).map((l) => [l.id, l.values]));
  let out = d;
  for (const id of INVESTMENT_LEVERS) {
    const values = levers.get(id);
    if (!values || values.length === 0) continue;
    out = withLever(
      out,
      id,
      (end === 'max' ? values[values.length - 1] : values[0]) as ScalarValue,
    );
  }
  return {
    ...out,
    riskMitigations: end === 'max' ? scenario.riskRegister.map((r) => r.id) : [],
    initiatives: end === 'max' ? scenario.initiatives.map((i) => i.id) : [],
  };
}
