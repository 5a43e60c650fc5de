/**
 * Seeded randomness. The PRNG (pure-rand xoroshiro128plus) state is stored in the Game as
 * plain numbers; a step rebuilds the generator from it, draws, and stores the new state, so
 * every draw is a pure function of the game.
 */
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { exp } from './math';

export interface Rng {
  next(): number;
  getState(): readonly number[];
}

/**
 * Seeds the generator. Small integer seeds give xoroshiro128plus a near-zero state whose first
 * outputs are poor (e.g. 1.000, 0.996, 0.997 for seed 1), so the seed is scrambled first
 * (murmur3's 32-bit finaliser) and the first outputs are discarded.
 */
export function seedRng(seed: number): number[] {
  let h = seed | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  const g = xoroshiro128plus(h);
  for (let i = 0; i < 16; i++) g.next();
  return [...g.getState()];
}

export function rngFromState(state: readonly number[]): Rng {
  return xoroshiro128plusFromState(state);
}

/** Uniform float in [0, 1) from 32 random bits. */
export function uniform(rng: Rng): number {
  return (rng.next() >>> 0) / 4294967296;
}

/** Poisson draw by inversion (lambda is small in this model: < 30). */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  const l = exp(-lambda);
  let k = 0;
  let p = uniform(rng);
  while (p > l && k < 200) {
    k++;
    p *= uniform(rng);
  }
  return k;
}

/** Rounds x up or down at random so that the expectation is x (integer head-counts from rates). */
export function stochasticRound(rng: Rng, x: number): number {
  if (!(x > 0)) return 0;
  const whole = Math.floor(x);
  return whole + (uniform(rng) < x - whole ? 1 : 0);
}
