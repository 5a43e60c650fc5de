/**
 * microservices (engine 1.35.0): what splitting and staying cost follows the code debt. Services
 * split off clean code become a distributed monolith (releases still wait on each other, now
 * across services), which takes back the pipeline gain a split earns where tangled code blocked
 * the teams; and the CTO is let down by a monolith whose teams keep blocking each other, not by
 * one that serves. Read as each option's expected effects (risks scaled by their chance) at a
 * code debt of 5 and of 30 or 50.
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import { chanceOf } from '../../src/sim/model/chance';
import { initialState } from '../../src/sim/game';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { loadBuiltin } from './builtin';

const scenario = loadBuiltin('enterprise-dx.json');
const start = initialState(scenario);
const card = deckFor(scenario).dilemmas.find((c) => c.id === 'microservices')!;

/** The sum of an option's effects on `target`, risks at their chance at code debt `techDebt`. */
function expected(option: string, target: EffectTarget, techDebt: number): number {
  const o = card.options.find((x) => x.id === option)!;
  const m = { ...start.last, techDebt };
  let sum = 0;
  for (const e of o.effects) if (e.target === target) sum += e.delta;
  for (const later of o.delayed) {
    const p = later.chance ? chanceOf(later.chance, m, start, 1) : 1;
    for (const e of later.effects) if (e.target === target) sum += p * e.delta;
  }
  return sum;
}

describe('the monolith card follows the code debt (microservices)', () => {
  it('gains the pipeline nothing by splitting clean code, and clearly where tangled code blocked the teams', () => {
    expect(expected('strangler', 'capability.ciCd', 5)).toBeLessThanOrEqual(0);
    expect(expected('strangler', 'capability.ciCd', 30)).toBeGreaterThan(0.05);
  });

  it('lets the CTO down over a monolith whose teams keep blocking each other, not over a clean one', () => {
    expect(expected('stay', 'trust.cto', 5)).toBeGreaterThan(-0.5);
    expect(expected('stay', 'trust.cto', 50)).toBeLessThan(-2.5);
  });
});
