/** Games for the saves/replay/compare/luck tests, played with the engine's balanced policy. */
import {
  answerEvent,
  balancedPolicy,
  continueGame,
  newGame,
  submitDecisions,
  type Decisions,
  type Game,
  type Scenario,
} from '../../../src/sim/index';
import { loadScenario } from '../../sim/helpers';

export const scenario: Scenario = loadScenario();

function ok<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`engine refused: ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * Plays on until `quarters` quarters are resolved (or the game ends), ending in the next
 * quarter's planning. `tweak` may change the balanced policy's decisions of a quarter.
 */
export function playTo(
  start: Game,
  quarters: number,
  tweak: (d: Decisions, quarter: number) => Decisions = (d) => d,
): Game {
  let game = start;
  for (let guard = 0; guard < 1000; guard++) {
    if (game.phase === 'ended') return game;
    if (game.phase === 'planning') {
      if (game.history.length >= quarters) return game;
      game = ok(submitDecisions(game, tweak(balancedPolicy.decide(game), game.quarter)));
    } else if (game.phase === 'events') {
      const ev = game.pending[0]!;
      game = ok(answerEvent(game, ev.id, balancedPolicy.choose(game, ev)));
    } else game = continueGame(game);
  }
  throw new Error('playTo did not finish');
}

export const freshGame = (seed = 7): Game => newGame(scenario, seed, { playerName: 'Test' });

/** All features, no debt paydown: a plan clearly different from the balanced one. */
export function featuresOnly(d: Decisions): Decisions {
  return {
    ...d,
    allocation: { features: 90, debtPaydown: 0, reliability: 5, security: 5, innovation: 0 },
  };
}

/**
 * The game's decisions and choices in the prototype's version-0 save format (no format field,
 * no scenario hash, no checksum), as a player of the first release has them on disk.
 */
export function version0Save(game: Game): Record<string, unknown> {
  return {
    version: 0,
    scenarioId: game.scenario.id,
    seed: game.seed,
    player: game.playerName,
    quarters: game.log.map((entry) => ({
      decisions: entry.decisions,
      answers: Object.fromEntries(entry.choices.map((c) => [c.eventId, c.optionId])),
    })),
  };
}
