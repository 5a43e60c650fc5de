/**
 * The luck-versus-skill experiment, shared by the worker and the tests: the player's play and the
 * balanced reference policy over the same seeds, one seed at a time so progress can be reported
 * and the run cancelled between seeds.
 */
import { balancedPolicy, runGame, selectOutcome, type Game } from '../../../sim/index';
import { replayPolicy, type PlayerPlay, type ReplayCounts } from '../../../sim/index';

export interface LuckRequest {
  /** the player's game (plain data); its scenario and play are re-run */
  game: Game;
  /** the other seeds to run; the player's own seed is run too, as the reference point */
  seeds: number[];
  play: PlayerPlay;
}

/** How far a run is: seeds done of the seeds asked. */
export interface LuckProgress {
  done: number;
  total: number;
}

export interface SeedResult {
  seed: number;
  playerScore: number;
  balancedScore: number;
}

export interface LuckResult {
  /** the player's play under the player's own seed (their game, played to the end) */
  ownScore: number;
  runs: SeedResult[];
  counts: ReplayCounts;
}

/**
 * The other seeds: a fixed, documented sequence (Weyl sequence on the golden ratio, 32-bit) so
 * a rerun of the same game gives the same distribution; the player's own seed is skipped.
 */
export function otherSeeds(ownSeed: number, count: number): number[] {
  const seeds: number[] = [];
  for (let i = 1; seeds.length < count; i++) {
    const seed = (Math.imul(i, 0x9e3779b1) >>> 0) % 2_147_483_647;
    if (seed !== ownSeed) seeds.push(seed);
  }
  return seeds;
}

export function runOneSeed(game: Game, play: PlayerPlay, seed: number, counts: ReplayCounts) {
  const player = runGame(game.scenario, seed, replayPolicy(play, counts));
  const balanced = runGame(game.scenario, seed, balancedPolicy);
  return {
    seed,
    playerScore: selectOutcome(player).score,
    balancedScore: selectOutcome(balanced).score,
  };
}

/** The whole experiment synchronously (tests; the worker runs the same steps one by one). */
export function runLuck(request: LuckRequest, onSeed?: (done: number) => void): LuckResult {
  const counts: ReplayCounts = { used: 0, replaced: 0 };
  const own = runGame(request.game.scenario, request.game.seed, replayPolicy(request.play));
  const runs = request.seeds.map((seed, i) => {
    const r = runOneSeed(request.game, request.play, seed, counts);
    onSeed?.(i + 1);
    return r;
  });
  return { ownScore: selectOutcome(own).score, runs, counts };
}
