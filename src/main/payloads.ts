/**
 * Validation of every payload the renderer sends over IPC. The renderer is treated as untrusted:
 * a payload that does not match is refused before any file is touched.
 */
import { z } from 'zod';
import type { InvokeMethod } from '../shared/ipc-channels';
import { GAME_ID_PATTERN, LANGUAGES, MAX_FILE_BYTES } from '../shared/host-api';

const fileRef = z.string().min(1).max(4096);
const fileName = z.string().min(1).max(255);
const nothing = z.undefined();

/** One schema per host-API method, for its single argument (undefined when it takes none). */
export const PAYLOADS = {
  appInfo: nothing,
  getSettings: nothing,
  setLanguage: z.enum(LANGUAGES),
  listScenarios: nothing,
  loadScenario: z.string().min(1).max(200),
  openScenarioFile: nothing,
  scenariosWithId: z.string().min(1).max(200),
  openGame: fileRef.optional(),
  saveGame: z.object({
    save: z.unknown(),
    fileRef: fileRef.optional(),
    suggestedName: fileName,
    overwrite: z.boolean().optional(),
  }),
  recentFiles: nothing,
  writeAutosave: z.object({
    gameId: z.string().regex(GAME_ID_PATTERN),
    quarter: z.number().int().min(0).max(999),
    save: z.unknown(),
  }),
  listAutosaves: nothing,
  loadAutosave: z.string().min(1).max(200),
  exportFile: z.object({
    suggestedName: fileName,
    kind: z.enum(['csv', 'markdown', 'html', 'json']),
    content: z.string().max(MAX_FILE_BYTES),
  }),
  readyToQuit: nothing,
} satisfies Record<InvokeMethod, z.ZodType>;

export type PayloadCheck = { ok: true; value: unknown } | { ok: false; detail: string };

export function checkPayload(method: InvokeMethod, payload: unknown): PayloadCheck {
  const parsed = PAYLOADS[method].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, detail: `Refused ${method}: ${z.prettifyError(parsed.error)}` };
}
