import { describe, expect, it } from 'vitest';
import * as sim from '../../src/sim/index';
import { loadScenario } from './helpers';

/** Every value name the contract in docs/engine-api.md promises. */
const CONTRACT = [
  'parseScenario',
  'scenarioHash',
  'newGame',
  'phaseOf',
  'defaultDecisions',
  'checkDecisions',
  'previewQuarter',
  'submitDecisions',
  'pendingEvents',
  'answerEvent',
  'continueGame',
  'selectKpis',
  'selectQuarterReport',
  'selectHistory',
  'selectOrg',
  'selectOutcome',
  'selectScore',
  'selectLevers',
  'selectBriefing',
  'selectDrivers',
  'startMetrics',
  'gameMachine',
  'createGameActor',
  'toSave',
  'migrateSave',
  'loadSave',
  'gameAtQuarter',
  'branchGame',
  'runGame',
  'runBatch',
  'balancedPolicy',
  'carelessPolicy',
  'extremePolicies',
  'stepQuarter',
  'seedRng',
  'rngFromState',
];

describe('engine API', () => {
  it('exports every name of the contract', () => {
    for (const name of CONTRACT) expect(sim, name).toHaveProperty(name);
  });

  it('runs a batch over seeds with the reference policies', () => {
    const scenario = loadScenario();
    const results = sim.runBatch(scenario, [1, 2, 3], sim.balancedPolicy);
    expect(results.map((r) => r.seed)).toEqual([1, 2, 3]);
    for (const r of results) {
      expect(r.metrics).toHaveLength(r.quarters);
      expect(r.final).toEqual(r.metrics[r.metrics.length - 1]);
      expect(r.score).toBeGreaterThan(0);
    }
    expect(sim.extremePolicies.map((p) => p.name)).toEqual([
      'all-features',
      'all-debt',
      'hire-max',
      'cut-max',
      'no-security',
    ]);
  });
});
