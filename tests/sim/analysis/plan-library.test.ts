import { describe, expect, it } from 'vitest';
import {
  emptyLibrary,
  fixedPlanOf,
  inThreadEvaluator,
  keptPlanOf,
  planPhases,
  withKeptPlan,
  type FixedPlan,
  type KeptPlan,
} from '../../../src/sim/index';
import { readPlanLibrary } from '../../../src/cli/plan-library';
import { searchFixedPlan } from '../../../src/sim/analysis/balance/search';
import { searchSeeds } from '../../../src/sim/analysis/balance/seeds';
import { playTasks } from '../../../src/sim/analysis/balance/tasks';
import { mean } from '../../../src/sim/analysis/stats';
import { withEveryInvestmentAt } from '../../../src/sim/analysis/lever-space';
import { loadBuiltin } from '../../scenarios/builtin';

const scenario = loadBuiltin('series-b-saas.json');
const start = scenario.startingDecisions;
const cautious = withEveryInvestmentAt(start, scenario, 'min');

/** Starting decisions in quarters 1-4, the cautious ones from quarter 5 (a two-phase plan). */
const twoPhases: FixedPlan = {
  name: 'two-phases',
  quarters: [start, start, start, start, cautious],
  choices: { 'cloud-cost-spike': 'ignore' },
};

describe('kept plans (docs/balance/plans)', () => {
  it('keeps a plan as phases and plays the same decisions in every quarter', () => {
    const kept = keptPlanOf(twoPhases, 'kept', 'a test');
    expect(kept.phases.map((p) => p.fromQuarter)).toEqual([1, 5]);
    const back = fixedPlanOf(JSON.parse(JSON.stringify(kept)), scenario.horizonQuarters);
    expect(back.quarters).toHaveLength(scenario.horizonQuarters);
    back.quarters.forEach((d, i) =>
      expect(d, `quarter ${i + 1}`).toEqual(twoPhases.quarters[Math.min(i, 4)]),
    );
    expect(back.choices).toEqual(twoPhases.choices);
    // Equal decisions written as separate objects are one phase, not one per quarter.
    expect(planPhases({ quarters: [start, structuredClone(start)] })).toHaveLength(1);
  });

  it('adds a plan to a library once', () => {
    const kept = keptPlanOf(twoPhases, 'kept', 'a test');
    const first = withKeptPlan(emptyLibrary(scenario.id), kept);
    expect(first.kept).toEqual(kept);
    const again = withKeptPlan(first.library, { ...kept, name: 'same plan, other name' });
    expect(again.kept).toBeNull();
    expect(again.library.plans).toHaveLength(1);
  });

  it('gives a plan whose name is taken the first free number', () => {
    const kept = keptPlanOf(twoPhases, 'kept', 'a test');
    const other = keptPlanOf({ ...twoPhases, quarters: [start] }, 'kept', 'a test');
    const third = { ...other, choices: { 'launch-crunch': 'crunch' } };
    const one = withKeptPlan(emptyLibrary(scenario.id), kept).library;
    const two = withKeptPlan(one, other);
    expect(two.kept?.name).toBe('kept (2)');
    const three = withKeptPlan(two.library, third);
    expect(three.library.plans.map((p) => p.name)).toEqual(['kept', 'kept (2)', 'kept (3)']);
  });

  it('the search starts from the kept plans: a strong kept plan is its best', async () => {
    const settings = {
      budget: 3 * 2 + 4 * 2,
      searchSeeds: 2,
      polishSeeds: 2,
      population: 4,
      searchSeed: 1,
    };
    const evaluate = inThreadEvaluator(scenario);
    // A plan a full 3000-game search found: far better than what a 14-game search reaches.
    const { library } = readPlanLibrary('docs/balance/plans', scenario);
    const kept = fixedPlanOf(library.plans[0] as KeptPlan, scenario.horizonQuarters);
    const keptScore = mean(
      playTasks(
        scenario,
        searchSeeds(2).map((seed) => ({ policy: { kind: 'fixed', plan: kept }, seed })),
      ).map((r) => r.score),
    );
    const withKept = await searchFixedPlan(scenario, settings, evaluate, undefined, [kept]);
    expect(withKept.keptPlans).toBe(1);
    expect(withKept.source).toBe(kept.name);
    expect(withKept.searchScore).toBe(keptScore);
    expect(withKept.plan.choices).toEqual(kept.choices);
    const without = await searchFixedPlan(scenario, settings, evaluate);
    expect(without.keptPlans).toBe(0);
    expect(without.searchScore).toBeLessThan(keptScore);
  });
});
