/**
 * The game machine (xstate v5): orchestrates the phases briefing -> planning -> resolving ->
 * events -> review -> next quarter's briefing, or ended. The numbers come from the pure
 * functions in game.ts; guards refuse invalid input, which leaves the game as it was and sets
 * context.lastError. The briefing is the machine's own phase, not a Game field: the game is in
 * its 'planning' phase throughout, so saves, replays and headless runs never see it.
 */
import { assign, createActor, setup } from 'xstate';
import { answerEvent, continueGame, submitDecisions } from './actions';
import { newGame } from './game';
import type { Scenario } from './scenario/schema';
import type { Decisions, DecisionProblem, Game, LocalizedText } from './types';

export interface GameContext {
  game: Game;
  lastError: LocalizedText | null;
  problems: DecisionProblem[];
}

export type GameEvent =
  | { type: 'START_PLANNING' }
  | { type: 'SUBMIT_DECISIONS'; decisions: Decisions }
  | { type: 'ANSWER'; eventId: string; optionId: string }
  | { type: 'CONTINUE' };

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const wrongPhase = (what: LocalizedText) => ({
  lastError: t(`${what.en} is not possible now.`, `今は${what.ja}できません。`),
});

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as { game: Game },
  },
  guards: {
    refused: ({ context }) => context.lastError !== null,
    inPlanning: ({ context }) => context.game.phase === 'planning',
    inEvents: ({ context }) => context.game.phase === 'events',
    inReview: ({ context }) => context.game.phase === 'review',
  },
  actions: {
    // Each action computes once and stores either the new game or the refusal; the
    // transient states then route on the result (no guard repeats the work).
    trySubmit: assign(({ context, event }) => {
      if (event.type !== 'SUBMIT_DECISIONS') return {};
      const r = submitDecisions(context.game, event.decisions);
      if (r.ok) return { game: r.value, lastError: null, problems: [] };
      const first = r.error[0];
      return {
        problems: r.error,
        lastError: first
          ? first.reason
          : t('The decisions were refused.', '意思決定は受け付けられませんでした。'),
      };
    }),
    tryAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      const r = answerEvent(context.game, event.eventId, event.optionId);
      return r.ok ? { game: r.value, lastError: null } : { lastError: r.error };
    }),
    advance: assign(({ context }) => ({ game: continueGame(context.game), lastError: null })),
    clearError: assign(() => ({ lastError: null, problems: [] })),
    refuseStartPlanningNow: assign(() => wrongPhase(t('Starting to plan', '計画を始めることは'))),
    refuseBeforePlanning: assign(() => ({
      lastError: t(
        'Read the briefing and start planning first.',
        '先にブリーフィングを読み、計画を始めてください。',
      ),
    })),
    refuseSubmitNow: assign(() => wrongPhase(t('Submitting decisions', '意思決定の提出は'))),
    refuseAnswerNow: assign(() => wrongPhase(t('Answering', '回答は'))),
    refuseContinueNow: assign(() => wrongPhase(t('Continuing', '次へ進むことは'))),
  },
}).createMachine({
  id: 'vpoeGame',
  context: ({ input }) => ({ game: input.game, lastError: null, problems: [] }),
  initial: 'routing',
  states: {
    routing: {
      always: [
        { guard: 'inPlanning', target: 'briefing' },
        { guard: 'inEvents', target: 'events' },
        { guard: 'inReview', target: 'review' },
        { target: 'ended' },
      ],
    },
    // Every quarter opens here: the player reads selectBriefing(game), then starts planning.
    briefing: {
      on: {
        START_PLANNING: { target: 'planning', actions: 'clearError' },
        SUBMIT_DECISIONS: { actions: 'refuseBeforePlanning' },
        ANSWER: { actions: 'refuseAnswerNow' },
        CONTINUE: { actions: 'refuseContinueNow' },
      },
    },
    planning: {
      on: {
        SUBMIT_DECISIONS: { target: 'resolving', actions: 'trySubmit' },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
        ANSWER: { actions: 'refuseAnswerNow' },
        CONTINUE: { actions: 'refuseContinueNow' },
      },
    },
    // Transient: refused -> back to planning (game untouched), else on to events or review.
    resolving: {
      always: [
        { guard: 'refused', target: 'planning' },
        { guard: 'inEvents', target: 'events' },
        { target: 'review' },
      ],
    },
    events: {
      always: [{ guard: 'inReview', target: 'review' }],
      on: {
        ANSWER: { target: 'events', actions: 'tryAnswer', reenter: true },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
        SUBMIT_DECISIONS: { actions: 'refuseSubmitNow' },
        CONTINUE: { actions: 'refuseContinueNow' },
      },
    },
    review: {
      on: {
        CONTINUE: { target: 'routing', actions: 'advance' },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
        SUBMIT_DECISIONS: { actions: 'refuseSubmitNow' },
        ANSWER: { actions: 'refuseAnswerNow' },
      },
    },
    ended: { type: 'final' },
  },
});

/** An actor over a new game, or over an existing one (a loaded save or a branch). */
export function createGameActor(
  scenario: Scenario,
  seed: number,
  options?: { playerName?: string; game?: Game },
) {
  const game = options?.game ?? newGame(scenario, seed, options);
  return createActor(gameMachine, { input: { game } });
}
