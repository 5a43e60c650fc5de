/**
 * Picks the host: Electron's `window.api` (exposed by the preload) when present, else the
 * browser host.
 */
import type { HostApi } from '../../shared/host-api';
import { runBeforeQuit } from './beforeQuit';
import { openBrowserDb, type BrowserDb } from './browser-db';
import { downloadText, pickFile } from './browser-files';
import { createBrowserHost } from './browser-host';

declare global {
  interface Window {
    api?: HostApi;
  }
}

export function detectHost(): HostApi {
  if (window.api) return window.api;
  // A browser tab can close, reload or be discarded at any moment: the last step is autosaved
  // then (the desktop app asks through its close handshake instead). The host records each
  // autosave synchronously, so it is kept even if IndexedDB cannot finish before the page goes.
  const lastChance = () => void runBeforeQuit();
  window.addEventListener('pagehide', lastChance);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') lastChance();
  });
  let db: Promise<BrowserDb> | null = null;
  return createBrowserHost({
    db: () => (db ??= openBrowserDb()),
    storage: window.localStorage,
    pickFile,
    download: downloadText,
    locale: navigator.language,
    now: () => new Date(),
  });
}

export { HostProvider, useHost } from './HostContext';
export { useMenuCommand } from './useMenuCommand';
export { runBeforeQuit, useBeforeQuit } from './beforeQuit';
export {
  DRAFT_AUTOSAVE_DELAY_MS,
  newGameId,
  useGameFiles,
  type GameFiles,
  type GameFilesOptions,
} from './useGameFiles';
