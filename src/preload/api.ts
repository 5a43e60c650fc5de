/**
 * Builds `window.api` from an ipcRenderer-like object. Kept free of the electron import so
 * tests/main can check the channel guard without Electron.
 */
import type { HostApi, MenuCommand } from '../shared/host-api';
import { CHANNEL_PREFIX, INVOKE_CHANNELS, MENU_CHANNEL } from '../shared/ipc-channels';

export type IpcLike = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
};

const ALLOWED = new Set<string>([...Object.values(INVOKE_CHANNELS), MENU_CHANNEL]);

/** Refuses any channel that is not one of the app's own (prefix and allow-list). */
export function assertAllowedChannel(channel: string): void {
  if (!channel.startsWith(CHANNEL_PREFIX) || !ALLOWED.has(channel)) {
    throw new Error(`Channel "${channel}" is not part of the host API.`);
  }
}

export function createPreloadApi(ipc: IpcLike): HostApi {
  const invoke = (channel: string, payload?: unknown): Promise<never> => {
    assertAllowedChannel(channel);
    return ipc.invoke(channel, payload) as Promise<never>;
  };
  const c = INVOKE_CHANNELS;
  return {
    appInfo: () => invoke(c.appInfo),
    getSettings: () => invoke(c.getSettings),
    setLanguage: (language) => invoke(c.setLanguage, language),
    listScenarios: () => invoke(c.listScenarios),
    loadScenario: (id) => invoke(c.loadScenario, id),
    openScenarioFile: () => invoke(c.openScenarioFile),
    scenariosWithId: (id) => invoke(c.scenariosWithId, id),
    openGame: (fileRef) => invoke(c.openGame, fileRef),
    saveGame: (request) => invoke(c.saveGame, request),
    recentFiles: () => invoke(c.recentFiles),
    writeAutosave: (request) => invoke(c.writeAutosave, request),
    listAutosaves: () => invoke(c.listAutosaves),
    loadAutosave: (id) => invoke(c.loadAutosave, id),
    exportFile: (request) => invoke(c.exportFile, request),
    hostWorkshop: (request) => invoke(c.hostWorkshop, request),
    stopWorkshop: () => invoke(c.stopWorkshop),
    currentWorkshop: () => invoke(c.currentWorkshop),
    readyToQuit: () => invoke(c.readyToQuit),
    onMenuCommand(listener) {
      assertAllowedChannel(MENU_CHANNEL);
      // The IPC event object stays in the preload: the page only receives the command.
      const forward = (_event: unknown, command: unknown) => listener(command as MenuCommand);
      ipc.on(MENU_CHANNEL, forward);
      return () => {
        ipc.removeListener(MENU_CHANNEL, forward);
      };
    },
  };
}
