import { describe, expect, it } from 'vitest';
import { companyYears, newGame, referencePolicy, runGame } from '../../../src/sim/index';
import { summariseGame } from '../../../src/sim/analysis/balance/tasks';
import type { QuarterMetrics } from '../../../src/sim/types';
import { loadScenario } from '../helpers';

const scenario = loadScenario();
const template = newGame(scenario, 1).baseline;
const quarter = (m: Partial<QuarterMetrics>): QuarterMetrics => ({ ...template, ...m });

describe('company-years', () => {
  // ARR 100 -> 125 over the year (25%), revenue 109 against costs 120 (-10.1%), and a last
  // quarter that a boom lifted: annualised growth 60% at break-even, 60 points on its own.
  const baseline = quarter({ arr: 100 });
  const year = [
    quarter({ arr: 104, revenue: 25, costs: 30 }),
    quarter({ arr: 108, revenue: 26, costs: 30 }),
    quarter({ arr: 115, revenue: 28, costs: 30 }),
    quarter({ arr: 125, revenue: 30, costs: 30, growth: 0.6, ruleOf40: 60 }),
  ];

  it('meets the Rule of 40 on the year’s growth and margin, not on its last quarter', () => {
    const [y] = companyYears(baseline, year);
    expect(y!.growth).toBeCloseTo(0.25, 12);
    expect(y!.operatingMargin).toBeCloseTo(-11 / 109, 12);
    expect(y!.ruleOf40).toBeCloseTo(25 - 1100 / 109, 9);
    expect(y!.ruleOf40).toBeLessThan(40);
  });

  it('compounds the quarters’ retention and leaving rates and weighs gross margin by revenue', () => {
    const rates = [
      quarter({ arr: 101, revenue: 100, grossMargin: 0.8, nrr: 1.1, attritionRate: 0.2 }),
      quarter({ arr: 102, revenue: 100, grossMargin: 0.8, nrr: 1.1, attritionRate: 0.2 }),
      quarter({ arr: 103, revenue: 100, grossMargin: 0.6, nrr: 1.1, attritionRate: 0.2 }),
      quarter({ arr: 104, revenue: 300, grossMargin: 0.6, nrr: 1.1, attritionRate: 0.2 }),
    ];
    const [y] = companyYears(baseline, rates);
    // Four quarters at a steady annualised rate make that rate over the year.
    expect(y!.nrr).toBeCloseTo(1.1, 12);
    expect(y!.attrition).toBeCloseTo(0.2, 12);
    expect(y!.grossMargin).toBeCloseTo((80 + 80 + 60 + 180) / 600, 12);
  });

  it('takes whole years only, each from the ARR the year before ended with', () => {
    const eight = [...year, ...year.map((m) => ({ ...m, arr: 2 * m.arr }))];
    expect(companyYears(baseline, eight.slice(0, 7))).toHaveLength(1);
    const years = companyYears(baseline, eight);
    expect(years).toHaveLength(2);
    expect(years[1]!.growth).toBeCloseTo(250 / 125 - 1, 12);
  });

  it('puts the year’s net burn over its net new ARR, 0 for a year that does not burn', () => {
    expect(companyYears(baseline, year)[0]!.burnMultiple).toBeCloseTo(11 / 25, 12);
    const profitable = year.map((m) => ({ ...m, costs: 20 }));
    expect(companyYears(baseline, profitable)[0]!.burnMultiple).toBe(0);
  });

  it('is what the balance lab keeps of a game for its calibration table', () => {
    const game = runGame(scenario, 3, referencePolicy);
    const ms = game.history.map((h) => h.metrics);
    const { years } = summariseGame(game);
    expect(years).toHaveLength(Math.floor(ms.length / 4));
    for (const [i, y] of years.entries()) {
      const q = ms.slice(4 * i, 4 * i + 4);
      const arrStart = i === 0 ? game.baseline.arr : ms[4 * i - 1]!.arr;
      const revenue = q.reduce((a, m) => a + m.revenue, 0);
      const costs = q.reduce((a, m) => a + m.costs, 0);
      expect(y.ruleOf40).toBeCloseTo(
        100 * (q[3]!.arr / arrStart - 1) + (100 * (revenue - costs)) / revenue,
        9,
      );
    }
  });
});
