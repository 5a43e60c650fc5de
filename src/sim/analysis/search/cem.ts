/**
 * The cross-entropy method (Rubinstein 1999; de Boer et al., "A Tutorial on the Cross-Entropy
 * Method", 2005) over a mixed space: categorical dimensions (a lever's levels, an event's
 * options) keep a probability per value, real dimensions a normal distribution clipped to
 * their range. Each generation samples a population, keeps the elite share with the highest
 * fitness and moves the distribution toward it, smoothed so it does not collapse early.
 *
 * Why our own: no maintained CMA-ES or CEM package is on the npm registry (checked
 * 2 Dec 2026), and CMA-ES handles only real dimensions, while most of a plan is categorical.
 * The method is a few lines; tests/sim/analysis/cem.test.ts checks it finds known optima.
 * Pure: its randomness is the engine's seeded PRNG, passed in.
 */
import { uniform, type Rng } from '../../rng';

export type Dimension =
  | {
      kind: 'categorical';
      size: number;
      /** starting probabilities (default uniform) */ prior?: number[];
    }
  | {
      kind: 'real';
      lo: number;
      hi: number;
      /** starting mean (default the middle) */ start?: number;
      /** starting deviation as a share of the range (default half of it) */ spread?: number;
    };

/** A point of the space: a category index or a real value per dimension. */
export type Genome = number[];

export interface CemDistribution {
  /** per dimension: probabilities (categorical) or [mean, standard deviation] (real) */
  params: number[][];
}

export interface CemSettings {
  /** share of each generation kept as the elite (0-1) */
  eliteShare: number;
  /** weight of the new elite estimate against the old distribution (0-1) */
  smoothing: number;
  /** floor of a category's probability, so no option is ruled out for good */
  minProbability: number;
  /** floor of a real dimension's deviation, as a share of its range */
  minDeviationShare: number;
}

export const DEFAULT_CEM: CemSettings = {
  eliteShare: 0.2,
  smoothing: 0.7,
  minProbability: 0.02,
  minDeviationShare: 0.03,
};

export function initialDistribution(dims: readonly Dimension[]): CemDistribution {
  return {
    params: dims.map((d) => {
      if (d.kind === 'categorical')
        return d.prior ? normalised(d.prior) : Array.from({ length: d.size }, () => 1 / d.size);
      const mid = d.start ?? (d.lo + d.hi) / 2;
      return [mid, (d.hi - d.lo) * (d.spread ?? 0.5)];
    }),
  };
}

function normalised(ps: readonly number[]): number[] {
  const sum = ps.reduce((a, b) => a + b, 0);
  return ps.map((p) => p / sum);
}

/**
 * An approximately standard normal draw: the sum of 12 uniforms less 6 (Irwin-Hall). Plain
 * arithmetic gives the same bits on every JS engine (Box-Muller needs log and cos, which do
 * not: src/sim/math.ts), and the tails it lacks beyond 6 deviations do not matter to a search.
 */
function normal(rng: Rng): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += uniform(rng);
  return sum - 6;
}

export function sampleGenome(dims: readonly Dimension[], dist: CemDistribution, rng: Rng): Genome {
  return dims.map((d, i) => {
    const p = dist.params[i] as number[];
    if (d.kind === 'categorical') {
      let r = uniform(rng);
      for (let k = 0; k < p.length; k++) {
        r -= p[k] as number;
        if (r < 0) return k;
      }
      return p.length - 1;
    }
    const x = (p[0] as number) + (p[1] as number) * normal(rng);
    return Math.min(d.hi, Math.max(d.lo, x));
  });
}

/** The distribution moved toward the elite of a scored population. */
export function updateDistribution(
  dims: readonly Dimension[],
  dist: CemDistribution,
  population: readonly Genome[],
  fitness: readonly number[],
  settings: CemSettings = DEFAULT_CEM,
): CemDistribution {
  const order = population
    .map((_, i) => i)
    .sort((a, b) => (fitness[b] as number) - (fitness[a] as number) || a - b);
  const eliteCount = Math.max(1, Math.round(population.length * settings.eliteShare));
  const elite = order.slice(0, eliteCount).map((i) => population[i] as Genome);
  const a = settings.smoothing;
  return {
    params: dims.map((d, i) => {
      const old = dist.params[i] as number[];
      if (d.kind === 'categorical') {
        const counts = Array.from({ length: d.size }, () => 0);
        for (const g of elite) counts[g[i] as number] = (counts[g[i] as number] as number) + 1;
        const mixed = counts.map((c, k) => a * (c / elite.length) + (1 - a) * (old[k] as number));
        return normalised(mixed.map((p) => Math.max(settings.minProbability, p)));
      }
      const xs = elite.map((g) => g[i] as number);
      const m = xs.reduce((s, x) => s + x, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((s, x) => s + (x - m) * (x - m), 0) / xs.length);
      const floor = (d.hi - d.lo) * settings.minDeviationShare;
      return [
        a * m + (1 - a) * (old[0] as number),
        Math.max(floor, a * sd + (1 - a) * (old[1] as number)),
      ];
    }),
  };
}

/** The distribution's most likely point: each category's mode, each real dimension's mean. */
export function modeOf(dims: readonly Dimension[], dist: CemDistribution): Genome {
  return dims.map((d, i) => {
    const p = dist.params[i] as number[];
    if (d.kind === 'real') return p[0] as number;
    let best = 0;
    p.forEach((x, k) => {
      if (x > (p[best] as number)) best = k;
    });
    return best;
  });
}
