/**
 * The host API: the one contract between the renderer and whatever hosts it.
 *
 * Electron's main process implements it (src/main/ipc.ts, reached through the preload's
 * `window.api`), and the browser host implements it with IndexedDB, a file picker and downloads
 * (src/renderer/host/browser-host.ts). The renderer only ever sees this interface.
 *
 * Game and scenario contents travel as plain JSON (`unknown`): the engine (src/sim) owns their
 * meaning and validates them; the host only checks the envelope it needs to store them safely.
 */

import type { HostWorkshopRequest, WorkshopHosting } from './workshop-hosting';

export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export type LocalizedText = { en: string; ja: string };

/** Outcome of a host operation on user data: a failure is a value the UI shows, never a throw. */
export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type HostErrorCode =
  | 'cancelled' // the user closed a dialog; not an error to show
  | 'not-found' // the file or record is gone
  | 'too-large' // over MAX_FILE_BYTES
  | 'invalid-json' // not parseable as JSON (detail says where)
  | 'not-a-save' // JSON, but not a VPoE save (detail says which field)
  | 'not-a-scenario' // JSON, but not a scenario (detail says which field)
  | 'refused-overwrite' // the target exists and is not a VPoE save, so it is left alone
  | 'invalid-request' // the renderer sent a payload that failed validation
  | 'conflict' // "Save": the file changed since this game opened or last saved it
  | 'unavailable' // the browser's storage (IndexedDB) cannot be used in this window
  | 'io'; // the operating system refused (detail carries its message)

export type HostError = {
  code: HostErrorCode;
  /** English, technical, names the file and what is wrong; the UI shows it under a localized headline. */
  detail: string;
};

/**
 * Saves and scenarios are small (a 40-quarter save is about 150 KB, the largest built-in
 * scenario 25 KB); anything bigger is refused before it is read or parsed.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Autosaves kept per game: older ones are deleted after a newer one is safely on disk. */
export const AUTOSAVES_PER_GAME = 10;

/** Entries kept in the recent-files list. */
export const RECENT_FILES_LIMIT = 10;

/** File name ending of a saved game. */
export const SAVE_FILE_SUFFIX = '.vpoe.json';

export type ScenarioSummary = {
  id: string;
  /** Where it came from: the file name in scenarios/ (built-in) or the opened file's name. */
  fileName: string;
  title: LocalizedText;
  description: LocalizedText;
  /** 1 (gentle) to 5 (brutal), when the scenario states it. */
  difficulty: number | null;
  horizonQuarters: number | null;
  currency: string | null;
};

export type ScenarioListing = {
  scenarios: ScenarioSummary[];
  /** Built-in files that could not be read; listed so a broken file is visible, not silently skipped. */
  problems: { fileName: string; error: HostError }[];
};

export type LoadedScenario = { summary: ScenarioSummary; json: unknown };

/**
 * Where a save lives: a file path in the desktop app, an IndexedDB key in the browser.
 * Opaque to the renderer: it only passes it back to the host.
 */
export type FileRef = string;

export type OpenedGame = {
  fileRef: FileRef | null;
  name: string;
  json: unknown;
  /** Set when opened from an autosave: the game it belongs to, so autosaving continues its set. */
  autosaveGameId?: string;
};
export type SavedGame = { fileRef: FileRef; name: string };

export type SaveGameRequest = {
  /** The engine's save file (toSave(game)); must carry format 'vpoe-save' and a schemaVersion. */
  save: unknown;
  /** Write here without asking ("Save"); absent means ask where ("Save as..."). */
  fileRef?: FileRef;
  /**
   * "Save" refuses with 'conflict' when the file changed since this game opened or last saved it
   * (another window or tab saved there); true writes over it anyway, after the player chose to.
   */
  overwrite?: boolean;
  /** Proposed file name for "Save as...", e.g. "series-b-q5.vpoe.json". */
  suggestedName: string;
};

/** Game ids name autosave folders, so they are restricted to a safe alphabet. */
export const GAME_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export type AutosaveRequest = {
  gameId: string;
  /** The quarter just completed (0 before the first); shown in "Resume" lists. */
  quarter: number;
  /** The engine's save file; its scenario.id is listed with the autosave. */
  save: unknown;
};

