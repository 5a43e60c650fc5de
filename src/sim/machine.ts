/**
 * The game machine (xstate v5): adds the quarter's briefing to the game's own phases. Every
 * change to the game is an action sent to applyAction (ACT), which owns every rule and refusal;
 * the machine's states follow game.phase, plus 'briefing', which opens each new quarter before
 * planning. The briefing is the machine's own, not a Game field: the game is in its 'planning'
 * phase throughout, so saves, replays and headless runs never see it. A refused event leaves
 * the game as it was and sets context.lastError.
 */
import { assign, createActor, setup } from 'xstate';
import { applyAction, type GameAction, type GameActionType } from './actions';
import { newGame } from './game';
import type { Scenario } from './scenario/schema';
import type { Game, LocalizedText } from './types';

export interface GameContext {
  game: Game;
  /** why the last event was refused; null after an accepted one */
  lastError: LocalizedText | null;
  /** the last quarter whose briefing the player left for its plan (0: none yet) */
  briefed: number;
}

export type GameEvent = { type: 'START_PLANNING' } | { type: 'ACT'; action: GameAction };

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

/** The player's own moves, which wait until the briefing has been read. */
const PLAYER_MOVES: ReadonlySet<GameActionType> = new Set([
  'set-decisions',
  'submit',
  'answer',
  'answer-requests',
  'continue',
  'undo-submit',
]);

export const gameMachine = setup({
  types: {
    context: {} as GameContext,
    events: {} as GameEvent,
    input: {} as { game: Game },
  },
  guards: {
    ended: ({ context }) => context.game.phase === 'ended',
    newQuarter: ({ context }) =>
      context.game.phase === 'planning' && context.game.quarter > context.briefed,
    inPlanning: ({ context }) => context.game.phase === 'planning',
    inEvents: ({ context }) => context.game.phase === 'events',
    playerMove: ({ event }) => event.type === 'ACT' && PLAYER_MOVES.has(event.action.type),
  },
  actions: {
    apply: assign(({ context, event }) => {
      if (event.type !== 'ACT') return {};
      const r = applyAction(context.game, event.action);
      return r.ok ? { game: r.value, lastError: null } : { lastError: r.error.reason };
    }),
    leaveBriefing: assign(({ context }) => ({ briefed: context.game.quarter, lastError: null })),
    refuseStartPlanningNow: assign(() => ({
      lastError: t('Starting to plan is not possible now.', '今は計画を始めることはできません。'),
    })),
    refuseBeforePlanning: assign(() => ({
      lastError: t(
        'Read the briefing and start planning first.',
        '先にブリーフィングを読み、計画を始めてください。',
      ),
    })),
  },
}).createMachine({
  id: 'vpoeGame',
  context: ({ input }) => ({ game: input.game, lastError: null, briefed: 0 }),
  initial: 'routing',
  states: {
    // Transient: the state that shows the game's phase (a new quarter opens on its briefing).
    routing: {
      always: [
        { guard: 'ended', target: 'ended' },
        { guard: 'newQuarter', target: 'briefing' },
        { guard: 'inPlanning', target: 'planning' },
        { guard: 'inEvents', target: 'events' },
        { target: 'review' },
      ],
    },
    briefing: {
      on: {
        START_PLANNING: { target: 'planning', actions: 'leaveBriefing' },
        ACT: [
          { guard: 'playerMove', actions: 'refuseBeforePlanning' },
          { target: 'routing', actions: 'apply' },
        ],
      },
    },
    planning: {
      on: {
        ACT: { target: 'routing', actions: 'apply' },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
      },
    },
    events: {
      on: {
        ACT: { target: 'routing', actions: 'apply' },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
      },
    },
    review: {
      on: {
        ACT: { target: 'routing', actions: 'apply' },
        START_PLANNING: { actions: 'refuseStartPlanningNow' },
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
