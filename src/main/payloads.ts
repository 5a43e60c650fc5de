/**
 * Validation of every payload the renderer sends over IPC. The renderer is treated as untrusted:
 * a payload that does not match is refused before any file is touched.
 */
import { z } from 'zod';
import type { InvokeMethod } from '../shared/ipc-channels';
import { GAME_ID_PATTERN, LANGUAGES, MAX_FILE_BYTES } from '../shared/host-api';
import { checkJsonLimits, saveSchema } from '../sim/index';

const fileRef = z.string().min(1).max(4096);
const fileName = z.string().min(1).max(255);
const nothing = z.undefined();

/**
 * A save the renderer asks main to write (Save, autosave): the engine's own save-file schema
 * (the current format, as toSave writes it), after the document-shape limits and a size cap
 * that keep a crafted payload from costing the validator time and memory or filling the disk.
 * The limits run first and stop the check, so zod never walks an oversized document.
 */
export const savePayload = z
  .unknown()
  .check((ctx) => {
    const limits = checkJsonLimits(ctx.value);
    if (limits) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `at ${limits.path}: ${limits.message}`,
        continue: false,
      });
      return;
    }
    const bytes = new TextEncoder().encode(JSON.stringify(ctx.value) ?? '').length;
    if (bytes > MAX_FILE_BYTES)
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `a save of ${bytes} bytes; at most ${MAX_FILE_BYTES} are written`,
        continue: false,
      });
  })
  .pipe(saveSchema);

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
    save: savePayload,
    fileRef: fileRef.optional(),
    suggestedName: fileName,
    overwrite: z.boolean().optional(),
  }),
  recentFiles: nothing,
  writeAutosave: z.object({
    gameId: z.string().regex(GAME_ID_PATTERN),
    quarter: z.number().int().min(0).max(999),
    save: savePayload,
  }),
  listAutosaves: nothing,
  loadAutosave: z.string().min(1).max(200),
  exportFile: z.object({
    suggestedName: fileName,
    kind: z.enum(['csv', 'markdown', 'html', 'json']),
    content: z.string().max(MAX_FILE_BYTES),
  }),
  hostWorkshop: z.object({ scenarioId: z.string().min(1).max(200), fresh: z.boolean() }),
  stopWorkshop: nothing,
  currentWorkshop: nothing,
  readyToQuit: nothing,
} satisfies Record<InvokeMethod, z.ZodType>;

export type PayloadCheck = { ok: true; value: unknown } | { ok: false; detail: string };

export function checkPayload(method: InvokeMethod, payload: unknown): PayloadCheck {
  const parsed = PAYLOADS[method].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, detail: `Refused ${method}: ${z.prettifyError(parsed.error)}` };
}
