/**
 * The desktop implementation of the host API, as plain Node: dialogs and the clock are injected,
 * so tests/main drive it with a temp folder and scripted "dialogs", without Electron.
 *
 * The renderer may only name files the player chose: a path passed to openGame or saveGame must
 * be one the player picked in a dialog this session or one in the recent-files list. A
 * compromised renderer therefore cannot read or overwrite arbitrary files.
 */
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
import { writeFileAtomically } from './files/atomic-write';
import { listAutosaves, loadAutosave, writeAutosave } from './files/autosaves';
import { readGameFile, serializeSave, writeGameFile } from './files/game-files';
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

export type DesktopHost = Omit<HostApi, 'onMenuCommand' | 'readyToQuit'>;

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
  const recentStore = join(paths.dataDir, 'recent-files.json');
  const settingsFile = join(paths.dataDir, 'settings.json');
  const autosaveRoot = join(paths.dataDir, 'autosaves');
  const chosenThisSession = new Set<string>();

  async function remember(path: string): Promise<void> {
    chosenThisSession.add(path);
    const files = await addRecentFile(recentStore, path, now());
    deps.onRecentFilesChanged?.(files);
  }

  async function isKnownFile(path: string): Promise<boolean> {
    if (chosenThisSession.has(path)) return true;
    return (await listRecentFiles(recentStore)).some((file) => file.fileRef === path);
  }

  const refusedPath = (path: string) =>
    ({
      ok: false,
      error: { code: 'invalid-request', detail: `${path} was not chosen by the player.` },
    }) as const;

  return {
    appInfo: async (): Promise<AppInfo> => deps.appInfo,
    getSettings: (): Promise<HostSettings> => readSettings(settingsFile),
    async setLanguage(language: Language): Promise<void> {
      await writeSettings(settingsFile, { ...(await readSettings(settingsFile)), language });
      deps.onLanguageChanged?.(language);
    },

    listScenarios: (): Promise<ScenarioListing> => listBuiltInScenarios(paths.scenariosDir),
    loadScenario: (id: string): Promise<HostResult<LoadedScenario>> =>
      loadBuiltInScenario(paths.scenariosDir, id),
    async openScenarioFile(): Promise<HostResult<LoadedScenario>> {
      const path = await dialogs.chooseFileToOpen(SCENARIO_FILTERS);
      return path === null ? cancelled : readScenarioFile(path);
    },

    async openGame(fileRef?: string): Promise<HostResult<OpenedGame>> {
      if (fileRef !== undefined && !(await isKnownFile(fileRef))) return refusedPath(fileRef);
      const path = fileRef ?? (await dialogs.chooseFileToOpen(SAVE_FILTERS));
      if (path === null) return cancelled;
      const opened = await readGameFile(path);
      if (opened.ok) await remember(path);
      else if (opened.error.code === 'not-found') await removeRecentFile(recentStore, path);
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
      }
      const saved = await writeGameFile(path, request.save);
      if (saved.ok) await remember(path);
      return saved;
    },

    recentFiles: (): Promise<RecentFile[]> => listRecentFiles(recentStore),

    writeAutosave: (request: AutosaveRequest): Promise<HostResult<AutosaveEntry>> =>
      writeAutosave(autosaveRoot, request),
    listAutosaves: (): Promise<AutosaveEntry[]> => listAutosaves(autosaveRoot),
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
