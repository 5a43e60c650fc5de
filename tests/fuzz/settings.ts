/**
 * The fuzz suite's settings: a fixed seed (a failure in CI replays exactly), and a run count
 * that stays modest in `npm test` and grows with FUZZ_RUNS (e.g. FUZZ_RUNS=20 for twenty times
 * as many cases; FUZZ_SEED picks another seed).
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);

export function fuzzRuns(inCi: number): number {
  const factor = Number(process.env.FUZZ_RUNS ?? 1);
  return Math.max(1, Math.round(inCi * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
