import { describe, expect, it } from 'vitest';
import {
  fixedPlanOf,
  inThreadEvaluator,
  type FixedPlan,
  type KeptPlan,
} from '../../../src/sim/index';
import { readPlanLibrary } from '../../../src/cli/plan-library';
import { polishAnswers } from '../../../src/sim/analysis/balance/polish';
import { FOUND_BY_SEARCH, searchFixedPlan } from '../../../src/sim/analysis/balance/search';
import { searchSeeds } from '../../../src/sim/analysis/balance/seeds';
import { playTasks } from '../../../src/sim/analysis/balance/tasks';
import { answerSlots } from '../../../src/sim/analysis/search/plan-space';
import { mean } from '../../../src/sim/analysis/stats';
import { loadBuiltin } from '../../scenarios/builtin';

const scenario = loadBuiltin('series-b-saas.json');
const seeds = searchSeeds(4);
const meanOn = (plan: FixedPlan) =>
  mean(
    playTasks(
      scenario,
      seeds.map((seed) => ({ policy: { kind: 'fixed', plan }, seed })),
    ).map((r) => r.score),
  );

/** The library's first plan, with its answer to the card it meets most changed to the worst one. */
function sabotaged(): { plan: FixedPlan; card: string; worst: string } {
  const { library } = readPlanLibrary('docs/balance/plans', scenario);
  const kept = fixedPlanOf(library.plans[0] as KeptPlan, scenario.horizonQuarters);
  const games = playTasks(
    scenario,
    seeds.map((seed) => ({ policy: { kind: 'fixed', plan: kept }, seed })),
  );
  const met = answerSlots(scenario).filter((s) => games.every((g) => g.drawn.includes(s.source)));
  let worst = { plan: kept, card: '', worst: '', score: Infinity };
  for (const slot of met)
    for (const option of slot.options) {
      const plan = { ...kept, choices: { ...kept.choices, [slot.source]: option } };
      const score = meanOn(plan);
      if (score < worst.score) worst = { plan, card: slot.source, worst: option, score };
    }
  return worst;
}

describe('the search’s answer polish', () => {
  it('moves a plan off an answer that costs it points, one card at a time, within its budget', async () => {
    const { plan, card, worst } = sabotaged();
    expect(card).not.toBe('');
    const before = meanOn(plan);
    const budget = 400;
    const polished = await polishAnswers(
      scenario,
      [{ plan, source: 'sabotaged' }],
      seeds,
      budget,
      inThreadEvaluator(scenario),
    );
    expect(polished.games).toBeLessThanOrEqual(budget);
    expect(polished.plan.choices[card]).not.toBe(worst);
    expect(polished.changes.map((c) => c.source)).toContain(card);
    // Each change scored higher than the plan it replaced, and the result is what it reports.
    for (const c of polished.changes) expect(c.after).toBeGreaterThan(c.before);
    expect(polished.changes[0]?.before).toBe(before);
    expect(polished.score).toBe(meanOn(polished.plan));
    expect(polished.score).toBeGreaterThan(before);
    // Only answers changed: the plan's decisions are the same.
    expect(polished.plan.quarters).toEqual(plan.quarters);
  });

  it('plays nothing when its budget cannot play the plan once, and keeps the plan', async () => {
    const { plan } = sabotaged();
    const polished = await polishAnswers(
      scenario,
      [{ plan, source: 'sabotaged' }],
      seeds,
      2 * seeds.length - 1,
      inThreadEvaluator(scenario),
    );
    expect(polished).toMatchObject({ plan, games: 0, changes: [], score: null });
  });

  it('polishes the best of its starting plans on its own seeds', async () => {
    const { plan } = sabotaged();
    const { library } = readPlanLibrary('docs/balance/plans', scenario);
    const kept = fixedPlanOf(library.plans[0] as KeptPlan, scenario.horizonQuarters);
    expect(meanOn(kept)).toBeGreaterThan(meanOn(plan));
    const starts = [
      { plan, source: 'sabotaged' },
      { plan: kept, source: kept.name },
    ];
    const polished = await polishAnswers(scenario, starts, seeds, 400, inThreadEvaluator(scenario));
    expect(polished.from).toBe(kept.name);
    expect(polished.changes[0]?.before ?? polished.score).toBe(meanOn(kept));
    // With room for one start only, the first (the search's leader) is the one polished.
    const one = await polishAnswers(
      scenario,
      starts,
      seeds,
      2 * seeds.length,
      inThreadEvaluator(scenario),
    );
    expect(one.from).toBe('sabotaged');
  });

  it('takes part of the search’s budget, and the search reports the polished plan', async () => {
    const { plan } = sabotaged();
    const settings = { budget: 600, searchSeeds: 2, polishSeeds: 4, population: 4, searchSeed: 1 };
    const found = await searchFixedPlan(
      scenario,
      settings,
      inThreadEvaluator(scenario),
      undefined,
      [plan],
    );
    expect(found.games).toBeLessThanOrEqual(settings.budget);
    expect(found.polish.games).toBeGreaterThan(0);
    expect(found.polish.seeds).toEqual(seeds);
    // The sabotaged kept plan is the best the generations find; the polish repairs it.
    expect(found.polish.from).toBe(plan.name);
    expect(found.polish.changes.length).toBeGreaterThan(0);
    expect(found.source).toBe(FOUND_BY_SEARCH);
    // Reported on the search's own seeds, like every other candidate.
    const onSearchSeeds = mean(
      playTasks(
        scenario,
        searchSeeds(2).map((seed) => ({ policy: { kind: 'fixed', plan: found.plan }, seed })),
      ).map((r) => r.score),
    );
    expect(found.searchScore).toBe(onSearchSeeds);
  });
});
