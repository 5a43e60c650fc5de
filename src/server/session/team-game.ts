/**
 * The one place the workshop moves a team's game: every move is an action of the engine's
 * applyAction, which owns every rule and refusal.
 */
import {
  applyAction,
  defaultDecisions,
  pendingEvents,
  phaseOf,
  type DecisionProblem,
  type Decisions,
  type Game,
  type GameAction,
  type Result,
} from '../../sim/index';
import { describeRefusal, type EngineReason, type Refusal } from '../../shared/workshop-refusals';

export type EngineRefusal = Extract<Refusal, { code: 'game-refused' }>;

/** A plan's problems as the engine words them (both languages), for a refusal. */
export function engineReasons(problems: readonly DecisionProblem[]): EngineReason[] {
  return problems.map((p) => ({ path: p.path, reason: p.reason }));
}

/** Applies one engine action; a refusal is the engine's reason (with a plan's problems). */
export function act(
  game: Game,
  action: Exclude<GameAction, { type: 'start' }>,
): Result<Game, EngineRefusal> {
  const next = applyAction(game, action);
  if (next.ok) return next;
  const reasons = [{ path: '', reason: next.error.reason }, ...engineReasons(next.error.problems)];
  return { ok: false, error: { code: 'game-refused', reasons } };
}

/**
 * Brings a game from its quarter's results to the next quarter's planning: dilemmas and requests
 * the team left unanswered take their default option (as a late plan takes the default plan).
 */
export function advanceToPlanning(game: Game): Game {
  let g = game;
  for (const event of pendingEvents(g))
    g = mustAct(g, { type: 'answer', eventId: event.id, optionId: event.defaultOptionId });
  return phaseOf(g) === 'review' ? mustAct(g, { type: 'continue' }) : g;
}

function mustAct(game: Game, action: Exclude<GameAction, { type: 'start' }>): Game {
  const next = act(game, action);
  if (!next.ok)
    throw new Error(`the engine refused ${action.type}: ${describeRefusal(next.error)}`);
  return next.value;
}

/** The plan a team that did not submit is given: the engine's default (last quarter's plan). */
export function latePlan(game: Game): Decisions {
  return defaultDecisions(game);
}
