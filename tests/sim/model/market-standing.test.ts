/**
 * Engine 1.18.0 (issue 11, random play's grade): a product buyers no longer shortlist sells
 * nothing, while sensible play, which keeps the product above the shortlist line, sees the
 * standing's old straight line.
 */
import { describe, expect, it } from 'vitest';
import {
  competitivenessFactor,
  revenueFlows,
  SHORTLIST_LINE,
} from '../../../src/sim/model/business';
import { CYCLE_EFFECTS } from '../../../src/sim/model/market';

describe("the product's standing and the market", () => {
  it('keeps the straight line from the shortlist line up: 1 at par, 1.5 at 100', () => {
    expect(competitivenessFactor(50)).toBe(1);
    expect(competitivenessFactor(100)).toBe(1.5);
    expect(competitivenessFactor(SHORTLIST_LINE)).toBeCloseTo(0.5 + SHORTLIST_LINE / 100, 12);
    expect(competitivenessFactor(35)).toBeCloseTo(0.85, 12);
  });

  it('bends below the line without a step or a kink, and falls to nothing at the bottom', () => {
    const at = SHORTLIST_LINE;
    const h = 1e-6;
    expect(competitivenessFactor(at - h)).toBeCloseTo(competitivenessFactor(at), 5);
    const slopeBelow = (competitivenessFactor(at) - competitivenessFactor(at - 1e-4)) / 1e-4;
    expect(slopeBelow).toBeCloseTo(0.01, 4);
    expect(competitivenessFactor(10)).toBeLessThan(0.6);
    expect(competitivenessFactor(1)).toBeLessThan(0.3);
    expect(competitivenessFactor(0)).toBe(0);
  });

  it('wins no new business and keeps fewer customers with a product at the bottom, in every cycle', () => {
    for (const cycle of ['boom', 'normal', 'downturn'] as const) {
      const flows = (competitiveness: number) =>
        revenueFlows(24e6, 2e6, 1, 0, competitiveness, 70, 0.025, 0.04, 0.5, CYCLE_EFFECTS[cycle]);
      expect(flows(0).newArr).toBe(0);
      expect(flows(0).expansion).toBe(0);
      expect(flows(0).churnRate).toBeGreaterThan(flows(30).churnRate);
      expect(flows(30).newArr).toBeGreaterThan(flows(10).newArr);
    }
  });
});
