/**
 * Headless runs: play a whole game with a policy, or a batch over seeds.
 */
import { answerEvent, continueGame, submitDecisions } from './actions';
import { newGame } from './game';
import { gameScore } from './model/score';
import type { Scenario } from './scenario/schema';
import type { BatchResult, Game, Policy } from './types';

/** Plays the scenario to its end with `policy`. Throws if the policy makes an invalid move. */
export function runGame(scenario: Scenario, seed: number, policy: Policy): Game {
  let game = newGame(scenario, seed);
  for (let guard = 0; guard < 10_000; guard++) {
    if (game.phase === 'ended') return game;
    if (game.phase === 'planning') {
      const r = submitDecisions(game, policy.decide(game));
      if (!r.ok)
        throw new Error(
          `policy "${policy.name ?? 'unnamed'}" made invalid decisions in quarter ${game.quarter}: ${r.error.map((p) => `${p.path}: ${p.reason.en}`).join('; ')}`,
        );
      game = r.value;
    } else if (game.phase === 'events') {
      const ev = game.pending[0];
      if (!ev) throw new Error('events phase without a pending event');
      const r = answerEvent(game, ev.id, policy.choose(game, ev));
      if (!r.ok)
        throw new Error(
          `policy "${policy.name ?? 'unnamed'}" chose an invalid option for ${ev.id}: ${r.error.en}`,
        );
      game = r.value;
    } else game = continueGame(game);
  }
  throw new Error('runGame did not finish');
}

export function summarise(game: Game): BatchResult {
  const o = gameScore(game);
  const metrics = game.history.map((h) => h.metrics);
  return {
    seed: game.seed,
    status: game.status,
    score: o.score,
    grade: o.grade,
    quarters: game.history.length,
    final: metrics[metrics.length - 1] ?? game.baseline,
    metrics,
  };
}

export function runBatch(
  scenario: Scenario,
  seeds: readonly number[],
  policy: Policy,
): BatchResult[] {
  return seeds.map((seed) => summarise(runGame(scenario, seed, policy)));
}
