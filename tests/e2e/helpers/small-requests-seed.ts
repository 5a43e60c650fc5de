import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  choiceDialogs,
  defaultDecisions,
  newGame,
  parseScenario,
  submitDecisions,
  type Game,
  type PendingEvent,
} from '../../../src/sim/index';

/**
 * The first seed whose first quarter, under the starting plan, brings two or more small requests
 * together (asked of the engine, so the browser tests follow the model when it changes): the game
 * after that quarter and the requests, in the engine's order.
 */
export function quarterWithSmallRequests(scenarioId: string): {
  seed: number;
  game: Game;
  small: PendingEvent[];
} {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'scenarios', `${scenarioId}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${scenarioId} does not parse`);
  for (let seed = 1; seed <= 400; seed++) {
    const start = newGame(parsed.value, seed);
    const r = submitDecisions(start, defaultDecisions(start));
    if (!r.ok) continue;
    const group = choiceDialogs(r.value.pending).find((d) => d.kind === 'small-requests');
    if (group?.kind === 'small-requests') return { seed, game: r.value, small: group.events };
  }
  throw new Error(`no seed in 1-400 brings small requests together in ${scenarioId}'s quarter 1`);
}
