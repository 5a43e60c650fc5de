/**
 * A running game's files, owned by the game session (not by the header's buttons): its autosave
 * set, autosaving after every step and every pause in editing the plan, and Save / Save as with
 * the conflict check. The header's file controls only show and trigger what this hook holds, so
 * autosaving goes on whatever the header shows.
 */
import { useCallback, useMemo, useState } from 'react';
import type { HostError } from '../../../shared/host-api';
import { toSave, type Decisions, type Game } from '../../../sim/index';
import { newGameId, useGameFiles, type GameFiles } from '../../host';
import { useSessionLinks } from './SessionLinks';

/** The file name a game is offered under (Save as, Download). */
export function saveName(game: Game): string {
  const branch = game.parent ? `-branch-q${game.parent.quarter}` : '';
  return `${game.scenario.id}-s${game.seed}${branch}-q${game.quarter}.vpoe.json`;
}

/**
 * Changes with every step the player takes: decisions submitted (a log entry), a dialog answered
 * (a choice), the report continued (the phase). Each change is autosaved.
 */
export function progressOf(game: Game): string {
  const choices = game.log.reduce((n, entry) => n + entry.choices.length, 0);
  return `${game.log.length}/${choices}/${game.quarter}/${game.phase}`;
}

export interface SessionFiles {
  /** the autosave set this game writes to */
  gameId: string;
  files: GameFiles;
  /** the game as a save file, with the unsubmitted plan */
  getSave: () => unknown;
  /** the last failed write, shown by the file controls until dismissed */
  error: HostError | null;
  setError: (error: HostError | null) => void;
}

/**
 * @param draft the plan the player is editing and has not submitted (null when untouched):
 *   saved with the game (autosaves, Save, Download) so closing mid-plan loses nothing.
 */
export function useSessionFiles(game: Game, draft: Decisions | null): SessionFiles {
  const links = useSessionLinks();
  const [gameId] = useState(() => links.autosaveGameId ?? newGameId());
  const [error, setError] = useState<HostError | null>(null);
  const getSave = useCallback(() => toSave(game, { draft }), [game, draft]);
  const draftKey = useMemo(() => (draft ? JSON.stringify(draft) : ''), [draft]);
  const files = useGameFiles({
    gameId,
    quarter: game.history.length,
    progress: progressOf(game),
    draft: draftKey,
    getSave,
    suggestedName: saveName(game),
    initialFileRef: links.fileRef,
    onError: setError,
  });
  return { gameId, files, getSave, error, setError };
}
