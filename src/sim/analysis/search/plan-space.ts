/**
 * Fixed plans as points of a search space. A plan holds one set of decisions per phase of the
 * game (quarters 1-4, 5-8, 9-12 for a 12-quarter horizon) and one answer per card and request,
 * whatever the situation. Every value comes from the lever table's ranges (lever-space.ts),
 * and hiring stays within the scenario's requisition limit, so the engine accepts every plan.
 */
import { deckFor } from '../../deck';
import type { FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import type { Decisions } from '../../types';
import { ALLOCATION_SHARES, type AllocationShare, type LeverId } from '../../levers';
import {
  allocationFromWeights,
  scalarValue,
  scalarLevers,
  withEveryInvestmentAt,
  withLever,
  type ScalarValue,
} from '../lever-space';
import type { Dimension, Genome } from './cem';

/** Quarters per phase of a fixed plan: a schedule that changes once a year at most. */
export const QUARTERS_PER_PHASE = 4;
/**
 * How closely a search's starting distribution hugs its centre: the starting probability of
 * the centre's value of each lever and answer, and the starting deviation of each share as a
 * share of its range.
 */
export interface Closeness {
  prior: number;
  spread: number;
}

/** Exploring: the centre is only the likeliest point of a wide distribution. */
export const EXPLORE: Closeness = { prior: 0.4, spread: 0.5 };
/**
 * Refining a good plan: four candidates in five keep each of its levers and answers, and its
 * shares move by a sixth of their range, so most candidates differ from it in a few places
 * (balance/search.ts uses it; measured in docs/model.md, "Balance lab").
 */
export const REFINE: Closeness = { prior: 0.8, spread: 1 / 6 };

type Slot =
  | { kind: 'lever'; phase: number; id: LeverId; values: readonly ScalarValue[] }
  | { kind: 'allocation'; phase: number; key: AllocationShare }
  | { kind: 'hires'; phase: number }
  | { kind: 'senior-share'; phase: number }
  | { kind: 'initiative' | 'mitigation'; phase: number; id: string }
  | { kind: 'answer'; source: string; options: readonly string[] };

export interface PlanSpace {
  scenario: Scenario;
  phases: number;
  dims: Dimension[];
  slots: Slot[];
}

function prior(size: number, startIndex: number, p: number): number[] {
  return Array.from({ length: size }, (_, k) =>
    startIndex < 0 ? 1 / size : k === startIndex ? p : (1 - p) / (size - 1),
  );
}

/** Answers a fixed plan can give: every card's options, accept/decline for every request. */
export function answerSlots(
  scenario: Scenario,
): { source: string; options: string[]; start: string }[] {
  const deck = deckFor(scenario);
  return [
    ...deck.dilemmas.map((c) => ({
      source: c.id,
      options: c.options.map((o) => o.id),
      start: c.defaultOptionId ?? c.options[0]?.id ?? '',
    })),
    ...deck.requests.map((r) => ({
      source: r.id,
      options: ['accept', 'decline'],
      start: 'decline',
    })),
  ];
}

/**
 * The space of fixed plans, its starting distribution centred on `centre` (by default the
 * scenario's starting decisions all game): each phase's lever values and each answer of that
 * plan are the most likely at first, as closely as `closeness` says.
 */
export function planSpace(
  scenario: Scenario,
  centre: FixedPlan = repeatedPlan('start', scenario.startingDecisions),
  closeness: Closeness = EXPLORE,
): PlanSpace {
  const near = (size: number, startIndex: number) => prior(size, startIndex, closeness.prior);
  const spread = closeness.spread;
  const phases = Math.max(1, Math.ceil(scenario.horizonQuarters / QUARTERS_PER_PHASE));
  const dims: Dimension[] = [];
  const slots: Slot[] = [];
  const levers = scalarLevers(scenario);
  for (let phase = 0; phase < phases; phase++) {
    const start = centre.quarters[
      Math.min(centre.quarters.length - 1, phase * QUARTERS_PER_PHASE)
    ] as Decisions;
    for (const l of levers) {
      const at = l.values.findIndex((v) => v === scalarValue(start, l.id));
      dims.push({ kind: 'categorical', size: l.values.length, prior: near(l.values.length, at) });
      slots.push({ kind: 'lever', phase, id: l.id, values: l.values });
    }
    for (const key of ALLOCATION_SHARES) {
      dims.push({ kind: 'real', lo: 0, hi: 1, start: start.allocation[key] / 100, spread });
      slots.push({ kind: 'allocation', phase, key });
    }
    const hires = start.talent.hiring.reduce((n, l) => n + l.count, 0);
    const seniors = start.talent.hiring
      .filter((l) => l.level === 'senior')
      .reduce((n, l) => n + l.count, 0);
    const maxHires = Math.max(1, scenario.limits.maxHiresPerQuarter);
    dims.push({ kind: 'real', lo: 0, hi: 1, start: Math.min(1, hires / maxHires), spread });
    slots.push({ kind: 'hires', phase });
    dims.push({ kind: 'real', lo: 0, hi: 1, start: hires > 0 ? seniors / hires : 0.5, spread });
    slots.push({ kind: 'senior-share', phase });
    for (const i of scenario.initiatives) {
      dims.push({
        kind: 'categorical',
        size: 2,
        prior: near(2, start.initiatives.includes(i.id) ? 1 : 0),
      });
      slots.push({ kind: 'initiative', phase, id: i.id });
    }
    for (const r of scenario.riskRegister) {
      dims.push({
        kind: 'categorical',
        size: 2,
        prior: near(2, start.riskMitigations.includes(r.id) ? 1 : 0),
      });
      slots.push({ kind: 'mitigation', phase, id: r.id });
    }
  }
  for (const a of answerSlots(scenario)) {
    dims.push({
      kind: 'categorical',
      size: a.options.length,
      prior: near(a.options.length, a.options.indexOf(centre.choices[a.source] ?? a.start)),
    });
    slots.push({ kind: 'answer', source: a.source, options: a.options });
  }
  return { scenario, phases, dims, slots };
}

/** The fixed plan a point of the space stands for. */
export function planOf(space: PlanSpace, genome: Genome, name: string): FixedPlan {
  const s = space.scenario;
  const phaseDecisions: Decisions[] = [];
  const choices: Record<string, string> = {};
  for (let phase = 0; phase < space.phases; phase++) {
    let d: Decisions = JSON.parse(JSON.stringify(s.startingDecisions)) as Decisions;
    d.org.promotionsToManager = 0;
    d.org.promotionsToStaff = 0;
    d.talent.layoffs = [];
    d.initiatives = [];
    d.riskMitigations = [];
    const weights = { features: 0, debtPaydown: 0, reliability: 0, security: 0, innovation: 0 };
    let hires = 0;
    let seniorShare = 0.5;
    space.slots.forEach((slot, i) => {
      const g = genome[i] as number;
      if (slot.kind === 'answer') {
        if (phase === 0) choices[slot.source] = slot.options[g] as string;
        return;
      }
      if (slot.phase !== phase) return;
      if (slot.kind === 'lever') d = withLever(d, slot.id, slot.values[g] as ScalarValue);
      else if (slot.kind === 'allocation') weights[slot.key] = g;
      else if (slot.kind === 'hires') hires = Math.round(g * s.limits.maxHiresPerQuarter);
      else if (slot.kind === 'senior-share') seniorShare = g;
      else if (g === 1)
        (slot.kind === 'initiative' ? d.initiatives : d.riskMitigations).push(slot.id);
    });
    d.allocation = allocationFromWeights(weights);
    const seniors = Math.round(hires * seniorShare);
    d.talent.hiring = [
      { role: 'product' as const, level: 'senior' as const, count: seniors },
      { role: 'product' as const, level: 'junior' as const, count: hires - seniors },
    ].filter((l) => l.count > 0);
    phaseDecisions.push(d);
  }
  const quarters = Array.from(
    { length: s.horizonQuarters },
    (_, q) =>
      phaseDecisions[
        Math.min(phaseDecisions.length - 1, Math.floor(q / QUARTERS_PER_PHASE))
      ] as Decisions,
  );
  return { name, quarters, choices };
}

/** A plan that repeats one set of decisions all game and takes every default answer. */
export function repeatedPlan(name: string, d: Decisions): FixedPlan {
  return { name, quarters: [d], choices: {} };
}

/**
 * The "max everything" plan, fixed for the whole game: the starting decisions with
 * every investment at its maximum, every initiative and mitigation on, default answers.
 */
export function maxEverythingPlan(scenario: Scenario): FixedPlan {
  return repeatedPlan(
    'max-everything',
    withEveryInvestmentAt(scenario.startingDecisions, scenario, 'max'),
  );
}
