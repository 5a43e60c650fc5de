import { describe, expect, it } from 'vitest';
import { gameChecksum, runGame, selectOutcome } from '../../../src/sim/index';
import { otherSeeds, runLuck } from '../../../src/renderer/features/luck/luckRun';
import { playerPlayOf, replayPolicy } from '../../../src/sim/index';
import {
  fiveNumbers,
  pairedWinShare,
  percentileRank,
  scoreHistogram,
} from '../../../src/sim/index';
import { featuresOnly, freshGame, playTo, scenario } from '../saves/games';

const finished = playTo(freshGame(31), 99, featuresOnly);

describe('the player-replay policy', () => {
  it('reproduces the player’s own game under the player’s own seed', () => {
    const again = runGame(scenario, finished.seed, replayPolicy(playerPlayOf(finished)));
    expect(gameChecksum(again)).toBe(gameChecksum(finished));
  });

  it('plays the player’s allocation under another seed, not the balanced one', () => {
    const other = runGame(scenario, 999, replayPolicy(playerPlayOf(finished)));
    expect(other.history[0]!.decisions.allocation).toEqual(
      featuresOnly(other.history[0]!.decisions).allocation,
    );
    expect(other.seed).toBe(999);
  });

  it('continues an unfinished game with the default plan to the end', () => {
    const partial = playTo(freshGame(31), 2, featuresOnly);
    const run = runGame(scenario, 5, replayPolicy(playerPlayOf(partial)));
    expect(run.phase).toBe('ended');
    expect(run.history[0]!.decisions.allocation.debtPaydown).toBe(0);
  });
});

describe('the luck-versus-skill run', () => {
  it('runs both policies over the same seeds and reports each seed', () => {
    const seeds = otherSeeds(finished.seed, 6);
    const done: number[] = [];
    const result = runLuck({ game: finished, seeds, play: playerPlayOf(finished) }, (n) =>
      done.push(n),
    );
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result.runs.map((r) => r.seed)).toEqual(seeds);
    expect(result.ownScore).toBe(selectOutcome(finished).score);
    const scores = new Set(result.runs.map((r) => r.playerScore));
    expect(scores.size).toBeGreaterThan(1); // outcomes vary with the seed
  });

  it('draws distinct seeds other than the player’s, the same ones every time', () => {
    const seeds = otherSeeds(otherSeeds(0, 1)[0]!, 50);
    expect(new Set(seeds).size).toBe(50);
    expect(seeds).not.toContain(otherSeeds(0, 1)[0]);
    expect(otherSeeds(3, 10)).toEqual(otherSeeds(3, 10));
  });
});

describe('score statistics', () => {
  it('ranks a value among others, ties counted half', () => {
    expect(percentileRank(50, [10, 20, 60, 70])).toBe(50);
    expect(percentileRank(10, [10, 10])).toBe(50);
    expect(percentileRank(99, [1, 2, 3])).toBe(100);
    expect(percentileRank(0, [1, 2, 3])).toBe(0);
  });

  it('summarises with five numbers', () => {
    expect(fiveNumbers([5, 1, 3, 2, 4])).toEqual({ min: 1, q1: 2, median: 3, q3: 4, max: 5 });
  });

  it('bins every score exactly once, 100 into the top bin', () => {
    const values = [0, 9.99, 10, 55, 99.9, 100];
    const bins = scoreHistogram({ s: values });
    expect(bins).toHaveLength(10);
    expect(bins.reduce((n, b) => n + (b.s as number), 0)).toBe(values.length);
    expect(bins[0]!.s).toBe(2);
    expect(bins[9]!.s).toBe(2);
  });

  it('counts paired wins', () => {
    expect(pairedWinShare([3, 2, 1, 5], [1, 2, 3, 4])).toBe(0.5);
    expect(() => pairedWinShare([1], [])).toThrow(RangeError);
  });
});
