/**
 * Wires the host API to IPC: one handler per channel, each checking who is asking and what it
 * sent before calling the desktop host.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { HostResult } from '../shared/host-api';
import { INVOKE_CHANNELS, type InvokeMethod } from '../shared/ipc-channels';
import type { DesktopHost } from './desktop-host';
import { checkPayload } from './payloads';
import type { WorkshopHost } from './workshop-host';

export type IpcHandlers = DesktopHost & WorkshopHost & { readyToQuit(): Promise<void> };

/**
 * The answer of a method that has no failure value of its own, when it throws or its payload is
 * refused (the host API promises values, never rejections). Every other method answers a
 * HostResult, and a failure becomes one.
 */
const SAFE_ANSWERS: Partial<Record<InvokeMethod, (detail: string) => unknown>> = {
  getSettings: () => ({ language: null }),
  listScenarios: (detail) => ({
    scenarios: [],
    problems: [{ fileName: 'scenarios', error: { code: 'io', detail } }],
  }),
  readyToQuit: () => undefined,
  currentWorkshop: () => null,
};

/** What the renderer receives when a method failed: its safe answer, or a failure result. */
export function failureAnswer(
  method: InvokeMethod,
  code: 'invalid-request' | 'io',
  detail: string,
) {
  const safe = SAFE_ANSWERS[method];
  if (safe) return safe(detail);
  return { ok: false, error: { code, detail } } satisfies HostResult<never>;
}

/** Calls one host method with a checked payload; a throw becomes a failure value. */
export async function answer(
  handlers: IpcHandlers,
  method: InvokeMethod,
  payload: unknown,
): Promise<unknown> {
  const checked = checkPayload(method, payload);
  if (!checked.ok) return failureAnswer(method, 'invalid-request', checked.detail);
  const call = handlers[method] as (argument?: unknown) => Promise<unknown>;
  try {
    return await call(checked.value);
  } catch (error) {
    return failureAnswer(method, 'io', error instanceof Error ? error.message : String(error));
  }
}

export function registerIpcHandlers(
  handlers: IpcHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const method of Object.keys(INVOKE_CHANNELS) as InvokeMethod[]) {
    ipcMain.handle(INVOKE_CHANNELS[method], async (event, payload: unknown) => {
      // A page that is not the app's own gets no answer at all.
      if (!isTrustedSender(event)) throw new Error(`Refused ${method}: unknown sender.`);
      return answer(handlers, method, payload);
    });
  }
}
