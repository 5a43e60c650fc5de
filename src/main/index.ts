/**
 * The desktop app's main process: one window, the menu, and the host API over IPC. File logic
 * lives in ./files and ./desktop-host (plain Node, tested without Electron).
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  protocol,
  session,
  utilityProcess,
  type IpcMainInvokeEvent,
} from 'electron';
import type { Language, MenuCommand, RecentFile } from '../shared/host-api';
import { MENU_CHANNEL } from '../shared/ipc-channels';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
} from './app-protocol';
import { createDesktopHost, dataFiles, type FileFilter } from './desktop-host';
import { registerIpcHandlers } from './ipc';
import { installMenu } from './menu';
import { createSecureWindow, isAppUrl, lockDownSession, lockDownWebContents } from './security';
import { readSettings } from './files/settings';
import { removeLeftoversAtStart } from './files/clean-up';
import { listRecentFiles } from './files/recent-files';
import {
  WORKSHOP_PORT,
  createWorkshopHost,
  type HostProcess,
  type WorkshopHost,
} from './workshop-host';

// How long a closing window waits for the renderer's last autosave before closing anyway.
const QUIT_GRACE_MS = 3000;

let mainWindow: BrowserWindow | null = null;
let workshop: WorkshopHost | null = null;
let workshopStopped = false;
let closeConfirmed = false;
let closeRequested = false;
const menuState: { language: Language; recentFiles: RecentFile[] } = {
  language: 'en',
  recentFiles: [],
};

/** The electron-vite dev server's URL during `npm run dev`; undefined otherwise. */
function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;
}

/** The page: the dev server during `npm run dev`, else the built renderer over app:// (never file://). */
function appUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL;
}

function scenariosDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'scenarios')
    : join(app.getAppPath(), 'scenarios');
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function refreshMenu(): void {
  installMenu(menuState, sendMenuCommand, () => (mainWindow ? mainWindow.close() : app.quit()));
}

/**
 * The hosted workshop's process (ADR 0008): an Electron utility process running the workshop
 * server's bundle (out/main/workshop-host.js, built from src/server/host-process.ts).
 */
function startWorkshopProcess(): HostProcess {
  const child = utilityProcess.fork(join(__dirname, 'workshop-host.js'), [], {
    serviceName: 'VPoE Simulator workshop',
  });
  return {
    post: (request) => child.postMessage(request),
    onEvent: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}

function toDialogFilters(filters: FileFilter[]) {
  return filters.map((filter) => ({ name: filter.name, extensions: filter.extensions }));
}

function createWindow(): void {
  const window = createSecureWindow(BrowserWindow, {
    preload: join(__dirname, '../preload/index.js'),
    title: 'VPoE Simulator',
    devTools: !app.isPackaged,
  });
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  // Closing asks the renderer to finish its autosave first (it answers with readyToQuit).
  window.on('close', (event) => {
    if (closeConfirmed) return;
    event.preventDefault();
    if (closeRequested) return;
    closeRequested = true;
    sendMenuCommand({ type: 'quit' });
    setTimeout(() => {
      closeConfirmed = true;
      window.close();
    }, QUIT_GRACE_MS);
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(appUrl());
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(join(__dirname, '../renderer')),
  );
  lockDownSession(session.defaultSession, { devServer: devServerUrl() !== undefined });
  const dataDir = app.getPath('userData');
  const files = dataFiles(dataDir);
  await removeLeftoversAtStart(files);
  const settings = await readSettings(files.settings);
  menuState.language = settings.language ?? (app.getLocale().startsWith('ja') ? 'ja' : 'en');
  menuState.recentFiles = await listRecentFiles(files.recentFiles);

  const host = createDesktopHost({
    paths: { scenariosDir: scenariosDir(), dataDir, documentsDir: app.getPath('documents') },
    appInfo: { version: app.getVersion(), locale: app.getLocale(), host: 'electron' },
    now: () => new Date(),
    dialogs: {
      async chooseFileToOpen(filters) {
        const options = { properties: ['openFile' as const], filters: toDialogFilters(filters) };
        const result = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      async chooseFileToSave(defaultPath, filters) {
        const options = { defaultPath, filters: toDialogFilters(filters) };
        const result = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
    },
    onLanguageChanged(language) {
      menuState.language = language;
      refreshMenu();
    },
    onRecentFilesChanged(files) {
      menuState.recentFiles = files;
      refreshMenu();
    },
  });

  workshop = createWorkshopHost({
    startProcess: startWorkshopProcess,
    scenariosDir: scenariosDir(),
    dataDir,
    staticDir: join(__dirname, '../renderer'),
    // Teams join from other machines of the network (docs/security.md, Workshop server).
    listenHost: '0.0.0.0',
    port: WORKSHOP_PORT,
    randomSeed: () => Math.floor(Math.random() * 1_000_000),
    now: () => new Date(),
  });

  const isTrustedSender = (event: IpcMainInvokeEvent): boolean =>
    event.sender === mainWindow?.webContents && isAppUrl(event.senderFrame?.url ?? '', appUrl());
  registerIpcHandlers(
    {
      ...host,
      ...workshop,
      async readyToQuit() {
        closeConfirmed = true;
        mainWindow?.close();
      },
    },
    isTrustedSender,
  );
  refreshMenu();
  createWindow();
}

// One instance at a time: a second one would share the data folder (settings, recent files,
// autosaves) with this one. Starting the app again brings this window forward instead.
// Before the app is ready: app:// is a standard, secure scheme with an origin of its own.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  lockDownWebContents(app, appUrl);
  app.on('window-all-closed', () => app.quit());
  // A hosted workshop is stopped before the app ends: its server closes and flushes the session.
  app.on('will-quit', (event) => {
    if (workshopStopped || !workshop) return;
    event.preventDefault();
    void workshop.stopWorkshop().finally(() => {
      workshopStopped = true;
      app.quit();
    });
  });
  void start();
}
