/**
 * The app's own `app://` protocol: the renderer is served from it instead of `file://`, so the
 * page gets an ordinary origin (app://vpoe) with no file-system privileges, and the
 * GrantFileProtocolExtraPrivileges fuse can be off (electron-builder.yml). Only files inside the
 * built renderer folder are served, each with its content type and the app's CSP.
 * Electron security checklist item 18: https://www.electronjs.org/docs/latest/tutorial/security
 */
import { readFile as readFileFromDisk } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from './security';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vpoe';
/** Where the window loads the app (outside `npm run dev`). */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready: a standard, secure scheme
 * (an origin of its own, module scripts and workers, fetch), nothing more (no CORS from other
 * origins, no service workers, no CSP bypass).
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under `root` that an app:// URL names, or null: another scheme or host, a path that
 * leaves `root` (also when encoded), a dotfile, or a type the app does not ship.
 */
export function fileOfAppUrl(url: string, root: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== `${APP_SCHEME}:` || target.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(target.pathname);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  if (path.includes('\0')) return null;
  const file = resolve(root, `.${path}`);
  const inside = relative(resolve(root), file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  if (inside.split(sep).some((part) => part.startsWith('.'))) return null;
  return CONTENT_TYPES[extname(file).toLowerCase()] ? file : null;
}

type ReadFile = (path: string) => Promise<Uint8Array>;

const notServed = (status: number) =>
  new Response(null, { status, headers: { 'Content-Type': 'text/plain' } });

/** The handler for protocol.handle(APP_SCHEME, ...): built renderer files, read-only. */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadFile = readFileFromDisk,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notServed(405);
    const file = fileOfAppUrl(request.url, root);
    if (!file) return notServed(404);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await readFile(file));
    } catch {
      return notServed(404);
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()]!,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}
