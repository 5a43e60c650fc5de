/**
 * The desktop implementation of the host API, as plain Node: dialogs and the clock are injected,
 * so tests/main drive it with a temp folder and scripted "dialogs", without Electron.
 *
 * The renderer may only name files the player chose: a path passed to openGame or saveGame must
 * be one the player picked in a dialog this session or one in the recent-files list. A
 * compromised renderer therefore cannot read or overwrite arbitrary files.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  AppInfo,
  AutosaveEntry,
  AutosaveRequest,
  ExportRequest,
  HostApi,
  HostResult,
  HostSettings,
  Language,
  LoadedScenario,
  OpenedGame,
  RecentFile,
  SaveGameRequest,
  SavedGame,
  ScenarioListing,
} from '../shared/host-api';
import { MAX_FILE_BYTES, SAVE_FILE_SUFFIX } from '../shared/host-api';
import { removeLeftoverTempFiles, writeFileAtomically } from './files/atomic-write';
import { listAutosaves, loadAutosave, writeAutosave } from './files/autosaves';
import { readGameFile, serializeSave, writeGameFile } from './files/game-files';
import { keepOwnScenario, ownScenariosWithId } from './files/own-scenarios';
import { ioError } from './files/read-file';
import { addRecentFile, listRecentFiles, removeRecentFile } from './files/recent-files';
import { listBuiltInScenarios, loadBuiltInScenario, readScenarioFile } from './files/scenarios';
import { readSettings, writeSettings } from './files/settings';

export type DesktopPaths = {
  /** Built-in scenarios (scenarios/ in the repository, resources/scenarios when packaged). */
  scenariosDir: string;
  /** The app's private data folder (Electron's userData). */
  dataDir: string;
  /** Where save dialogs start (the user's documents folder). */
  documentsDir: string;
};

export type FileFilter = { name: string; extensions: string[] };

export type DesktopDialogs = {
  /** Resolves to the chosen path, or null when the player cancels. */
  chooseFileToOpen(filters: FileFilter[]): Promise<string | null>;
  chooseFileToSave(defaultPath: string, filters: FileFilter[]): Promise<string | null>;
};

export type DesktopHostDeps = {
  paths: DesktopPaths;
  dialogs: DesktopDialogs;
  appInfo: AppInfo;
  now: () => Date;
  /** Called after the language setting changed (main relabels its menu). */
  onLanguageChanged?: (language: Language) => void;
  /** Called after the recent-files list changed (main rebuilds "Open recent"). */
  onRecentFilesChanged?: (files: RecentFile[]) => void;
};

/** The host API but the menu, quitting and the hosted workshop (./workshop-host.ts). */
export type DesktopHost = Omit<
  HostApi,
  'onMenuCommand' | 'readyToQuit' | 'hostWorkshop' | 'stopWorkshop' | 'currentWorkshop'
>;

/** Where the desktop host keeps its own files inside the data folder. */
export function dataFiles(dataDir: string) {
  return {
    recentFiles: join(dataDir, 'recent-files.json'),
    settings: join(dataDir, 'settings.json'),
    autosaves: join(dataDir, 'autosaves'),
    ownScenarios: join(dataDir, 'scenarios'),
  };
}

