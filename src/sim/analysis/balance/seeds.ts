/**
 * Seeds of the lab. The search tunes fixed plans on its own seeds and every comparison is made
 * on hold-out seeds it never saw, so a plan that only fits its search seeds cannot win by it.
 */

/** Hold-out seeds 1..n (the same seeds `sim batch --seeds n` plays). */
export function holdOutSeeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

/** First seed of the search's own range, far from any hold-out seed. */
export const SEARCH_SEED_BASE = 1_000_001;

/**
 * Each search seed (the search's own sampling, --search-seed) has its own range of game seeds,
 * this far apart, so that independent searches also tune on different games: plans that only
 * fit one range's starting situations and markets then show up on the hold-out seeds.
 */
export const SEARCH_SEED_STRIDE = 10_000;

/** The game seeds a search tunes on: n of them, in the range of its search seed (1 by default). */
export function searchSeeds(n: number, searchSeed = 1): number[] {
  const start = SEARCH_SEED_BASE + (searchSeed - 1) * SEARCH_SEED_STRIDE;
  return Array.from({ length: n }, (_, i) => start + i);
}
