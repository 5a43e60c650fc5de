/**
 * The window's security settings, in one place so docs/security.md and the tests can point at
 * them. The renderer is treated as untrusted content: it gets no Node, runs sandboxed and
 * isolated, cannot navigate or open windows, and is granted no permissions.
 */
import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

// The renderer's Content-Security-Policy lives in shared/, for the workshop server too.
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
} from '../shared/content-security';
export { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER };

/**
 * Creates the app window with every security option spelled out in one literal, where reviewers
 * and static scanners look for it. Takes the BrowserWindow class so tests can pass a fake.
 */
export function createSecureWindow<W>(
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W,
  options: { preload: string; title: string; devTools: boolean },
): W {
  return new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: options.title,
    webPreferences: {
      preload: options.preload,
      // Off in packaged builds (app.isPackaged): DevTools would let anyone at the keyboard run
      // script in the page and reach the host API. On in `npm run dev` / `npm start`.
      devTools: options.devTools,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click (auxclick) could open links in a new window; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/** True when `url` is the app's own page (the built file, or the dev server in development). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:')
      return target.protocol === 'file:' && target.pathname === app.pathname;
    // A custom scheme (app://vpoe) has an opaque origin ("null") in the URL standard: compare
    // scheme and host instead, or every custom-scheme URL would match.
    if (target.origin === 'null' || app.origin === 'null')
      return target.protocol === app.protocol && target.host === app.host && app.host !== '';
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

/** Blocks navigation away from the app, new windows and webviews, in every web contents. */
export function lockDownWebContents(app: App, appUrl: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appUrl())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/**
 * Denies every permission (camera, notifications, ...) and adds the CSP header to responses.
 * The dev server (`npm run dev`) needs inline scripts for hot reload, so it gets no header; its
 * page carries a loosened meta policy instead (electron.vite.config.ts).
 */
export function lockDownSession(session: Session, options: { devServer: boolean }): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The desktop app never downloads: exports go through a save dialog (desktop-host). A download
  // a page starts (a crafted link, a data: URL) is cancelled before anything is written.
  session.on('will-download', (event) => event.preventDefault());
  if (options.devServer) return;
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
      },
    });
  });
}
