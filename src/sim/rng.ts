/**
 * Seeded randomness. The PRNG (pure-rand xoroshiro128plus) states are stored in the Game as
 * plain numbers, one generator per kind of draw (RNG_STREAMS); a step rebuilds the generators
 * it draws from, draws, and stores their new states, so every draw is a pure function of the
 * game (ADR 0002).
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

/**
 * The kinds of draw, each with a stream of its own derived from the game's seed (engine 1.19.0):
 * the delayed risks of earlier choices, incidents, resignations, offers accepted, the breach,
 * the sales noise on bookings, the quarter's random events, and the dilemmas and requests drawn
 * after it. A stream also starts each quarter at a fixed place: the state the game keeps is
 * where the next quarter's draws of that kind begin, and after a quarter it moves on by one
 * jump (2^64 draws, xoroshiro128plus's jump) whatever was drawn. So two games on the same seed
 * whose decisions differ meet the same breach draw, the same sales luck and the same events in
 * each quarter, however many numbers the other kinds, or earlier quarters, drew: paired
 * comparisons (the balance lab's sensitivity curves and option values, the report's plan
 * changes, a player's branch) compare decisions, not reshuffled luck. With one stream, a lever
 * that changed how many people could resign in quarter 2 changed every later draw of the game.
 */
export const RNG_STREAMS = [
  'effects',
  'incidents',
  'attrition',
  'hiring',
  'breach',
  'bookings',
  'events',
  'choices',
] as const;
export type RngStream = (typeof RNG_STREAMS)[number];
/** Each stream's generator state where the next quarter's draws begin, four 32-bit words. */
export type RngStates = Record<RngStream, number[]>;

/** Every stream's first state, from the game's seed mixed with the stream's place in the list. */
export function seedStreams(seed: number): RngStates {
  const out = {} as RngStates;
  RNG_STREAMS.forEach((kind, k) => {
    out[kind] = seedRng((seed ^ Math.imul(k + 1, 0x9e3779b1)) | 0);
  });
  return out;
}

/** The generators of one quarter, each rebuilt from the game's state when first drawn. */
export interface RngStreams {
  get(kind: RngStream): Rng;
  /** where each stream's draws begin next quarter: this quarter's start, one jump on */
  nextQuarter(): RngStates;
}

export function openStreams(states: Readonly<RngStates>): RngStreams {
  const open = new Map<RngStream, Rng>();
  return {
    get(kind) {
      let g = open.get(kind);
      if (!g) {
        g = rngFromState(states[kind]);
        open.set(kind, g);
      }
      return g;
    },
    nextQuarter() {
      const out = {} as RngStates;
      for (const kind of RNG_STREAMS) {
        const g = xoroshiro128plusFromState(states[kind]);
        g.jump();
        out[kind] = [...g.getState()];
      }
      return out;
    },
  };
}

/** One of `items`, drawn in proportion to its weight (undefined when there are none). */
export function pickWeighted<T extends { weight: number }>(
  rng: Rng,
  items: readonly T[],
): T | undefined {
  let total = 0;
  for (const i of items) total += i.weight;
  let u = uniform(rng) * total;
  for (const i of items) {
    u -= i.weight;
    if (u < 0) return i;
  }
  return items[items.length - 1];
}
