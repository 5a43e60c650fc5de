import { describe, expect, it } from 'vitest';
import { pairedComparison, varianceShare } from '../../../src/sim/index';

describe('paired comparison', () => {
  it('counts strict wins, ties and the mean margin seed by seed', () => {
    const c = pairedComparison([70, 60, 50, 40], [60, 60, 55, 30]);
    expect(c.referenceWins).toBe(0.5);
    expect(c.ties).toBe(0.25);
    expect(c.meanMargin).toBe(3.75);
  });

  it('refuses lists of different lengths', () => {
    expect(() => pairedComparison([1, 2], [1])).toThrow(RangeError);
  });
});

describe('variance share', () => {
  it('gives everything to the policy when scores differ only by policy', () => {
    const v = varianceShare({ a: [70, 70, 70], b: [50, 50, 50] });
    expect(v.policy).toBeCloseTo(1, 12);
    expect(v.seed).toBeCloseTo(0, 12);
  });

  it('gives everything to the seed when every policy scores the same on a seed', () => {
    const v = varianceShare({ a: [40, 60, 80], b: [40, 60, 80] });
    expect(v.seed).toBeCloseTo(1, 12);
    expect(v.policy).toBeCloseTo(0, 12);
  });

  it('splits policy, seed and interaction so that they sum to 1', () => {
    const v = varianceShare({ a: [60, 70, 65], b: [50, 52, 61], c: [40, 66, 58] });
    expect(v.policy + v.seed + v.interaction).toBeCloseTo(1, 12);
    expect(v.interaction).toBeGreaterThan(0);
  });
});
