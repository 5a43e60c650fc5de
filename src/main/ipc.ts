/**
 * Wires the host API to IPC: one handler per channel, each checking who is asking and what it
 * sent before calling the desktop host.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { HostResult } from '../shared/host-api';
import { INVOKE_CHANNELS, type InvokeMethod } from '../shared/ipc-channels';
import type { DesktopHost } from './desktop-host';
import { checkPayload } from './payloads';

export type IpcHandlers = DesktopHost & { readyToQuit(): Promise<void> };

// Methods whose answer is a HostResult report a refused payload as a result, like any other
// failure; the rest throw, which the renderer sees as a rejected promise.
const RESULT_METHODS = new Set<InvokeMethod>([
  'loadScenario',
  'openScenarioFile',
  'openGame',
  'saveGame',
  'writeAutosave',
  'loadAutosave',
  'exportFile',
]);

export function registerIpcHandlers(
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event, payload: unknown) => {
      if (!isTrustedSender(event)) throw new Error(`Refused ${method}: unknown sender.`);
      const checked = checkPayload(method, payload);
      if (!checked.ok) {
        if (RESULT_METHODS.has(method)) {
          return {
            ok: false,
            error: { code: 'invalid-request', detail: checked.detail },
          } satisfies HostResult<never>;
        }
        throw new Error(checked.detail);
      }
      const call = handlers[method] as (argument?: unknown) => Promise<unknown>;
      return call(checked.value);
    });
  }
}
