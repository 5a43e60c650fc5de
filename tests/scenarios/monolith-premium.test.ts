/**
 * microservices (engine 1.35.0): what splitting and staying cost follows the code debt. Services
 * split off clean code become a distributed monolith (releases still wait on each other, now
 * across services), which takes back the pipeline gain a split earns where tangled code blocked
 * the teams; and the CTO is let down by a monolith whose teams keep blocking each other, not by
 * one that serves. Read as each option's expected effects (risks scaled by their chance) at a
 * code debt of 5 and of 30 or 50.
 */
import { describe, expect, it } from 'vitest';
import type { EffectTarget } from '../../src/sim/scenario/schema';
import { loadBuiltin } from './builtin';
import { cardEffects } from './card-effects';

const effect = cardEffects(loadBuiltin('enterprise-dx.json'), 'microservices');
/** An option's expected effect on `target` at code debt `techDebt` (risks at their chance). */
const expected = (option: string, target: EffectTarget, techDebt: number) =>
  effect(option, target, { techDebt });

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
