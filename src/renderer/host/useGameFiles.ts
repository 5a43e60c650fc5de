/**
 * Saving a running game, for the game screen: "Save" / "Save as..." (buttons or the desktop
 * menu), an autosave after everything the player does (a quarter resolved, a dialog answered, a
 * report continued), and a last autosave before the app closes or the tab goes away.
 * Engine-agnostic: the caller passes `getSave` (the engine's toSave(game)).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileRef, HostError } from '../../shared/host-api';
import { useBeforeQuit } from './beforeQuit';
import { useHost } from './HostContext';
import { useMenuCommand } from './useMenuCommand';

export type GameFilesOptions = {
  /** Stable for one game (a branch gets a new one); names its autosave set. */
  gameId: string;
  /** Quarters completed so far; listed with the autosave ("after quarter N"). */
  quarter: number;
  /**
   * Changes with every step the player takes (decisions submitted, a dialog answered, the report
   * continued); each change writes an autosave, so closing at any moment loses nothing.
   */
  progress: string;
  /**
   * Changes with edits the player has not submitted yet (the plan being edited; '' for none):
   * autosaved DRAFT_AUTOSAVE_DELAY_MS after the last change, and at once when the app or tab
   * closes or the game screen goes.
   */
  draft?: string;
  getSave: () => unknown;
  /** Proposed file name for "Save as...". */
  suggestedName: string;
  /** The file the game was opened from, if any: "Save" writes back to it. */
  initialFileRef: FileRef | null;
  onError: (error: HostError) => void;
};

export type GameFiles = {
  save: () => Promise<boolean>;
  saveAs: () => Promise<boolean>;
  /**
   * True after "Save" found the file changed since this game opened or saved it (another window
   * or tab saved there): nothing was written, and the player chooses with resolveConflict.
   */
  conflict: boolean;
  /** 'copy' saves to a new file ("Save as..."), 'overwrite' replaces the other write. */
  resolveConflict: (choice: 'copy' | 'overwrite' | 'cancel') => Promise<boolean>;
  /** Where "Save" writes; null until the game has been saved to (or opened from) a file. */
  fileRef: FileRef | null;
  /** The quarter of the last successful autosave, or null. */
  autosavedQuarter: number | null;
};

/** Quiet time after the last edit of an unsubmitted plan before it is autosaved. */
export const DRAFT_AUTOSAVE_DELAY_MS = 1000;

const keyOf = ({ gameId, progress, draft }: GameFilesOptions) =>
  `${gameId}\u0000${progress}\u0000${draft ?? ''}`;

/** A fresh game id (letters, digits and dashes, as autosave folders require). */
export function newGameId(): string {
  return crypto.randomUUID();
}

export function useGameFiles(options: GameFilesOptions): GameFiles {
  const host = useHost();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [fileRef, setFileRef] = useState<FileRef | null>(options.initialFileRef);
  const [autosavedQuarter, setAutosavedQuarter] = useState<number | null>(null);
  const [conflict, setConflict] = useState(false);
  const pending = useRef<Promise<void>>(Promise.resolve());
  const lastAutosaved = useRef<string | null>(null);

  const writeToFile = useCallback(
    async (target: FileRef | null, overwrite = false): Promise<boolean> => {
      const { getSave, suggestedName, onError } = latest.current;
      setConflict(false);
      const saved = await host.saveGame({
        save: getSave(),
        suggestedName,
        ...(target ? { fileRef: target } : {}),
        ...(overwrite ? { overwrite } : {}),
      });
      if (saved.ok) setFileRef(saved.value.fileRef);
      else if (saved.error.code === 'conflict') setConflict(true);
      else if (saved.error.code !== 'cancelled') onError(saved.error);
      return saved.ok;
    },
    [host],
  );
  const save = useCallback(() => writeToFile(fileRef), [writeToFile, fileRef]);
  const saveAs = useCallback(() => writeToFile(null), [writeToFile]);
  const resolveConflict = useCallback(
    async (choice: 'copy' | 'overwrite' | 'cancel'): Promise<boolean> => {
      setConflict(false);
      if (choice === 'cancel') return false;
      return choice === 'copy' ? writeToFile(null) : writeToFile(fileRef, true);
    },
    [writeToFile, fileRef],
  );

  // The host is asked at once, not after the previous write: both hosts keep one game's writes
  // in order, and the browser host records the request synchronously, so a tab closed while an
  // earlier write is in flight still keeps the latest state.
  const autosave = useCallback((): Promise<void> => {
    const { gameId, quarter, getSave, onError } = latest.current;
    const key = keyOf(latest.current);
    if (lastAutosaved.current === key) return pending.current;
    lastAutosaved.current = key;
    const writing = host
      .writeAutosave({ gameId, quarter, save: getSave() })
      .catch((error: unknown) => ({
        ok: false as const,
        error: {
          code: 'io' as const,
          detail: error instanceof Error ? error.message : String(error),
        },
      }))
      .then((written) => {
        if (written.ok) setAutosavedQuarter(quarter);
        else {
          if (lastAutosaved.current === key) lastAutosaved.current = null; // retry at the next chance
          onError(written.error);
        }
      });
    pending.current = Promise.all([pending.current, writing]).then(() => undefined);
    return pending.current;
  }, [host]);

  // The state a game starts or resumes in is already stored (scenario + seed, or the file it
  // came from); every step after that is autosaved.
  // A game resumed with its unsubmitted plan starts with that plan already stored too.
  const { gameId, progress, draft } = options;
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (started.current !== gameId) {
      started.current = gameId;
      lastAutosaved.current = keyOf(latest.current);
      return;
    }
    void autosave();
  }, [gameId, progress, autosave]);
  // Plan edits come in bursts (a slider drag): written once the player pauses.
  useEffect(() => {
    const timer = setTimeout(() => void autosave(), DRAFT_AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, autosave]);
  // Leaving the game screen keeps an edit made in the last second (an unchanged key writes nothing).
  useEffect(() => () => void autosave(), [autosave]);

  // Closing waits for an autosave in flight, and retries one that failed.
  useBeforeQuit(autosave);
  useMenuCommand('save', () => void save());
  useMenuCommand('save-as', () => void saveAs());

  return { save, saveAs, conflict, resolveConflict, fileRef, autosavedQuarter };
}
