import { describe, expect, it } from 'vitest';
import { fixedPlanPolicy, runGame } from '../../../src/sim/index';
import { initialDistribution, sampleGenome } from '../../../src/sim/analysis/search/cem';
import { planOf, planSpace, QUARTERS_PER_PHASE } from '../../../src/sim/analysis/search/plan-space';
import { rngFromState, seedRng } from '../../../src/sim/rng';
import { loadBuiltin, SCENARIO_FILES } from '../../scenarios/builtin';

describe.each(SCENARIO_FILES)('%s: the fixed-plan space', (file) => {
  const scenario = loadBuiltin(file);
  const space = planSpace(scenario);

  it('turns any point into a plan the engine accepts for the whole game', () => {
    const rng = rngFromState(seedRng(21));
    const dist = initialDistribution(space.dims);
    for (let i = 0; i < 4; i++) {
      const plan = planOf(space, sampleGenome(space.dims, dist, rng), `sample-${i}`);
      expect(plan.quarters).toHaveLength(scenario.horizonQuarters);
      expect(runGame(scenario, 1, fixedPlanPolicy(plan)).phase).toBe('ended');
    }
  });

  it('changes its decisions only at phase boundaries (a schedule, not a response)', () => {
    const rng = rngFromState(seedRng(2));
    const plan = planOf(space, sampleGenome(space.dims, initialDistribution(space.dims), rng), 'p');
    plan.quarters.forEach((d, q) => {
      if (q % QUARTERS_PER_PHASE !== 0) expect(d).toBe(plan.quarters[q - 1]);
    });
  });
});
