/**
 * Vendor dependence and knowledge loss (docs/model.md, brief 2.5, contractors; model/handover.ts): letting a
 * large contractor bench go at once, with little documentation, costs knowledge (code debt) and
 * capacity for a few quarters; a gradual exit under an exit plan costs next to none. Compared
 * over many seeds, same seed for both exits.
 */
import { describe, expect, it } from 'vitest';
import {
  DRIVER_IDS,
  newGame,
  openStreams,
  seedStreams,
  selectDrivers,
  stepQuarter,
  submitDecisions,
  type Decisions,
  type Scenario,
} from '../../../src/sim/index';
import { loadBuiltin } from '../../scenarios/builtin';
import { median, seeds } from '../helpers';

const scenario: Scenario = loadBuiltin('enterprise-dx.json');
const QUARTERS = 6;
const HANDOVER_DEBT = DRIVER_IDS.techDebt.indexOf('contractorHandover');
const HANDOVER_FACTOR = DRIVER_IDS.featuresDelivered.indexOf('contractorHandover');
const exitPlan = scenario.riskRegister.find((r) => r.mitigates === 'vendor')!.id;

interface Exit {
  /** contractors in quarter q (1-based), given last quarter's count */
  contractors: (last: number) => number;
  exitPlan: boolean;
}

/** Code-debt points and feature points the hand-over cost over QUARTERS quarters. */
function handoverCost(exit: Exit, seed: number) {
  const rng = openStreams(seedStreams(seed));
  let s = newGame(scenario, seed).state;
  let debt = 0;
  let lostFeatures = 0;
  for (let q = 1; q <= QUARTERS; q++) {
    const d: Decisions = structuredClone(scenario.startingDecisions);
    d.budget.contractors = exit.contractors(s.contractors);
    if (exit.exitPlan) d.riskMitigations.push(exitPlan);
    const r = stepQuarter(scenario, s, d, q, rng);
    debt += r.drivers.techDebt![HANDOVER_DEBT]!;
    const factor = r.state.factors.features[HANDOVER_FACTOR]!;
    lostFeatures += r.metrics.featuresDelivered * (1 / factor - 1);
    s = r.state;
  }
  return { debt, lostFeatures, endContractors: s.contractors };
}

const abrupt: Exit = { contractors: () => 2, exitPlan: false };
// 30% of the bench a quarter plus one seat: the pace an exit plan makes safe (handover.ts).
const gradual: Exit = {
  contractors: (last) => Math.max(2, last - Math.floor(1 + 0.3 * last)),
  exitPlan: true,
};

describe('cutting contractors faster than their knowledge can be handed over', () => {
  const runs = seeds(100).map((seed) => ({
    abrupt: handoverCost(abrupt, seed),
    gradual: handoverCost(gradual, seed),
  }));

  it('the abrupt exit (35 -> 2 at documentation 0.35) adds code debt and loses output', () => {
    expect(median(runs.map((r) => r.abrupt.debt))).toBeGreaterThan(3);
    expect(median(runs.map((r) => r.abrupt.debt))).toBeLessThan(8);
    // Several engineer-quarters of feature work (a feature point is one senior's quarter).
    expect(median(runs.map((r) => r.abrupt.lostFeatures))).toBeGreaterThan(2);
  });

  it('costs more than a gradual exit under an exit plan in every seed', () => {
    for (const r of runs) {
      expect(r.abrupt.debt).toBeGreaterThan(r.gradual.debt + 1);
      expect(r.abrupt.lostFeatures).toBeGreaterThan(r.gradual.lostFeatures);
    }
  });

  it('the gradual exit reaches the same bench within the horizon at almost no knowledge cost', () => {
    for (const r of runs) expect(r.gradual.endContractors).toBe(2);
    expect(median(runs.map((r) => r.gradual.debt))).toBeLessThan(0.1);
    expect(median(runs.map((r) => r.gradual.lostFeatures))).toBeLessThan(0.1);
  });

  it('documentation softens an abrupt exit (the loss scales with 1 - documentation)', () => {
    const documented = { ...scenario, company: { ...scenario.company } };
    documented.company.capabilities = { ...scenario.company.capabilities, documentation: 0.8 };
    const cost = (sc: Scenario, seed: number) => {
      const rng = openStreams(seedStreams(seed));
      const d: Decisions = structuredClone(sc.startingDecisions);
      d.budget.contractors = 2;
      return stepQuarter(sc, newGame(sc, seed).state, d, 1, rng).drivers.techDebt![HANDOVER_DEBT]!;
    };
    for (const seed of seeds(20)) {
      const low = cost(scenario, seed);
      const high = cost(documented, seed);
      expect(high).toBeGreaterThan(0);
      expect(high / low).toBeCloseTo(0.2 / 0.65, 6);
    }
  });
});

describe('the quarterly report explains the hand-over', () => {
  it('names it as a driver of code debt and of features delivered, in English and Japanese', () => {
    const d: Decisions = structuredClone(scenario.startingDecisions);
    d.budget.contractors = 2;
    const r = submitDecisions(newGame(scenario, 7), d);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    for (const metric of ['techDebt', 'featuresDelivered'] as const) {
      const drivers = selectDrivers(r.value, 1).find((x) => x.metric === metric)!;
      const part = drivers.parts.find((p) => p.id === 'contractorHandover')!;
      expect(part.label.en).toMatch(/contractors/);
      expect(part.label.ja).toMatch(/業務委託/);
      expect(metric === 'techDebt' ? part.value : -part.value).toBeGreaterThan(0);
      const sum = drivers.parts.reduce((a, p) => a + p.value, 0);
      expect(sum).toBeCloseTo(drivers.to - drivers.from, 9);
    }
  });
});
