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

export function searchSeeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => SEARCH_SEED_BASE + i);
}
