/**
 * The levers as a space to sample, search and sweep: every scalar lever of the lever table
 * (levers.ts) with the values it can take in a scenario. Random play, the extremes, the fixed-
 * plan search and the sensitivity sweeps all read the ranges from here, so they agree with the
 * engine's checks. Staff lines (hiring, layoffs), id lists and the allocation are handled by
 * their own dimensions, since their shape is not a single value.
 */
import { LEVERS } from '../levers';
import type { Scenario } from '../scenario/schema';
import type { Decisions } from '../types';

export type LeverValue = number | boolean | string;

export interface ScalarLever {
  id: string;
  /** the values a player can pick, lowest investment first */
  values: readonly LeverValue[];
}

/** Allocation shares: the five parts of the capacity split (they must sum to 100). */
export const ALLOCATION_KEYS = [
  'features',
  'debtPaydown',
  'reliability',
  'security',
  'innovation',
] as const;
export type AllocationKey = (typeof ALLOCATION_KEYS)[number];

/** Levers that are one-offs depending on who is there (refused when too few): not swept. */
const STATE_DEPENDENT = new Set(['org.promotionsToManager', 'org.promotionsToStaff']);

function range(min: number, max: number, step: number): number[] {
  const out: number[] = [];
  const n = Math.floor((max - min) / step + 1e-9);
  for (let i = 0; i <= n; i++) out.push(Number((min + i * step).toFixed(6)));
  return out;
}

/** The scalar levers (numbers, flags, choices) and their values in this scenario. */
export function scalarLevers(scenario: Scenario): ScalarLever[] {
  const out: ScalarLever[] = [];
  for (const lever of LEVERS) {
    if (lever.id.startsWith('allocation.') || STATE_DEPENDENT.has(lever.id)) continue;
    if (lever.kind === 'boolean') out.push({ id: lever.id, values: [false, true] });
    else if (lever.kind === 'choice')
      out.push({ id: lever.id, values: (lever.choices ?? []).map((c) => c.value) });
    else if (lever.kind === 'number') {
      const max =
        lever.id === 'org.teamSizeTarget'
          ? scenario.limits.maxTeamSize
          : lever.id === 'budget.contractors'
            ? Math.min(lever.max ?? 0, scenario.limits.maxContractors)
            : (lever.max ?? 0);
      const min = lever.min ?? 0;
      const span = max - min;
      // Wide integer ranges (contractors, team size) are sampled at about ten points.
      const step = lever.step === 1 && span > 12 ? Math.ceil(span / 10) : (lever.step ?? 1);
      const values = range(min, max, step);
      if (values[values.length - 1] !== max) values.push(max);
      out.push({ id: lever.id, values });
    }
  }
  return out;
}

/** A lever's value in decisions (dotted path). */
export function getLever(d: Decisions, id: string): unknown {
  let at: unknown = d;
  for (const key of id.split('.')) at = (at as Record<string, unknown>)[key];
  return at;
}

/** Decisions with one lever set (dotted path); never mutates `d`. */
export function withLever(d: Decisions, id: string, value: unknown): Decisions {
  const copy = structuredCloneDecisions(d);
  const keys = id.split('.');
  let at = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return copy;
}

function structuredCloneDecisions(d: Decisions): Decisions {
  return JSON.parse(JSON.stringify(d)) as Decisions;
}

/**
 * Whole-number shares summing to 100 from non-negative weights (largest remainder), so any
 * weights give an allocation the engine accepts.
 */
export function allocationFromWeights(
  weights: Readonly<Record<AllocationKey, number>>,
): Decisions['allocation'] {
  const total = ALLOCATION_KEYS.reduce((s, k) => s + Math.max(0, weights[k]), 0);
  const raw = ALLOCATION_KEYS.map((k) =>
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
  ALLOCATION_KEYS.forEach((k, i) => (out[k] = whole[i] as number));
  return out;
}

/**
 * Investment levers and the direction that spends more: the extremes "every investment at its
 * maximum/minimum" set each to the end of its range (levers.ts ranges).
 */
export const INVESTMENT_LEVERS: readonly string[] = [
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
    out = withLever(out, id, end === 'max' ? values[values.length - 1] : values[0]);
  }
  return {
    ...out,
    riskMitigations: end === 'max' ? scenario.riskRegister.map((r) => r.id) : [],
    initiatives: end === 'max' ? scenario.initiatives.map((i) => i.id) : [],
  };
}
