import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  carelessPolicy,
  runGame,
  selectOutcome,
  type Game,
} from '../../src/sim/index';
import { MAJOR_EVENTS } from '../../src/sim/model/turning-points';
import { loadScenario, seeds } from './helpers';

const scenario = loadScenario();

/**
 * The score after each played quarter: the outcome of the game cut after that quarter, a game
 * that goes on (no ending's factor) until its last quarter, which ends as the game did.
 */
function scoreAfter(game: Game, quarter: number): number {
  const last = quarter === game.history.length;
  const cut: Game = {
    ...game,
    status: last ? game.status : 'playing',
    history: game.history.slice(0, quarter),
  };
  return selectOutcome(cut).score;
}

describe('turning points (the quarters that moved the score most)', () => {
  it('follow one rule: moves of a point or more, major events and an early ending; the largest four', () => {
    for (const seed of seeds(12)) {
      for (const policy of [balancedPolicy, carelessPolicy]) {
        const game = runGame(scenario, seed, policy);
        const points = selectOutcome(game).turningPoints;
        expect(points.length).toBeLessThanOrEqual(4);
        const quarters = points.map((p) => p.quarter);
        expect(quarters).toEqual([...quarters].sort((a, b) => a - b));
        const last = game.history.length;
        const endedEarly = game.status === 'bankrupt' || game.status === 'fired';
        if (endedEarly) expect(quarters).toContain(last);
        for (const p of points) {
          const record = game.history[p.quarter - 1]!;
          const major = record.events.some((e) => MAJOR_EVENTS.has(e.kind));
          const ending = endedEarly && p.quarter === last;
          if (p.quarter === 1) {
            expect(p.scoreChange).toBe(0);
            expect(major || ending).toBe(true);
          } else {
            const move = scoreAfter(game, p.quarter) - scoreAfter(game, p.quarter - 1);
            expect(Math.abs(p.scoreChange - move)).toBeLessThanOrEqual(0.11);
            // A move of a point or more, give or take the rounding allowed just above (0.11).
            expect(major || ending || Math.abs(move) >= 1 - 0.11).toBe(true);
            // The area named moved the same way as the score.
            if (p.scoreChange !== 0 && p.areaChange !== 0)
              expect(Math.sign(p.areaChange)).toBe(Math.sign(p.scoreChange));
          }
          const answered = p.quarter > 1 ? game.history[p.quarter - 2]!.choices.length : 0;
          expect(p.choices).toHaveLength(answered);
          for (const c of p.choices) {
            expect(c.title.en).not.toBe('');
            expect(c.option.ja).not.toBe('');
          }
        }
        // No qualifying quarter left out moved the score more than the smallest move listed (the
        // ending aside).
        const listed = new Set(quarters);
        const moves = points.filter((p) => !(endedEarly && p.quarter === last));
        const smallest = Math.min(...moves.map((p) => Math.abs(p.scoreChange)));
        if (points.length === 4 && Number.isFinite(smallest)) {
          for (let q = 2; q <= game.history.length; q++) {
            if (listed.has(q)) continue;
            const move = Math.abs(scoreAfter(game, q) - scoreAfter(game, q - 1));
            const major = game.history[q - 1]!.events.some((e) => MAJOR_EVENTS.has(e.kind));
            // Only quarters that qualified compete for the four places.
            if (major || move >= 1.05) expect(move).toBeLessThanOrEqual(smallest + 0.11);
          }
        }
      }
    }
  });

  it("the quarter a company runs out of cash moves the score by the fall the player saw, the ending's factor included", () => {
    // A tenth of the cash: balanced play runs out of it in quarter 2, while its area scores rise.
    const short = loadScenario((raw) => {
      raw.company.cash /= 10;
    });
    const game = runGame(short, 1, balancedPolicy);
    expect(game.status).toBe('bankrupt');
    const last = game.history.length;
    const outcome = selectOutcome(game);
    const ending = outcome.turningPoints.find((p) => p.quarter === last)!;
    expect(ending.text.en).toContain('ran out of cash');
    // The score before the quarter is a game that goes on; after it, the game's own score.
    const before = scoreAfter(game, last - 1);
    expect(Math.abs(ending.scoreChange - (outcome.score - before))).toBeLessThanOrEqual(0.11);
    expect(ending.scoreChange).toBeLessThan(0);
    expect(Math.sign(ending.areaChange)).toBe(-1);
  });

  it('show careless play losing ground', () => {
    const falls = seeds(12).flatMap((seed) =>
      selectOutcome(runGame(scenario, seed, carelessPolicy)).turningPoints.filter(
        (p) => p.scoreChange < 0,
      ),
    );
    expect(falls.length).toBeGreaterThan(12);
  });
});
