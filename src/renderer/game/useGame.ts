import { useCallback, useState } from 'react';
import { useSelector } from '@xstate/react';
import {
  createGameActor,
  type Decisions,
  type Game,
  type GameAction,
  type GamePhase,
  type LocalizedText,
  type Scenario,
} from '../../sim/index';

/** How a game session begins: a fresh game of a scenario, or a game rebuilt from a save. */
export type GameInit =
  | { kind: 'new'; scenario: Scenario; seed: number; playerName?: string }
  | { kind: 'loaded'; game: Game };

/**
 * Where the player is: the game's own phase, or the machine's 'briefing' that opens every
 * quarter before planning (the game is in its 'planning' phase meanwhile).
 */
export type PlayPhase = 'briefing' | GamePhase;

export interface GameApi {
  game: Game;
  phase: PlayPhase;
  /** The engine's refusal of the last event sent (decisions or an answer), if any. */
  lastError: LocalizedText | undefined;
  /** Leaves the quarter's briefing for its plan. */
  startPlanning: () => void;
  /** Sends any engine action (the shorthands below are the common ones). */
  act: (action: GameAction) => void;
  submitDecisions: (decisions: Decisions) => void;
  answer: (eventId: string, optionId: string) => void;
  continueGame: () => void;
}

type GameActor = ReturnType<typeof createGameActor>;

function startActor(init: GameInit): GameActor {
  const actor =
    init.kind === 'new'
      ? createGameActor(init.scenario, init.seed, { playerName: init.playerName })
      : createGameActor(init.game.scenario, init.game.seed, { game: init.game });
  actor.start();
  return actor;
}

/**
 * The one door from the screens to a running game: an xstate actor over the engine's game
 * machine. The actor holds no timers or outside resources, so it lives as long as the component
 * (created once, no stop on unmount; React's StrictMode double mount does not restart it).
 */
export function useGame(init: GameInit): GameApi {
  const [actor] = useState(() => startActor(init));
  const game = useSelector(actor, (s) => s.context.game);
  const briefing = useSelector(actor, (s) => s.matches('briefing'));
  const lastError = useSelector(actor, (s) => s.context.lastError);
  const startPlanning = useCallback(() => actor.send({ type: 'START_PLANNING' }), [actor]);
  const act = useCallback((action: GameAction) => actor.send({ type: 'ACT', action }), [actor]);
  const submitDecisions = useCallback(
    (decisions: Decisions) => act({ type: 'submit', decisions }),
    [act],
  );
  const answer = useCallback(
    (eventId: string, optionId: string) => act({ type: 'answer', eventId, optionId }),
    [act],
  );
  const continueGame = useCallback(() => act({ type: 'continue' }), [act]);
  return {
    game,
    phase: briefing ? 'briefing' : game.phase,
    lastError: lastError ?? undefined,
    startPlanning,
    act,
    submitDecisions,
    answer,
    continueGame,
  };
}
