/**
 * Runs src/main/index.ts against a fake `electron` module (the real binary cannot run here), to
 * check the wiring: the window's options, every IPC channel with its sender and payload checks,
 * permissions, and the close-after-autosave handshake.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../src/shared/host-api';
import { INVOKE_CHANNELS, MENU_CHANNEL } from '../../src/shared/ipc-channels';

type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  windows: [] as unknown[],
  forked: [] as { modulePath: string; options: unknown }[],
  dataDir: '',
  menus: [] as { label?: string }[][],
  permissionAnswer: null as boolean | null,
  appListeners: new Map<string, (...args: unknown[]) => void>(),
  privilegedSchemes: [] as { scheme: string; privileges: Record<string, boolean> }[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  sessionListeners: new Map<string, (event: { preventDefault: () => void }) => void>(),
}));

vi.mock('electron', () => {
  class BrowserWindow {
    loadedUrl = '';
    closed = 0;
    sent: [string, unknown][] = [];
    listeners = new Map<string, Listener>();
    webContents = {
      send: (channel: string, payload: unknown) => this.sent.push([channel, payload]),
    };
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {}
    close() {
      this.closed++;
      let prevented = false;
      this.listeners.get('close')?.({ preventDefault: () => (prevented = true) });
      if (!prevented) this.listeners.get('closed')?.({ preventDefault: () => undefined });
    }
  }
  return {
    app: {
      isPackaged: false,
      whenReady: () => Promise.resolve(),
      requestSingleInstanceLock: () => true,
      getPath: (name: string) => join(fake.dataDir, name),
      getAppPath: () => join(__dirname, '..', '..'),
      getLocale: () => 'ja-JP',
      getVersion: () => '0.1.0',
      on: (name: string, listener: (...args: unknown[]) => void) =>
        fake.appListeners.set(name, listener),
      quit: () => undefined,
    },
    BrowserWindow,
    // The workshop's host process is tested with Node's fork (tests/main/workshop-host.test.ts).
    utilityProcess: {
      fork: (modulePath: string, _args: string[], options: unknown) => {
        fake.forked.push({ modulePath, options });
        throw new Error('no utility process in this test');
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof fake.privilegedSchemes) =>
        fake.privilegedSchemes.push(...schemes),
    },
    ipcMain: { handle: (channel: string, handler: Handler) => fake.handlers.set(channel, handler) },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (
          handler: (c: unknown, p: string, cb: (ok: boolean) => void) => void,
        ) => handler(null, 'media', (ok) => (fake.permissionAnswer = ok)),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onHeadersReceived: () => undefined },
        on: (name: string, listener: (event: { preventDefault: () => void }) => void) =>
          fake.sessionListeners.set(name, listener),
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
            fake.protocolHandlers.set(scheme, handler),
        },
      },
    },
    Menu: {
      buildFromTemplate: (template: { label?: string }[]) => template,
      setApplicationMenu: (menu: { label?: string }[]) => fake.menus.push(menu),
    },
  };
});

const appUrl = 'app://vpoe/index.html';

function window() {
  const created = fake.windows[0] as unknown as {
    options: { webPreferences: Record<string, unknown> };
    loadedUrl: string;
    closed: number;
    sent: [string, unknown][];
    listeners: Map<string, Listener>;
    webContents: object;
  };
  if (!created) throw new Error('no window');
  return created;
}

function invoke(channel: string, payload?: unknown, sender?: object, url?: string) {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(
    { sender: sender ?? window().webContents, senderFrame: { url: url ?? appUrl } },
    payload,
  );
}

beforeAll(async () => {
  fake.dataDir = mkdtempSync(join(tmpdir(), 'vpoe-main-process-'));
  await import('../../src/main/index');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

describe('main process', () => {
  it('opens one sandboxed, isolated window on the built page, served over app://', () => {
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      devTools: true, // not packaged here; app.isPackaged turns them off
    });
    expect(window().loadedUrl).toBe(appUrl);
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
  });

  it('cancels every download a page starts', () => {
    let prevented = false;
    fake.sessionListeners.get('will-download')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });

  it('refuses requests from a file:// page (the app is never served from there)', async () => {
    const fileUrl = 'file:///app/out/renderer/index.html';
    await expect(
      invoke(INVOKE_CHANNELS.listScenarios, undefined, undefined, fileUrl),
    ).rejects.toThrow('unknown sender');
  });

  it('answers every host-API channel and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('serves the built-in scenarios to its own page', async () => {
    const listing = (await invoke(INVOKE_CHANNELS.listScenarios)) as {
      scenarios: { id: string }[];
    };
    expect(listing.scenarios.map((s) => s.id)).toContain('series-b-saas');
  });

  it('refuses requests from another sender or page', async () => {
    await expect(invoke(INVOKE_CHANNELS.listScenarios, undefined, {})).rejects.toThrow(
      'unknown sender',
    );
    await expect(
      invoke(INVOKE_CHANNELS.listScenarios, undefined, undefined, 'https://evil.example/'),
    ).rejects.toThrow('unknown sender');
  });

  it('refuses malformed payloads with a failure value, never a rejection', async () => {
    expect(await invoke(INVOKE_CHANNELS.setLanguage, 'fr')).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', detail: expect.stringContaining('Refused setLanguage') },
    });
    expect(await invoke(INVOKE_CHANNELS.loadScenario, 42)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('denies permission requests', () => {
    expect(fake.permissionAnswer).toBe(false);
  });

  it('labels the menu in the system language, and relabels it when the player switches', async () => {
    expect(fake.menus.at(-1)?.map((m) => m.label)).toContain('ファイル');
    await invoke(INVOKE_CHANNELS.setLanguage, 'en');
    expect(fake.menus.at(-1)?.map((m) => m.label)).toContain('File');
    expect(await invoke(INVOKE_CHANNELS.getSettings)).toEqual({ language: 'en' });
  });

  it("hosts a workshop in a utility process running the server's bundle beside main", async () => {
    expect(await invoke(INVOKE_CHANNELS.currentWorkshop)).toBeNull();
    expect(await invoke(INVOKE_CHANNELS.hostWorkshop, { scenarioId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });

    expect(fake.forked).toEqual([]);
    // The fake cannot start a process: the failure comes back as a value, after the fork.
    expect(
      await invoke(INVOKE_CHANNELS.hostWorkshop, { scenarioId: 'series-b-saas', fresh: false }),
    ).toEqual({ ok: false, error: { code: 'io', detail: 'no utility process in this test' } });
    expect(fake.forked).toEqual([
      {
        modulePath: join(__dirname, '../../src/main/workshop-host.js'),
        options: { serviceName: 'VPoE Simulator workshop' },
      },
    ]);
    expect(await invoke(INVOKE_CHANNELS.stopWorkshop)).toEqual({ ok: true, value: undefined });
  });

  it('closing asks the page to finish its autosave, then closes when it is ready', async () => {
    const win = window();
    let prevented = false;
    win.listeners.get('close')?.({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(win.sent).toContainEqual([MENU_CHANNEL, { type: 'quit' } satisfies MenuCommand]);
    await invoke(INVOKE_CHANNELS.readyToQuit);
    expect(win.closed).toBe(1);
  });
});
