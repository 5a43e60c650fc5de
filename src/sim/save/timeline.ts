/** Time travel and branches: replays of a prefix of a game's own actions. */
import { actionsOf, replayActions } from '../actions';
import type { Game } from '../types';
import { gameChecksum } from './format';

/** The game as it stood at the start of `quarter`'s planning (a replay of its actions before). */
export function gameAtQuarter(game: Game, quarter: number): Game {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > game.log.length + 1)
    throw new RangeError(`quarter must be 1..${game.log.length + 1}, got ${quarter}`);
  const actions = actionsOf(game);
  // Up to the continue that closed quarter - 1 (the last quarter may not have continued yet).
  let cut = 0;
  for (let done = 0; cut < actions.length && done < quarter - 1; cut++)
    if (actions[cut]!.type === 'continue') done++;
  const prefix = actions.slice(0, cut);
  if (quarter - 1 === game.log.length && game.phase === 'review') prefix.push({ type: 'continue' });
  const r = replayActions(game.scenario, game.seed, game.playerName, prefix);
  if (!r.ok) throw new Error(`the game's own log does not replay: ${r.error.reason.en}`);
  return game.parent ? { ...r.value, parent: game.parent } : r.value;
}

/** A new game continuing from `quarter` with the same seed stream; the parent is recorded. */
export function branchGame(game: Game, quarter: number): Game {
  const g = gameAtQuarter(game, quarter);
  return { ...g, parent: { seed: game.seed, quarter, checksum: gameChecksum(game) } };
}
