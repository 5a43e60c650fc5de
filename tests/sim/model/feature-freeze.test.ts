/**
 * Engine 1.36.0 (issue 11, fixed-plan target): shipping nothing is worse than shipping a little.
 * The market's and the CEO's and CPO's responses to delivery against the ask stay linear down to
 * nothing shipped; before, they were cut at a quarter (the market, the CEO) and three eighths
 * (the CPO) of the ask, so a year-long feature freeze cost no more than a trickle.
 */
import { describe, expect, it } from 'vitest';
import { competitivenessChange, SURPLUS_CEILING } from '../../../src/sim/model/business';
import { trustReactions } from '../../../src/sim/model/stakeholders';
import { emptyMetrics } from '../../../src/sim/model/metrics';
import type { QuarterMetrics } from '../../../src/sim/types';

const ASK = 10;
/** A quiet quarter (no growth news, no incidents, costs flat) that delivered `share` of the ask. */
function quarter(share: number): QuarterMetrics {
  const m = emptyMetrics();
  m.featuresDelivered = share * ASK;
  m.growth = 0.3;
  m.runwayQuarters = 20;
  m.burnMultiple = 1.7;
  m.budgetUse = 1;
  m.costs = 100;
  m.grossMargin = 0.72;
  m.competitiveness = 40;
  m.attritionRate = 0.13;
  m.engagement = 60;
  m.changeFailureRate = 0.1;
  return m;
}
const prev = quarter(1);

describe('a feature freeze against a trickle of features', () => {
  it('loses the product more standing when nothing ships than when a tenth of the ask does', () => {
    expect(competitivenessChange(0, 0, 0)).toBeCloseTo(-9, 12);
    expect(competitivenessChange(0.1, 0, 0)).toBeCloseTo(-8.2, 12);
    expect(competitivenessChange(0.25, 0, 0)).toBeCloseTo(-7, 12);
  });

  it('still caps what output beyond the ask earns', () => {
    expect(competitivenessChange(1.75, 0, 0)).toBeCloseTo(SURPLUS_CEILING - 1, 12);
    expect(competitivenessChange(3, 0, 0)).toBeCloseTo(SURPLUS_CEILING - 1, 12);
  });

  it('costs the CEO and the CPO more trust when nothing ships than when a tenth of the ask does', () => {
    const none = trustReactions(quarter(0), prev, ASK);
    const tenth = trustReactions(quarter(0.1), prev, ASK);
    expect(none.ceo - tenth.ceo).toBeCloseTo(-0.4, 9);
    expect(none.cpo - tenth.cpo).toBeCloseTo(-0.8, 9);
    expect(trustReactions(quarter(2), prev, ASK).cpo).toBe(
      trustReactions(quarter(3), prev, ASK).cpo,
    );
  });
});
