import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allocationTotal,
  rebalanceAllocation,
} from '../../src/renderer/features/decisions/allocation';

const start = { features: 60, debt: 15, reliability: 10, security: 10, innovation: 5 };

describe('rebalanceAllocation', () => {
  it('keeps the total at 100 when one share rises', () => {
    const next = rebalanceAllocation(start, 'debt', 35);
    expect(next.debt).toBe(35);
    expect(allocationTotal(next)).toBe(100);
  });

  it('takes from the other shares in proportion to their size', () => {
    const next = rebalanceAllocation(start, 'features', 40);
    // The other 40 points become 60: each grows by half.
    expect(next).toEqual({ features: 40, debt: 23, reliability: 15, security: 15, innovation: 7 });
  });

  it('spreads the remainder evenly when all other shares are zero', () => {
    const next = rebalanceAllocation<'a' | 'b' | 'c'>({ a: 100, b: 0, c: 0 }, 'a', 40);
    expect(next).toEqual({ a: 40, b: 30, c: 30 });
  });

  it('clamps values outside 0..100', () => {
    expect(rebalanceAllocation(start, 'features', 140).features).toBe(100);
    expect(rebalanceAllocation(start, 'features', -5).features).toBe(0);
  });

  it('refuses an unknown share with its name', () => {
    expect(() => rebalanceAllocation(start, 'marketing' as 'debt', 10)).toThrow(/marketing/);
  });

  it('always sums to exactly 100 in whole points, whatever the move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(100), { minLength: 2, maxLength: 6 }),
        fc.nat(5),
        fc.integer({ min: -20, max: 120 }),
        (raw, pick, value) => {
          const keys = raw.map((_, i) => `k${i}`);
          const alloc = Object.fromEntries(keys.map((k, i) => [k, raw[i]!]));
          const key = keys[pick % keys.length]!;
          const next = rebalanceAllocation(alloc, key, value);
          expect(allocationTotal(next)).toBe(100);
          for (const v of Object.values(next)) {
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
          expect(next[key]).toBe(Math.min(100, Math.max(0, value)));
        },
      ),
    );
  });
});