/** What identifies one version of a file on disk, to notice that another window wrote it. */
async function fileVersion(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.mtimeMs}:${info.size}`;
  } catch {
    return null;
  }
}

const SAVE_FILTERS: FileFilter[] = [{ name: 'VPoE Simulator save', extensions: ['json'] }];
const SCENARIO_FILTERS: FileFilter[] = [{ name: 'VPoE Simulator scenario', extensions: ['json'] }];
const EXPORT_FILTERS: Record<ExportRequest['kind'], FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
  json: { name: 'JSON', extensions: ['json'] },
};

const cancelled = {
  ok: false,
  error: { code: 'cancelled', detail: 'The dialog was closed.' },
} as const;

/** A proposed file name without any folder part, so a dialog cannot be steered elsewhere. */
export function safeFileName(suggested: string, fallback: string): string {
  const name = basename(suggested.replace(/\\/g, '/'))
    .replace(/[<>:"|?*]/g, '_')
    .trim();
  return name === '' || name === '.' || name === '..' ? fallback : name;
}

export function createDesktopHost(deps: DesktopHostDeps): DesktopHost {
  const { paths, dialogs, now } = deps;
  const files = dataFiles(paths.dataDir);
  const recentStore = files.recentFiles;
  const settingsFile = files.settings;
  const autosaveRoot = files.autosaves;
  const chosenThisSession = new Set<string>();
  // The version of each save file as this window last read or wrote it ("Save" conflict check).
  const versionSeen = new Map<string, string | null>();

  /**
   * Adds a file the player chose to the session's files and the recent list. The recent list is a
   * convenience: when the data folder cannot be written the open or save still succeeds.
   */
  async function remember(path: string): Promise<void> {
    chosenThisSession.add(path);
    versionSeen.set(path, await fileVersion(path));
    // A crash during an earlier save of this file may have left its temp file beside it.
    await removeLeftoverTempFiles(path);
    try {
      deps.onRecentFilesChanged?.(await addRecentFile(recentStore, path, now()));
    } catch {
      // Not fatal: the file is open or saved, only "Open recent" will not list it.
    }
  }

  async function isKnownFile(path: string): Promise<boolean> {
    if (chosenThisSession.has(path)) return true;
    return (await listRecentFiles(recentStore)).some((file) => file.fileRef === path);
  }

  const conflict = (path: string) =>
    ({
      ok: false,
      error: {
        code: 'conflict',
        detail: `${path} was changed by another window or program since this game opened or saved it.`,
      },
    }) as const;

  const refusedPath = (path: string) =>
    ({
      ok: false,
      error: { code: 'invalid-request', detail: `${path} was not chosen by the player.` },
    }) as const;

  return {
    appInfo: async (): Promise<AppInfo> => deps.appInfo,
    getSettings: (): Promise<HostSettings> => readSettings(settingsFile),
    async setLanguage(language: Language): Promise<HostResult<void>> {
      // The menu follows the choice even when it cannot be remembered for the next start.
      deps.onLanguageChanged?.(language);
      try {
        await writeSettings(settingsFile, { ...(await readSettings(settingsFile)), language });
      } catch (error) {
        return { ok: false, error: ioError(error, settingsFile) };
      }
      return { ok: true, value: undefined };
    },

    listScenarios: (): Promise<ScenarioListing> => listBuiltInScenarios(paths.scenariosDir),
    loadScenario: (id: string): Promise<HostResult<LoadedScenario>> =>
      loadBuiltInScenario(paths.scenariosDir, id),
    async openScenarioFile(): Promise<HostResult<LoadedScenario>> {
      const path = await dialogs.chooseFileToOpen(SCENARIO_FILTERS);
      if (path === null) return cancelled;
      const loaded = await readScenarioFile(path);
      // A copy that cannot be kept (full disk) does not stop the game; only a later reopen needs it.
      if (loaded.ok) await keepOwnScenario(files.ownScenarios, loaded.value.json);
      return loaded;
    },
    async scenariosWithId(id: string): Promise<HostResult<LoadedScenario[]>> {
      const builtIn = await loadBuiltInScenario(paths.scenariosDir, id);
      const own = await ownScenariosWithId(files.ownScenarios, id);
      return { ok: true, value: [...(builtIn.ok ? [builtIn.value] : []), ...own] };
    },

    async openGame(fileRef?: string): Promise<HostResult<OpenedGame>> {
      if (fileRef !== undefined && !(await isKnownFile(fileRef))) return refusedPath(fileRef);
      const path = fileRef ?? (await dialogs.chooseFileToOpen(SAVE_FILTERS));
      if (path === null) return cancelled;
      const opened = await readGameFile(path);
      if (opened.ok) await remember(path);
      else if (opened.error.code === 'not-found')
        await removeRecentFile(recentStore, path).catch(() => undefined);
      return opened;
    },

    async saveGame(request: SaveGameRequest): Promise<HostResult<SavedGame>> {
      if (serializeSave(request.save).length > MAX_FILE_BYTES) {
        return {
          ok: false,
          error: { code: 'too-large', detail: 'The save is over the size limit.' },
        };
      }
      let path = request.fileRef ?? null;
      if (path !== null && !(await isKnownFile(path))) return refusedPath(path);
      if (path === null) {
        const name = safeFileName(request.suggestedName, `game${SAVE_FILE_SUFFIX}`);
        path = await dialogs.chooseFileToSave(join(paths.documentsDir, name), SAVE_FILTERS);
        if (path === null) return cancelled;
        if (!path.endsWith('.json')) path += SAVE_FILE_SUFFIX;
      } else if (!request.overwrite && versionSeen.has(path)) {
        const current = await fileVersion(path);
        if (current !== null && current !== versionSeen.get(path)) return conflict(path);
      }
      const saved = await writeGameFile(path, request.save);
      if (saved.ok) await remember(path);
      return saved;
    },

    recentFiles: async (): Promise<HostResult<RecentFile[]>> => ({
      ok: true,
      value: await listRecentFiles(recentStore),
    }),

    writeAutosave: (request: AutosaveRequest): Promise<HostResult<AutosaveEntry>> =>
      writeAutosave(autosaveRoot, request),
    listAutosaves: async (): Promise<HostResult<AutosaveEntry[]>> => ({
      ok: true,
      value: await listAutosaves(autosaveRoot),
    }),
    loadAutosave: (id: string): Promise<HostResult<OpenedGame>> => loadAutosave(autosaveRoot, id),

    async exportFile(request: ExportRequest): Promise<HostResult<{ name: string }>> {
      const filter = EXPORT_FILTERS[request.kind];
      const name = safeFileName(request.suggestedName, `export.${filter.extensions[0]}`);
      const path = await dialogs.chooseFileToSave(join(paths.documentsDir, name), [filter]);
      if (path === null) return cancelled;
      try {
        await writeFileAtomically(path, request.content);
      } catch (error) {
        return { ok: false, error: ioError(error, path) };
      }
      return { ok: true, value: { name: basename(path) } };
    },
  };
}
