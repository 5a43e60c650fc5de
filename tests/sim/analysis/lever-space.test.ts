import { describe, expect, it } from 'vitest';
import {
  allocationFromWeights,
  scalarLevers,
  sweptLevers,
  withEveryInvestmentAt,
  withLever,
} from '../../../src/sim/analysis/lever-space';
import { LEVERS_BY_ID } from '../../../src/sim/levers';
import { scenarioBound } from '../../../src/sim/levers/info';
import { checkDecisions, newGame } from '../../../src/sim/index';
import { loadBuiltin, SCENARIO_FILES } from '../../scenarios/builtin';

describe('allocation from weights', () => {
  it('gives whole shares summing to 100 for any weights', () => {
    for (const w of [
      { features: 1, debtPaydown: 1, reliability: 1, security: 0, innovation: 0 },
      { features: 0.33, debtPaydown: 0.2, reliability: 0.11, security: 0.07, innovation: 0.9 },
      { features: 0, debtPaydown: 0, reliability: 0, security: 0, innovation: 0 },
    ]) {
      const a = allocationFromWeights(w);
      const values = Object.values(a);
      expect(values.reduce((x, y) => x + y, 0)).toBe(100);
      for (const v of values) expect(Number.isInteger(v)).toBe(true);
    }
  });
});

describe('lever space', () => {
  it('takes every range from the lever table, leaving out the levers bounded by the organisation', () => {
    const scenario = loadBuiltin(SCENARIO_FILES[0] as string);
    const ids = scalarLevers(scenario).map((l) => l.id);
    expect(ids).toContain('trends.sloTarget');
    expect(ids).toContain('budget.contractors');
    expect(ids).not.toContain('org.promotionsToStaff');
    const slo = scalarLevers(scenario).find((l) => l.id === 'trends.sloTarget');
    expect(slo?.values.length).toBeLessThanOrEqual(12);
  });
});

describe.each(SCENARIO_FILES)('%s: the lever space', (file) => {
  const scenario = loadBuiltin(file);
  const game = newGame(scenario, 1);

  it('offers only values the engine accepts, both ends of every range included', () => {
    for (const lever of scalarLevers(scenario)) {
      const info = LEVERS_BY_ID.get(lever.id);
      if (info?.kind === 'number') {
        const bound = info.limit ? scenarioBound(scenario.limits, info.limit) : undefined;
        expect(lever.values[0]).toBe(info.min);
        expect(lever.values[lever.values.length - 1]).toBe(
          bound === undefined ? info.max : Math.min(info.max, bound),
        );
      }
      for (const v of lever.values) {
        const d = withLever(scenario.startingDecisions, lever.id, v);
        expect(checkDecisions(game, d), `${lever.id} = ${String(v)}`).toEqual([]);
      }
    }
  });

  it('sweeps each allocation share too, holding it while the others keep their proportions', () => {
    const shares = sweptLevers(scenario).filter((l) => l.id.startsWith('allocation.'));
    expect(shares.map((l) => l.id)).toEqual([
      'allocation.features',
      'allocation.debtPaydown',
      'allocation.reliability',
      'allocation.security',
      'allocation.innovation',
    ]);
    const start = scenario.startingDecisions.allocation;
    for (const lever of shares) {
      expect(lever.values[0]).toBe(0);
      expect(lever.values[lever.values.length - 1]).toBe(100);
      for (const v of lever.values) {
        const d = withLever(scenario.startingDecisions, lever.id, v);
        expect(checkDecisions(game, d), `${lever.id} = ${String(v)}`).toEqual([]);
        const key = lever.id.slice('allocation.'.length) as keyof typeof start;
        expect(d.allocation[key]).toBe(v);
      }
    }
    // Features held at 40: the rest keep their proportions (whole shares summing to 100).
    const held = withLever(scenario.startingDecisions, 'allocation.features', 40).allocation;
    const rest = 100 - start.features;
    expect(held.debtPaydown).toBeCloseTo((60 * start.debtPaydown) / rest, -0.2);
    expect(Object.values(held).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('sets every investment to either end with decisions the engine accepts', () => {
    for (const end of ['min', 'max'] as const)
      expect(
        checkDecisions(game, withEveryInvestmentAt(scenario.startingDecisions, scenario, end)),
      ).toEqual([]);
  });
});
