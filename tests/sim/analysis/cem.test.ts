import { describe, expect, it } from 'vitest';
import {
  initialDistribution,
  modeOf,
  sampleGenome,
  updateDistribution,
  type Dimension,
  type Genome,
} from '../../../src/sim/analysis/search/cem';
import { rngFromState, seedRng } from '../../../src/sim/rng';

/** Runs the method on a fitness function; returns the final distribution's mode. */
function optimise(dims: Dimension[], fitness: (g: Genome) => number, generations = 30): Genome {
  const rng = rngFromState(seedRng(7));
  let dist = initialDistribution(dims);
  for (let i = 0; i < generations; i++) {
    const pop = Array.from({ length: 40 }, () => sampleGenome(dims, dist, rng));
    dist = updateDistribution(dims, dist, pop, pop.map(fitness));
  }
  return modeOf(dims, dist);
}

describe('cross-entropy method', () => {
  it('finds the best category of each categorical dimension, whatever the prior says', () => {
    const dims: Dimension[] = [
      { kind: 'categorical', size: 4, prior: [0.7, 0.1, 0.1, 0.1] },
      { kind: 'categorical', size: 3 },
    ];
    const target = [2, 1];
    const best = optimise(dims, (g) => -Math.abs((g[0] ?? 0) - 2) - Math.abs((g[1] ?? 0) - 1));
    expect(best).toEqual(target);
  });

  it('finds an interior optimum of a real dimension and stays inside its range', () => {
    const dims: Dimension[] = [{ kind: 'real', lo: 0, hi: 10, start: 9 }];
    const best = optimise(dims, (g) => -(((g[0] ?? 0) - 3.2) ** 2));
    expect(best[0]).toBeGreaterThan(2.9);
    expect(best[0]).toBeLessThan(3.5);
    const rng = rngFromState(seedRng(1));
    const dist = { params: [[50, 100]] };
    for (let i = 0; i < 200; i++) {
      const x = sampleGenome(dims, dist, rng)[0] as number;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
    }
  });

  it('keeps every category possible (probability floor), so the search never rules one out for good', () => {
    const dims: Dimension[] = [{ kind: 'categorical', size: 3 }];
    let dist = initialDistribution(dims);
    for (let i = 0; i < 50; i++)
      dist = updateDistribution(dims, dist, [[0], [0], [0], [0], [0]], [1, 1, 1, 1, 1]);
    for (const p of dist.params[0] ?? []) expect(p).toBeGreaterThanOrEqual(0.019);
  });

  it('is deterministic for a given generator state', () => {
    const dims: Dimension[] = [
      { kind: 'categorical', size: 5 },
      { kind: 'real', lo: -1, hi: 1 },
    ];
    const draw = () => {
      const rng = rngFromState(seedRng(3));
      return Array.from({ length: 5 }, () => sampleGenome(dims, initialDistribution(dims), rng));
    };
    expect(draw()).toEqual(draw());
  });
});
