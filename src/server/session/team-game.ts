/**
 * The one place the workshop moves a team's game. Every move goes through the engine's pure
 * lifecycle functions (submitDecisions, answerEvent, continueGame); when the engine's single
 * applyAction lands, these three functions become calls to it and nothing else changes.
 */
import {
  answerEvent,
  continueGame,
  defaultDecisions,
  pendingEvents,
  phaseOf,
  submitDecisions,
  type Decisions,
  type Game,
  type LocalizedText,
  type Result,
} from '../../sim/index';

export function planQuarter(game: Game, decisions: Decisions): Result<Game, string> {
  const next = submitDecisions(game, decisions);
  if (next.ok) return next;
  return { ok: false, error: next.error.map((p) => `${p.path}: ${p.reason.en}`).join('; ') };
}

export function answer(game: Game, eventId: string, optionId: string): Result<Game, string> {
  const next = answerEvent(game, eventId, optionId);
  return next.ok ? next : { ok: false, error: (next.error as LocalizedText).en };
}

/**
 * Brings a game from its quarter's results to the next quarter's planning: dilemmas and requests
 * the team left unanswered take their default option (as a late plan takes the default plan).
 */
export function advanceToPlanning(game: Game): Game {
  let g = game;
  for (const event of pendingEvents(g)) {
    const next = answerEvent(g, event.id, event.defaultOptionId);
    if (!next.ok) throw new Error(`default answer to ${event.id} refused: ${next.error.en}`);
    g = next.value;
  }
  return phaseOf(g) === 'review' ? continueGame(g) : g;
}

/** The plan a team that did not submit is given: the engine's default (last quarter's plan). */
export function latePlan(game: Game): Decisions {
  return defaultDecisions(game);
}
