/**
 * Issue 14 (hole 5): a second start of the desktop app, while one runs, quits at once (it would
 * share the data folder: settings, recent files, autosaves); the running one comes forward.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ quits: 0, whenReady: 0, listeners: [] as string[] }));

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => false,
    quit: () => void fake.quits++,
    whenReady: () => {
      fake.whenReady++;
      return new Promise(() => undefined);
    },
    on: (name: string) => void fake.listeners.push(name),
  },
  protocol: { registerSchemesAsPrivileged: () => undefined },
  BrowserWindow: class {},
  ipcMain: { handle: () => undefined },
  dialog: {},
  session: {},
  Menu: { buildFromTemplate: () => [], setApplicationMenu: () => undefined },
}));

beforeAll(async () => {
  await import('../../src/main/index');
});

describe('single instance', () => {
  it('a second instance quits without opening a window or touching the data folder', () => {
    expect(fake.quits).toBe(1);
    expect(fake.whenReady).toBe(0);
    expect(fake.listeners).toEqual([]);
  });
});
