import { describe, expect, it } from 'vitest';
import {
  fixedPlanPolicy,
  LAB_POLICIES,
  randomPolicy,
  runGame,
  selectScore,
} from '../../../src/sim/index';
import { maxEverythingPlan } from '../../../src/sim/analysis/search/plan-space';
import { loadBuiltin, SCENARIO_FILES } from '../../scenarios/builtin';

describe.each(SCENARIO_FILES)('%s: the lab policies', (file) => {
  const scenario = loadBuiltin(file);

  it('are the reference, the eight extremes and random play, each playing a whole game', () => {
    expect(LAB_POLICIES.map((p) => p.name)).toEqual([
      'reference',
      'all-features',
      'all-debt',
      'hire-max',
      'cut-max',
      'no-security',
      'ai-all-in',
      'invest-max',
      'invest-min',
      'random',
    ]);
    for (const p of LAB_POLICIES) expect(runGame(scenario, 5, p).phase).toBe('ended');
  });

  it('random play is deterministic for a seed and differs between seeds', () => {
    const a = runGame(scenario, 11, randomPolicy);
    expect(runGame(scenario, 11, randomPolicy)).toEqual(a);
    const decisions = (seed: number) =>
      runGame(scenario, seed, randomPolicy).log.map((l) => l.decisions);
    expect(decisions(12)).not.toEqual(decisions(11));
  });

  it('a fixed plan repeats its decisions whatever happens, and answers from its table', () => {
    const plan = maxEverythingPlan(scenario);
    const game = runGame(scenario, 3, fixedPlanPolicy(plan));
    for (const entry of game.log) expect(entry.decisions).toEqual(plan.quarters[0]);
    expect(selectScore(game).score).toBeGreaterThan(0);
  });
});
