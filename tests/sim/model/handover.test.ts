import { describe, expect, it } from 'vitest';
import {
  EXIT_PLAN_LOSS,
  GAP_RETENTION,
  handoverDebt,
  handoverFactor,
  knowledgeGap,
  MAX_CAPACITY_LOSS,
  safeExit,
} from '../../../src/sim/model/handover';

describe('contractor hand-over (model/handover.ts)', () => {
  it('opens no gap while the bench shrinks at a safe pace or grows', () => {
    expect(knowledgeGap(0, 35, 35 - Math.floor(safeExit(35, false)), 0.3, false)).toBe(0);
    expect(knowledgeGap(0, 35, 35 - Math.floor(safeExit(35, true)), 0.3, true)).toBe(0);
    expect(knowledgeGap(0, 10, 20, 0, false)).toBe(0);
    expect(safeExit(35, true)).toBeGreaterThan(safeExit(35, false));
  });

  it('loses the seats cut beyond the safe pace, times what documentation does not hold', () => {
    const excess = 33 - safeExit(35, false);
    expect(knowledgeGap(0, 35, 2, 0.35, false)).toBeCloseTo(excess * 0.65, 9);
    expect(knowledgeGap(0, 35, 2, 1, false)).toBe(0);
    const planned = 33 - safeExit(35, true);
    expect(knowledgeGap(0, 35, 2, 0.35, true)).toBeCloseTo(planned * 0.65 * EXIT_PLAN_LOSS, 9);
  });

  it('closes the gap over the following quarters', () => {
    expect(knowledgeGap(10, 2, 2, 0.35, false)).toBeCloseTo(10 * GAP_RETENTION, 9);
  });

  it('costs capacity in proportion to the gap, capped, and code debt', () => {
    expect(handoverFactor(0, 50)).toBe(1);
    expect(handoverFactor(10, 100)).toBeLessThan(handoverFactor(5, 100));
    expect(handoverFactor(1000, 10)).toBeCloseTo(1 - MAX_CAPACITY_LOSS, 9);
    expect(handoverDebt(0)).toBe(0);
    expect(handoverDebt(10)).toBeGreaterThan(handoverDebt(5));
  });
});
