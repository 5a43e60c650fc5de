/**
 * Every option of the dilemmas each built-in scenario draws (the shared deck and the scenario's
 * own cards) has at least one effect in the player's favour (MODEL.md 7: none has only
 * downsides). What an option saves against the others (no engineering time, no money) is written
 * as an effect too, so that the card says what the choice keeps. A risk (a delayed effect with a
 * chance) counts as what it does when it happens.
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { SCENARIO_FILES, loadBuiltin } from './builtin';

/** +1 where a rise helps the player, -1 where a fall does. */
function favourableSign(target: EffectTarget): 1 | -1 {
  if (target.startsWith('debt.') || target.startsWith('cloud.')) return -1;
  if (target === 'exhaustion' || target === 'hiringMarket') return -1;
  return 1;
}

describe('dilemma options', () => {
  it('every option of every built-in scenario’s deck has an upside', () => {
    const onlyDownsides = new Set<string>();
    // The cards as each built-in scenario draws them (a scenario may exclude some).
    for (const file of SCENARIO_FILES) {
      const scenario = loadBuiltin(file);
      for (const card of deckFor(scenario).dilemmas)
        for (const option of card.options) {
          const effects = [...option.effects, ...(option.delayed ?? []).flatMap((d) => d.effects)];
          if (!effects.some((e) => favourableSign(e.target) * e.delta > 0))
            onlyDownsides.add(`${card.id}/${option.id}`);
        }
    }
    expect([...onlyDownsides]).toEqual([]);
  });
});

describe('what an option costs', () => {
  it('self-hosting the observability stack leaves the same stack to run, with or without upstream work', () => {
    const card = deckFor(loadBuiltin(SCENARIO_FILES[0]!)).dilemmas.find(
      (c) => c.id === 'oss-vs-commercial',
    )!;
    const infra = (id: string) =>
      card.options
        .find((o) => o.id === id)!
        .effects.filter((e) => e.target === 'debt.infra')
        .reduce((sum, e) => sum + e.delta, 0);
    expect(infra('self-host')).toBeGreaterThan(0);
    expect(infra('contribute-upstream')).toBe(infra('self-host'));
  });
});
