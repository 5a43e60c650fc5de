import { readFileSync } from 'node:fs';
import type { BrowserWindowConstructorOptions } from 'electron';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  createSecureWindow,
  isAppUrl,
  lockDownSession,
} from '../../src/main/security';

describe('window security', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    class FakeWindow {
      constructor(readonly options: BrowserWindowConstructorOptions) {}
    }
    const window = createSecureWindow(FakeWindow, {
      preload: '/app/preload.js',
      title: 'T',
      devTools: false,
    });
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('sends frame-ancestors in the header, where browsers honour it, after the page policy', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  it('cancels downloads, denies permissions and adds the CSP header to every response', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let permission: boolean | null = null;
    let headers: Record<string, string[]> = {};
    const session = {
      setPermissionRequestHandler: (
        handler: (c: unknown, p: string, cb: (ok: boolean) => void) => void,
      ) => handler(null, 'notifications', (ok) => (permission = ok)),
      setPermissionCheckHandler: () => undefined,
      on: (name: string, listener: (event: { preventDefault: () => void }) => void) =>
        listeners.set(name, listener),
      webRequest: {
        onHeadersReceived: (
          handler: (
            details: { responseHeaders: Record<string, string[]> },
            cb: (r: { responseHeaders: Record<string, string[]> }) => void,
          ) => void,
        ) =>
          handler({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders)),
      },
    } as unknown as Session;
    lockDownSession(session, { devServer: false });
    let prevented = false;
    listeners.get('will-download')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(permission).toBe(false);
    expect(headers).toEqual({
      'X-Other': ['1'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER],
    });
  });

  it.each(['index.html', 'workshop.html'])(
    '%s carries the same Content-Security-Policy as the hosts send',
    (page) => {
      const html = readFileSync(join(__dirname, '../../src/renderer', page), 'utf8');
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
      expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    },
  );

  it('allows no inline or remote script, and no eval', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  it.each([
    ['file:///app/out/renderer/index.html', 'file:///app/out/renderer/index.html', true],
    ['file:///etc/passwd', 'file:///app/out/renderer/index.html', false],
    ['https://evil.example/', 'file:///app/out/renderer/index.html', false],
    ['http://localhost:5173/#x', 'http://localhost:5173/', true],
    ['http://localhost:5174/', 'http://localhost:5173/', false],
    ['not a url', 'http://localhost:5173/', false],
    ['app://vpoe/index.html', 'app://vpoe/index.html', true],
    ['app://vpoe/assets/x.js', 'app://vpoe/index.html', true],
    ['app://other/index.html', 'app://vpoe/index.html', false],
    ['evil://vpoe/index.html', 'app://vpoe/index.html', false],
    ['file:///app/out/renderer/index.html', 'app://vpoe/index.html', false],
    ['https://vpoe/index.html', 'app://vpoe/index.html', false],
  ])('isAppUrl(%s) against %s is %s', (url, appUrl, expected) => {
    expect(isAppUrl(url, appUrl)).toBe(expected);
  });
});
