/**
 * Starting situations: the company as the new VPoE finds it, which the scenario's description
 * leaves open (docs/model.md, "Starting situations"). A scenario may list several (the cash
 * raised was smaller than planned, a platform worn by a year of shipping, a team just out of a
 * crunch, a rival's launch that left the product behind); each seed starts in one of them, drawn
 * from its own stream, and the briefing says which from quarter 1. Every seed of a scenario used
 * to start from the same company, so the only situations a fixed plan could not prepare for came
 * later and were mostly luck; a plan that is right for a company with money to spend is wrong
 * for one with six quarters of runway, and a player who reads the briefing knows which it is.
 */
import { pickWeighted, rngFromState, seedRng } from '../rng';
import type { Scenario, Situation } from '../scenario/schema';

/** Mixed into the seed for the situation's own stream (any constant unlike small seeds). */
const SITUATION_STREAM = 0x73697475;

/** The situation a game of `scenario` on `seed` starts in (null: the scenario lists none). */
export function situationOf(scenario: Scenario, seed: number): Situation | null {
  const list = scenario.situations ?? [];
  if (list.length === 0) return null;
  return pickWeighted(rngFromState(seedRng((seed ^ SITUATION_STREAM) | 0)), list) ?? null;
}

/** The scenario's company as the situation finds it. */
export function companyIn(scenario: Scenario, situation: Situation | null): Scenario['company'] {
  const c = scenario.company;
  if (!situation) return c;
  const { trust, debt, capabilities, ...stocks } = situation.company;
  return {
    ...c,
    ...stocks,
    trust: { ...c.trust, ...trust },
    debt: { ...c.debt, ...debt },
    capabilities: { ...c.capabilities, ...capabilities },
  };
}
