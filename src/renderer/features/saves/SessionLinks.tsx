/**
 * What a running game needs from the app shell for saving and analysis, passed down without
 * threading props through the game screen: the file the game came from (so "Save" writes back to
 * it) and the way to the replay / compare / luck screen.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { FileRef } from '../../../shared/host-api';
import type { Decisions, Game } from '../../../sim/index';

/** A running game as it leaves for the analysis screen, with what "Continue playing" restores. */
export interface AnalysedGame {
  game: Game;
  name: string;
  /** the plan being edited and not submitted (null when untouched) */
  draft: Decisions | null;
  /** the autosave set the game writes to, kept when play continues */
  autosaveGameId: string;
}

export interface SessionLinks {
  fileRef: FileRef | null;
  /**
   * The running game's autosave set (the one a resumed game came from, or a new one): its
   * autosaves and its error boundaries' "Download the last autosave" name the same set.
   */
  autosaveGameId?: string;
  /** Opens the analysis screen on this game (leaving the game screen; it is autosaved). */
  onAnalyse: ((run: AnalysedGame) => void) | null;
  /**
   * Set while a game session shows its file controls: the desktop menu's "Replays and
   * analysis" then opens on that game (the session handles it), else the shell opens it empty.
   */
  sessionOpen?: { current: boolean };
}

const Links = createContext<SessionLinks>({ fileRef: null, onAnalyse: null });

export function SessionLinksProvider({
  value,
  children,
}: {
  value: SessionLinks;
  children: ReactNode;
}) {
  return <Links.Provider value={value}>{children}</Links.Provider>;
}

export const useSessionLinks = (): SessionLinks => useContext(Links);
