import type { HostApi } from './host-api';

/** Every IPC channel of the app starts with this; the preload refuses anything else. */
export const CHANNEL_PREFIX = 'vpoe:';

/** The request/response methods of the host API, by name, with their IPC channel. */
export const INVOKE_CHANNELS = {
  appInfo: 'vpoe:app-info',
  getSettings: 'vpoe:get-settings',
  setLanguage: 'vpoe:set-language',
  listScenarios: 'vpoe:list-scenarios',
  loadScenario: 'vpoe:load-scenario',
  openScenarioFile: 'vpoe:open-scenario-file',
  scenariosWithId: 'vpoe:scenarios-with-id',
  openGame: 'vpoe:open-game',
  saveGame: 'vpoe:save-game',
  recentFiles: 'vpoe:recent-files',
  writeAutosave: 'vpoe:write-autosave',
  listAutosaves: 'vpoe:list-autosaves',
  loadAutosave: 'vpoe:load-autosave',
  exportFile: 'vpoe:export-file',
  hostWorkshop: 'vpoe:host-workshop',
  stopWorkshop: 'vpoe:stop-workshop',
  currentWorkshop: 'vpoe:current-workshop',
  readyToQuit: 'vpoe:ready-to-quit',
} as const satisfies Record<
  Exclude<keyof HostApi, 'onMenuCommand'>,
  `${typeof CHANNEL_PREFIX}${string}`
>;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeMethod];

/** Main -> renderer: menu commands. */
export const MENU_CHANNEL = 'vpoe:menu-command';