export type AutosaveEntry = {
  /** Opaque id for loadAutosave. */
  id: string;
  gameId: string;
  /** Counts the game's autosaves (1, 2, ...): orders them whatever the clock said. */
  sequence: number;
  quarter: number;
  scenarioId: string;
  /** ISO 8601 time the autosave was written. */
  savedAt: string;
};

export type RecentFile = { fileRef: FileRef; name: string; openedAt: string };

export type ExportKind = 'csv' | 'markdown' | 'html' | 'json';
export type ExportRequest = { suggestedName: string; kind: ExportKind; content: string };

export type AppInfo = {
  version: string;
  /** BCP 47 locale of the system (desktop) or browser, e.g. "ja-JP". */
  locale: string;
  host: 'electron' | 'browser';
};

export type HostSettings = { language: Language | null };

/** Commands from the desktop app's menu (the browser host never emits them). */
export type MenuCommand =
  | { type: 'new-game' }
  | { type: 'open' }
  | { type: 'open-recent'; fileRef: FileRef }
  | { type: 'save' }
  | { type: 'save-as' }
  /** The replay and analysis screen, opened on the running game if there is one. */
  | { type: 'replays' }
  /** File > Host a workshop...: the workshop server on this laptop (ADR 0008). */
  | { type: 'host-workshop' }
  | { type: 'language'; language: Language }
  | { type: 'quit' };

/**
 * Every method answers with a value, never a rejected promise: a failure of the disk, of the
 * browser's storage or of a dialog is a HostResult the UI shows (appInfo, getSettings and
 * listScenarios have safe answers without storage; onMenuCommand and readyToQuit cannot fail).
 */
export interface HostApi {
  appInfo(): Promise<AppInfo>;
  getSettings(): Promise<HostSettings>;
  /** Remembers the choice; the desktop app also relabels its menu. */
  setLanguage(language: Language): Promise<HostResult<void>>;

  listScenarios(): Promise<ScenarioListing>;
  loadScenario(id: string): Promise<HostResult<LoadedScenario>>;
  /**
   * Lets the player pick a scenario file of their own. The host keeps a copy beside its saves,
   * so every game played on it can be reopened after the file has moved or changed.
   */
  openScenarioFile(): Promise<HostResult<LoadedScenario>>;
  /**
   * Every scenario with this id the host holds: the built-in one and each version of the
   * player's own files with that id (newest first). A save names its scenario's content hash,
   * which only the engine computes, so the renderer picks among them.
   */
  scenariosWithId(id: string): Promise<HostResult<LoadedScenario[]>>;

  /** Opens a save: the given one (recent files), or one the player picks. */
  openGame(fileRef?: FileRef): Promise<HostResult<OpenedGame>>;
  saveGame(request: SaveGameRequest): Promise<HostResult<SavedGame>>;
  recentFiles(): Promise<HostResult<RecentFile[]>>;

  writeAutosave(request: AutosaveRequest): Promise<HostResult<AutosaveEntry>>;
  /** Newest first: games by their latest autosave, each game's by sequence number. */
  listAutosaves(): Promise<HostResult<AutosaveEntry[]>>;
  loadAutosave(id: string): Promise<HostResult<OpenedGame>>;

  /** Saves a report or table where the player chooses (dialog or download). */
  exportFile(request: ExportRequest): Promise<HostResult<{ name: string }>>;

  /**
   * Hosts a live workshop on this machine's network (the desktop app; the browser answers
   * 'unavailable'): the running one when it is this scenario's, else a new or resumed session.
   */
  hostWorkshop(request: HostWorkshopRequest): Promise<HostResult<WorkshopHosting>>;
  /** Stops the hosted workshop (its session is kept); nothing to do when none runs. */
  stopWorkshop(): Promise<HostResult<void>>;
  /** The hosted workshop, or null. */
  currentWorkshop(): Promise<WorkshopHosting | null>;

  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The renderer has finished its last autosave; the desktop app may close now. */
  readyToQuit(): Promise<void>;
}
