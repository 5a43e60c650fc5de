/**
 * Saving a running game, for the game screen: "Save" / "Save as..." (buttons or the desktop
 * menu), an autosave each time a quarter completes, and a last autosave before the desktop app
 * closes. Engine-agnostic: the caller passes `getSave` (the engine's toSave(game)).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileRef, HostError } from '../../shared/host-api';
import { useBeforeQuit } from './beforeQuit';
import { useHost } from './HostContext';
import { useMenuCommand } from './useMenuCommand';

export type GameFilesOptions = {
  /** Stable for one game (a branch gets a new one); names its autosave set. */
  gameId: string;
  /** Quarters completed so far; each increase writes an autosave. */
  quarter: number;
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
  /** Where "Save" writes; null until the game has been saved to (or opened from) a file. */
  fileRef: FileRef | null;
  /** The quarter of the last successful autosave, or null. */
  autosavedQuarter: number | null;
};

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
  const pending = useRef<Promise<void>>(Promise.resolve());
  const lastAutosaved = useRef<{ gameId: string; quarter: number } | null>(null);

  const writeToFile = useCallback(
    async (target: FileRef | null): Promise<boolean> => {
      const { getSave, suggestedName, onError } = latest.current;
      const saved = await host.saveGame({
        save: getSave(),
        suggestedName,
        ...(target ? { fileRef: target } : {}),
      });
      if (saved.ok) setFileRef(saved.value.fileRef);
      else if (saved.error.code !== 'cancelled') onError(saved.error);
      return saved.ok;
    },
    [host],
  );
  const save = useCallback(() => writeToFile(fileRef), [writeToFile, fileRef]);
  const saveAs = useCallback(() => writeToFile(null), [writeToFile]);

  const autosave = useCallback((): Promise<void> => {
    const { gameId, quarter, getSave, onError } = latest.current;
    const last = lastAutosaved.current;
    if (last && last.gameId === gameId && last.quarter === quarter) return pending.current;
    lastAutosaved.current = { gameId, quarter };
    pending.current = pending.current.then(async () => {
      const written = await host.writeAutosave({ gameId, quarter, save: getSave() });
      if (written.ok) setAutosavedQuarter(quarter);
      else {
        lastAutosaved.current = null; // try again at the next chance
        onError(written.error);
      }
    });
    return pending.current;
  }, [host]);

  // The state a game starts or resumes in is already stored (scenario + seed, or the file it
  // came from); every quarter completed after that is autosaved.
  const { gameId, quarter } = options;
  const started = useRef<{ gameId: string; quarter: number } | null>(null);
  useEffect(() => {
    if (started.current?.gameId !== gameId) {
      started.current = { gameId, quarter };
      lastAutosaved.current = { gameId, quarter };
      return;
    }
    void autosave();
  }, [gameId, quarter, autosave]);

  // Closing waits for an autosave in flight, and retries one that failed.
  useBeforeQuit(autosave);
  useMenuCommand('save', () => void save());
  useMenuCommand('save-as', () => void saveAs());

  return { save, saveAs, fileRef, autosavedQuarter };
}
