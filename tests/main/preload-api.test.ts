import { describe, expect, it } from 'vitest';
import { assertAllowedChannel, createPreloadApi, type IpcLike } from '../../src/preload/api';
import type { MenuCommand } from '../../src/shared/host-api';
import { INVOKE_CHANNELS, MENU_CHANNEL } from '../../src/shared/ipc-channels';

function fakeIpc() {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const ipc: IpcLike = {
    invoke: async (channel, payload) => {
      invoked.push([channel, payload]);
      return { ok: true };
    },
    on: (channel, listener) => listeners.set(channel, listener),
    removeListener: (channel) => listeners.delete(channel),
  };
  return { ipc, invoked, listeners };
}

describe('preload window.api', () => {
  it('refuses channels outside the app prefix or the allow-list', () => {
    expect(() => assertAllowedChannel('shell:openExternal')).toThrow('not part of the host API');
    expect(() => assertAllowedChannel('vpoe:delete-everything')).toThrow(
      'not part of the host API',
    );
    expect(() => assertAllowedChannel(INVOKE_CHANNELS.saveGame)).not.toThrow();
  });

  it('sends each method on its own channel with its argument', async () => {
    const { ipc, invoked } = fakeIpc();
    const api = createPreloadApi(ipc);
    await api.setLanguage('ja');
    await api.openGame('/home/p/run.vpoe.json');
    await api.listScenarios();
    expect(invoked).toEqual([
      ['vpoe:set-language', 'ja'],
      ['vpoe:open-game', '/home/p/run.vpoe.json'],
      ['vpoe:list-scenarios', undefined],
    ]);
  });

  it('passes menu commands to the page without the IPC event, and unsubscribes', () => {
    const { ipc, listeners } = fakeIpc();
    const api = createPreloadApi(ipc);
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => received.push(args));
    const command: MenuCommand = { type: 'save-as' };
    listeners.get(MENU_CHANNEL)?.({ sender: 'ipc internals' }, command);
    expect(received).toEqual([[command]]);
    unsubscribe();
    expect(listeners.has(MENU_CHANNEL)).toBe(false);
  });
});
