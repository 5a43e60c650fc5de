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
  // A failed open is tried again at the next use (storage may have been allowed meanwhile).
  const openDb = () =>
    openBrowserDb().catch((error: unknown) => {
      db = null;
      throw error;
    });
  return createBrowserHost({
    db: () => (db ??= openDb()),
    ...('locks' in navigator ? { claims: navigator.locks } : {}),
    // Read at each use: where storage is blocked, touching window.localStorage throws, and the
    // host treats that like any storage failure instead of the page failing to start.
    storage: {
      getItem: (key) => window.localStorage.getItem(key),
      setItem: (key, value) => window.localStorage.setItem(key, value),
      removeItem: (key) => window.localStorage.removeItem(key),
    },
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
