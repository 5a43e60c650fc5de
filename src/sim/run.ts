/**
 * The game loop, once: a policy's moves sent to applyAction until the game ends. Headless runs,
 * the CLI's play and batch, and the luck analysis all play through playToEnd.
 */
import { applyAction, type GameAction, type Refusal } from './actions';
import { newGame } from './game';
import { gameScore } from './model/score';
import type { Scenario } from './scenario/schema';
import type { BatchResult, Game, Policy, Result } from './types';

/** The policy's move in the game's phase: submit its plan, answer the first choice, or go on. */
export function policyAction(game: Game, policy: Policy): GameAction {
  if (game.phase === 'planning') return { type: 'submit', decisions: policy.decide(game) };
  const event = game.pending[0];
  if (game.phase === 'events' && event)
    return { type: 'answer', eventId: event.id, optionId: policy.choose(game, event) };
  return { type: 'continue' };
}

/** A policy's refused move: the game it was made in, the move and the engine's refusal. */
export interface PolicyRefusal {
  game: Game;
  action: GameAction;
  refusal: Refusal;
}

/** Plays `game` to its end with `policy`; stops at the first move the engine refuses. */
export function playToEnd(game: Game, policy: Policy): Result<Game, PolicyRefusal> {
  // Each quarter takes 1 submit, its choices and 1 continue; the bound only stops a loop that no
  // longer advances (an engine bug), it never cuts a legal game short.
  const maxMoves = (game.scenario.horizonQuarters + 1) * 64;
  let current = game;
  for (let move = 0; move < maxMoves; move++) {
    if (current.phase === 'ended') return { ok: true, value: current };
    const action = policyAction(current, policy);
    const r = applyAction(current, action);
    if (!r.ok) return { ok: false, error: { game: current, action, refusal: r.error } };
    current = r.value;
  }
  throw new Error(`the game did not end within ${maxMoves} moves`);
}

/** Plays the scenario to its end with `policy`. Throws if the policy makes an invalid move. */
export function runGame(
  scenario: Scenario,
  seed: number,
  policy: Policy,
  options?: { risks?: 'expected' },
): Game {
  const r = playToEnd(newGame(scenario, seed, options), policy);
  if (r.ok) return r.value;
  const { game, action, refusal } = r.error;
  const name = policy.name ?? 'unnamed';
  if (action.type === 'submit')
    throw new Error(
      `policy "${name}" made invalid decisions in quarter ${game.quarter}: ${refusal.problems.map((p) => `${p.path}: ${p.reason.en}`).join('; ')}`,
    );
  const what = action.type === 'answer' ? `an invalid option for ${action.eventId}` : action.type;
  throw new Error(`policy "${name}" chose ${what}: ${refusal.reason.en}`);
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
