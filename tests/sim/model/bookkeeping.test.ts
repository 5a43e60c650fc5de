import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { productParts } from '../../../src/sim/model/drivers';
import {
  ageCohorts,
  CELLS,
  removeStaff,
  staffIndex,
  staffTotals,
} from '../../../src/sim/model/staff';
import { boardConfidence, commitmentMet, requestTarget } from '../../../src/sim/model/stakeholders';
import { gradeOf } from '../../../src/sim/model/score';
import { poisson, rngFromState, seedRng, stochasticRound, uniform } from '../../../src/sim/rng';
import type { Commitment, QuarterMetrics } from '../../../src/sim/types';
import { emptyMetrics } from '../../../src/sim/model/metrics';

describe('drivers', () => {
  it('splits a product’s change into parts that sum to it exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: 0.01, max: 10, noNaN: true }),
            fc.double({ min: 0.01, max: 10, noNaN: true }),
          ),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (pairs) => {
          const a = pairs.map((p) => p[0]);
          const b = pairs.map((p) => p[1]);
          const prod = (xs: number[]) => xs.reduce((x, y) => x * y, 1);
          const sum = productParts(a, b).reduce((x, y) => x + y, 0);
          expect(Math.abs(sum - (prod(b) - prod(a)))).toBeLessThanOrEqual(
            1e-9 * Math.max(1, prod(a), prod(b)),
          );
        },
      ),
    );
  });
});

describe('staff bookkeeping', () => {
  it('ages cohorts into the ramped pool and removes the most senior cohort first', () => {
    const staff = new Array<number>(CELLS).fill(0);
    staff[staffIndex(0, 1, 0)] = 3;
    staff[staffIndex(0, 1, 3)] = 2;
    ageCohorts(staff);
    expect(staff[staffIndex(0, 1, 1)]).toBe(3);
    expect(staffIndex(0, 1, 3)).toBe(7);
    expect(removeStaff(staff, 0, 1, 4)).toBe(4);
    expect(staff[staffIndex(0, 1, 3)]).toBe(0);
    expect(staff[staffIndex(0, 1, 1)]).toBe(1);
    const t = staffTotals(staff, [1, 2, 3, 4], 'hybrid');
    expect(t.headcount).toBe(1);
    expect(t.newcomers).toBe(1);
  });
});

describe('stakeholders', () => {
  const m: QuarterMetrics = {
    ...emptyMetrics(),
    featuresDelivered: 20,
    costs: 1000,
    attritionRate: 0.15,
    techDebt: 50,
    incidents: 4,
  };
  it('weights the board toward the CEO and CFO', () => {
    expect(boardConfidence({ ceo: 100, cfo: 0, cto: 0, cpo: 0, hr: 0 })).toBeGreaterThan(
      boardConfidence({ ceo: 0, cfo: 0, cto: 100, cpo: 0, hr: 0 }),
    );
    expect(boardConfidence({ ceo: 50, cfo: 50, cto: 50, cpo: 50, hr: 50 })).toBeCloseTo(50, 9);
  });
  it('sets request targets from last quarter and judges commitments when due', () => {
    expect(requestTarget('featuresDelivered', 1.1, 2, m)).toBeCloseTo(44, 9);
    expect(requestTarget('incidents', 0.5, 2, m)).toBe(2);
    const c: Commitment = {
      id: 'c',
      requestId: 'r',
      stakeholder: 'ceo',
      measure: 'featuresDelivered',
      target: 30,
      baseline: 100,
      acceptedQuarter: 1,
      dueQuarter: 3,
    };
    expect(commitmentMet(c, m, 131)).toBe(true);
    expect(commitmentMet(c, m, 129)).toBe(false);
    expect(commitmentMet({ ...c, measure: 'costPerQuarter', target: 999 }, m, 0)).toBe(false);
  });
  it('grades scores', () => {
    expect([90, 75, 62, 50, 40, 10].map(gradeOf)).toEqual(['S', 'A', 'B', 'C', 'D', 'F']);
  });
});

describe('seeded randomness', () => {
  it('draws uniformly from the first draw on, for small seeds too', () => {
    const first = Array.from({ length: 200 }, (_, s) => uniform(rngFromState(seedRng(s))));
    const m = first.reduce((a, b) => a + b, 0) / first.length;
    expect(m).toBeGreaterThan(0.42);
    expect(m).toBeLessThan(0.58);
  });
  it('has Poisson and stochastic rounding with the right means', () => {
    const rng = rngFromState(seedRng(42));
    let p = 0;
    let r = 0;
    for (let i = 0; i < 20000; i++) {
      p += poisson(rng, 1.7);
      r += stochasticRound(rng, 2.3);
    }
    expect(p / 20000).toBeCloseTo(1.7, 1);
    expect(r / 20000).toBeCloseTo(2.3, 1);
  });
});
