/**
 * What the app shell hands to the game screen. The start screen (or a menu command) produces a
 * GameLaunch; features/game/GameScreen.tsx turns a new one into a running game through the
 * engine (parseScenario + newGame) or runs a saved one as loaded, and calls onExit to return to
 * the start screen.
 */
import type { FileRef, LoadedScenario } from '../../shared/host-api';
import type { Decisions, Game, LocalizedText } from '../../sim/index';

export type GameLaunch =
  /** A fresh game of a scenario; the seed fixes its random events (same seed, same game). */
  | { kind: 'new'; scenario: LoadedScenario; seed: number; playerName?: string }
  /**
   * A saved game (a file, an autosave, or a game back from analysis), already loaded and checked
   * by the engine once (openSavedGame): the game screen runs it as it is, never loads it again.
   */
  | {
      kind: 'saved';
      game: Game;
      /** the unsubmitted plan saved with it (null when there is none, or it was left out) */
      draft: Decisions | null;
      /** what the player is told on opening (a draft left out, an unverified or re-opened save) */
      warnings: LocalizedText[];
      /** the file "Save" writes back to (null: ask where) */
      fileRef: FileRef | null;
      /** the autosave set it came from, so autosaving continues there */
      autosaveGameId?: string;
    };

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
