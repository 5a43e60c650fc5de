/**
 * knowledge-sharing/rely-on-experts: the risk that one of the experts the team relies on leaves
 * is the model's own attrition (model/people.ts, attritionProbability) for three people ("a few
 * heads") over the two quarters before the risk falls due, at a typical team's exhaustion, par
 * pay, a normal hiring market and a middling manager (engine 1.43.0; it was 60% at engagement 45,
 * about three times the model's own rate).
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import { attritionProbability, TYPICAL_EXHAUSTION } from '../../src/sim/model/people';
import { loadBuiltin } from './builtin';

const EXPERTS = 3;
const QUARTERS = 2;

function departureChance(engagement: number): number {
  const quits = attritionProbability(engagement, TYPICAL_EXHAUSTION, 0, 'hybrid', 1, 0.5);
  return 1 - (1 - quits) ** (EXPERTS * QUARTERS);
}

describe('relying on the experts', () => {
  const card = deckFor(loadBuiltin('series-b-saas.json')).dilemmas.find(
    (c) => c.id === 'knowledge-sharing',
  );
  const risk = card?.options.find((o) => o.id === 'rely-on-experts')?.delayed?.[0];

  it('risks an expert leaving as often as the model’s attrition makes one of three leave in two quarters', () => {
    expect(risk?.afterQuarters).toBe(QUARTERS);
    expect(risk?.chance?.metric).toBe('engagement');
    for (const point of [risk?.chance?.from, risk?.chance?.to]) {
      expect(point?.chance).toBeCloseTo(departureChance(point?.value ?? 0), 2);
    }
  });

  it('is a little likelier the lower engagement is', () => {
    expect(risk?.chance?.from.value).toBeLessThan(risk?.chance?.to.value ?? 0);
    expect(risk?.chance?.from.chance).toBeGreaterThan(risk?.chance?.to.chance ?? 1);
  });
});
