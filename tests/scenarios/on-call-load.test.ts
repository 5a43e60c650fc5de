/**
 * introduce-sre (engine 1.32.0): the on-call load follows the incidents. Teams that run what
 * they build carry a pager whose weight is the incidents; an SRE team pays for the builders it
 * takes by taking the teams' pages and toil, which is little where incidents are few. Read as
 * each option's expected effects (risks scaled by their chance) at 2 and 5 incidents a quarter.
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import { chanceOf } from '../../src/sim/model/chance';
import { initialState } from '../../src/sim/game';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { loadBuiltin } from './builtin';

const scenario = loadBuiltin('series-b-saas.json');
const start = initialState(scenario);
const card = deckFor(scenario).dilemmas.find((c) => c.id === 'introduce-sre')!;

/** The sum of an option's effects on `target`, risks at their chance with `incidents` last quarter. */
function expected(option: string, target: EffectTarget, incidents: number): number {
  const o = card.options.find((x) => x.id === option)!;
  const m = { ...start.last, incidents };
  let sum = 0;
  for (const e of o.effects) if (e.target === target) sum += e.delta;
  for (const later of o.delayed) {
    const p = later.chance ? chanceOf(later.chance, m, start, 1) : 1;
    for (const e of later.effects) if (e.target === target) sum += p * e.delta;
  }
  return sum;
}

describe('who carries the pager (introduce-sre)', () => {
  it('wears teams that run their own services in proportion to the incidents', () => {
    expect(expected('you-build-it', 'exhaustion', 2)).toBeLessThan(2);
    expect(expected('you-build-it', 'exhaustion', 5)).toBeGreaterThan(8);
  });

  it('costs an SRE team’s builders for longer where there are few incidents to take over', () => {
    expect(expected('sre-team', 'featureCapacityPct', 2)).toBeLessThan(-10);
    expect(expected('sre-team', 'featureCapacityPct', 5)).toBeGreaterThan(-7);
  });

  it('relieves the teams’ exhaustion by the pages the SRE team takes', () => {
    expect(expected('sre-team', 'exhaustion', 2)).toBeGreaterThan(-2);
    expect(expected('sre-team', 'exhaustion', 5)).toBeLessThan(-3.5);
  });

  it('leaves the teams less tired with an SRE team only when incidents keep coming', () => {
    const tiredness = (option: string, incidents: number) =>
      expected(option, 'exhaustion', incidents);
    expect(tiredness('you-build-it', 2)).toBeLessThan(tiredness('sre-team', 2) + 3);
    expect(tiredness('you-build-it', 5)).toBeGreaterThan(tiredness('sre-team', 5) + 10);
  });
});
