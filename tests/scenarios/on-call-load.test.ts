/**
 * introduce-sre (engine 1.32.0): the on-call load follows the incidents. Teams that run what
 * they build carry a pager whose weight is the incidents; an SRE team pays for the builders it
 * takes by taking the teams' pages and toil, which is little where incidents are few. Read as
 * each option's expected effects (risks scaled by their chance) at 2 and 5 incidents a quarter.
 */
import { describe, expect, it } from 'vitest';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { loadBuiltin } from './builtin';
import { cardEffects } from './card-effects';

const effect = cardEffects(loadBuiltin('series-b-saas.json'), 'introduce-sre');
/** An option's expected effect on `target` with `incidents` last quarter (risks at their chance). */
const expected = (option: string, target: EffectTarget, incidents: number) =>
  effect(option, target, { incidents });

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
