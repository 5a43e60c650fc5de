/**
 * Fuzz (issue 14): mutated built-in scenarios. parseScenario never throws; it refuses with
 * issues that say where and what, or gives a scenario whose games stay finite. The bounds'
 * own property test (tests/sim/bounds.test.ts) draws valid scenarios anywhere inside
 * SCENARIO_BOUNDS; this one starts from real files and breaks them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerEvent,
  continueGame,
  newGame,
  parseScenario,
  submitDecisions,
  type Game,
} from '../../src/sim/index';
import { scenarioFiles } from './documents';
import { mutatedFrom, nonFinitePath } from './mutate';
import { FUZZ_SEED, fuzzRuns } from './settings';

/** Quarters played on each scenario that parses: enough to run every rule once or twice. */
const QUARTERS = 2;

function playStartingPlan(start: Game): Game {
  let game = start;
  for (let step = 0; step < QUARTERS * 20 && game.history.length < QUARTERS; step++) {
    if (game.phase === 'ended') break;
    if (game.phase === 'planning') {
      const r = submitDecisions(game, game.scenario.startingDecisions);
      // parseScenario runs the engine's quarter-1 check of the starting plan: it must pass.
      if (!r.ok && game.history.length === 0)
        throw new Error(`starting plan refused: ${JSON.stringify(r.error[0])}`);
      if (!r.ok) break; // a later quarter may refuse it (e.g. hiring past the cap), as a player's
      game = r.value;
    } else if (game.phase === 'events') {
      const event = game.pending[0]!;
      const r = answerEvent(game, event.id, event.defaultOptionId);
      if (!r.ok) throw new Error(r.error.en);
      game = r.value;
    } else game = continueGame(game);
  }
  return game;
}

describe('fuzz: mutated scenarios', () => {
  it('parseScenario never throws: it names each problem, or the scenario plays with finite numbers', () => {
    const files = scenarioFiles.map((f) => f.json);
    fc.assert(
      fc.property(mutatedFrom(files, 3), fc.integer({ min: 1, max: 10_000 }), (json, seed) => {
        const parsed = parseScenario(json);
        if (!parsed.ok) {
          expect(parsed.error.length).toBeGreaterThan(0);
          for (const issue of parsed.error) {
            expect(typeof issue.path).toBe('string');
            expect(issue.message.trim()).not.toBe('');
          }
          return;
        }
        const game = playStartingPlan(newGame(parsed.value, seed));
        expect(
          nonFinitePath(
            game.history.map((r) => r.metrics),
            'history',
          ),
        ).toBeNull();
        expect(nonFinitePath(game.state, 'state')).toBeNull();
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(500), endOnFailure: true },
    );
  });
});
