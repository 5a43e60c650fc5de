/**
 * What the app shell hands to the game screen. The start screen (or a menu command) produces a
 * GameLaunch; features/game/GameScreen.tsx turns it into a running game through the engine
 * (parseScenario + newGame, or loadSave) and calls onExit to return to the start screen.
 */
import type { LoadedScenario, OpenedGame } from '../../shared/host-api';
import type { Decisions, Game } from '../../sim/index';

export type GameLaunch =
  /** A fresh game of a scenario; the seed fixes its random events (same seed, same game). */
  | { kind: 'new'; scenario: LoadedScenario; seed: number; playerName?: string }
  /** A saved game (a file or an autosave) with the scenario it names. */
  | { kind: 'saved'; scenario: LoadedScenario; save: OpenedGame; source: 'file' | 'autosave' };

export interface GameScreenProps {
  launch: GameLaunch;
  /** Back to the start screen (after the player ends or leaves the game). */
  onExit: () => void;
}

export type Screen =
  | { name: 'start' }
  /**
   * A running game; `autosaveGameId` names its autosave set (the one a resumed game came from,
   * or a new one), so everything on the screen, its error boundaries included, names one set.
   */
  | { name: 'game'; launch: GameLaunch; autosaveGameId: string }
  /** Replays and analysis (features/saves), empty or opened on a game. */
  | {
      name: 'analysis';
      run?: {
        game: Game;
        name: string;
        fileRef: string | null;
        /** the unsubmitted plan and the autosave set of a game left for analysis */
        draft?: Decisions | null;
        autosaveGameId?: string;
      };
    };
