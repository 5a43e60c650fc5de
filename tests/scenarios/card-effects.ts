/**
 * A card option's expected effect on one target in a situation: its certain effects plus each
 * delayed risk's effects scaled by the chance that situation gives it (model/chance.ts). The card
 * tests read what an option does at two situations this way.
 */
import { deckFor } from '../../src/sim/index';
import { chanceOf } from '../../src/sim/model/chance';
import { initialState } from '../../src/sim/game';
import type { EffectTarget, Scenario } from '../../src/sim/scenario/schema';
import type { QuarterMetrics } from '../../src/sim/types';

/** `expected(option, target, situation)` for one card of a scenario, from the scenario's start. */
export function cardEffects(scenario: Scenario, cardId: string) {
  const start = initialState(scenario);
  const card = deckFor(scenario).dilemmas.find((c) => c.id === cardId);
  if (!card) throw new Error(`${scenario.id} has no card ${cardId}`);
  return (option: string, target: EffectTarget, situation: Partial<QuarterMetrics>): number => {
    const o = card.options.find((x) => x.id === option);
    if (!o) throw new Error(`${cardId} has no option ${option}`);
    const m = { ...start.last, ...situation };
    let sum = 0;
    for (const e of o.effects) if (e.target === target) sum += e.delta;
    for (const later of o.delayed) {
      const p = later.chance ? chanceOf(later.chance, m, start, 1) : 1;
      for (const e of later.effects) if (e.target === target) sum += p * e.delta;
    }
    return sum;
  };
}
