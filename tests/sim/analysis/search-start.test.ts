import { describe, expect, it } from 'vitest';
import {
  fixedPlanOf,
  inThreadEvaluator,
  newGame,
  referencePolicy,
  type KeptPlan,
} from '../../../src/sim/index';
import { readPlanLibrary } from '../../../src/cli/plan-library';
import { referenceOpeningPlan, searchFixedPlan } from '../../../src/sim/analysis/balance/search';
import { initialDistribution, sampleGenome } from '../../../src/sim/analysis/search/cem';
import {
  EXPLORE,
  REFINE,
  planOf,
  planSpace,
  type Closeness,
} from '../../../src/sim/analysis/search/plan-space';
import { scalarLevers, scalarValue } from '../../../src/sim/analysis/lever-space';
import { rngFromState, seedRng } from '../../../src/sim/rng';
import { loadBuiltin } from '../../scenarios/builtin';

const scenario = loadBuiltin('series-b-saas.json');
const { library } = readPlanLibrary('docs/balance/plans', scenario);
const kept = fixedPlanOf(
  library.plans[library.plans.length - 1] as KeptPlan,
  scenario.horizonQuarters,
);

/** Share of a plan's lever values, quarter by quarter, that a sample from the space keeps. */
function keptShare(closeness: Closeness): number {
  const space = planSpace(scenario, kept, closeness);
  const dist = initialDistribution(space.dims);
  const rng = rngFromState(seedRng(5));
  const levers = scalarLevers(scenario);
  let same = 0;
  let all = 0;
  for (let i = 0; i < 20; i++) {
    const plan = planOf(space, sampleGenome(space.dims, dist, rng), `sample-${i}`);
    plan.quarters.forEach((d, q) => {
      const centre = kept.quarters[Math.min(q, kept.quarters.length - 1)]!;
      for (const l of levers) {
        all++;
        if (scalarValue(d, l.id) === scalarValue(centre, l.id)) same++;
      }
    });
  }
  return same / all;
}

describe('where the fixed-plan search starts', () => {
  it('samples close to the centre plan when refining it, widely when exploring', () => {
    const refine = keptShare(REFINE);
    const explore = keptShare(EXPLORE);
    expect(refine).toBeGreaterThan(0.7);
    expect(explore).toBeLessThan(0.55);
  });

  it('refines a leading kept plan from its first generation; without one it explores', async () => {
    const settings = { budget: 400, searchSeeds: 2, polishSeeds: 2, population: 8, searchSeed: 3 };
    const evaluate = inThreadEvaluator(scenario);
    const fromLibrary = await searchFixedPlan(scenario, settings, evaluate, undefined, [kept]);
    const fromScratch = await searchFixedPlan(scenario, settings, evaluate);
    const first = (r: typeof fromLibrary) => r.generations[0]!.mean;
    // Candidates near a strong plan score near it; wide ones far below.
    expect(first(fromLibrary)).toBeGreaterThan(first(fromScratch) + 5);
  });
});

describe("the reference's opening as a known plan", () => {
  const situation = {
    id: 'broke',
    weight: 1,
    title: { en: 'Broke', ja: '資金切れ寸前' },
    body: { en: 'One quarter of cash.', ja: '現金は1四半期分です。' },
    company: { cash: 3_000_000 },
  };

  it('is the opening of the company as described, whatever situation the first seed starts in', () => {
    const broke = { ...scenario, situations: [situation] };
    expect(referenceOpeningPlan(broke)).toEqual(referenceOpeningPlan(scenario));
  });

  it('never repeats a one-off, which would ask for people who have gone', () => {
    // The company as described has a quarter of runway: the reference's first decisions there
    // lay people off and promote managers (one-offs), and the plan keeps the rest of them.
    const broke = { ...scenario, company: { ...scenario.company, cash: 3_000_000 } };
    const decided = referencePolicy.decide(newGame(broke, 1));
    expect(decided.talent.layoffs.length).toBeGreaterThan(0);
    const opening = referenceOpeningPlan(broke).quarters[0]!;
    expect(opening).toEqual({
      ...decided,
      org: { ...decided.org, promotionsToManager: 0, promotionsToStaff: 0 },
      talent: { ...decided.talent, layoffs: [] },
    });
  });
});
