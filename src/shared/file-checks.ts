/**
 * The checks a host makes on a file's text before handing it to the renderer, shared by the
 * desktop host (main) and the browser host so both refuse the same files with the same words.
 * They look only at the envelope; the engine validates the contents (parseScenario, loadSave).
 */
import type { HostError, HostResult, LocalizedText, ScenarioSummary } from './host-api';
import { MAX_FILE_BYTES } from './host-api';

const fail = (code: HostError['code'], detail: string): { ok: false; error: HostError } => ({
  ok: false,
  error: { code, detail },
});

export function checkSize(byteLength: number, fileName: string): HostResult<void> {
  if (byteLength > MAX_FILE_BYTES) {
    return fail(
      'too-large',
      `${fileName} is ${byteLength} bytes; files over ${MAX_FILE_BYTES} bytes are refused.`,
    );
  }
  return { ok: true, value: undefined };
}

export function parseJsonText(text: string, fileName: string): HostResult<unknown> {
  if (text.trim() === '') return fail('invalid-json', `${fileName} is empty.`);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = /end of JSON input|Unterminated/i.test(reason)
      ? ' (the file looks cut off)'
      : '';
    return fail('invalid-json', `${fileName} is not valid JSON${truncated}: ${reason}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** A VPoE save announces itself with format "vpoe-save", a schemaVersion and its scenario id. */
export function checkSaveEnvelope(json: unknown, fileName: string): HostResult<unknown> {
  if (!isRecord(json)) {
    return fail('not-a-save', `${fileName}: expected a JSON object, found ${describe(json)}.`);
  }
  if (json.format !== 'vpoe-save') {
    return fail(
      'not-a-save',
      `${fileName}: field "format" must be "vpoe-save", found ${describe(json.format)}.`,
    );
  }
  const version = json.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'not-a-save',
      `${fileName}: field "schemaVersion" must be a whole number from 1, found ${describe(version)}.`,
    );
  }
  const scenario = json.scenario;
  if (!isRecord(scenario) || typeof scenario.id !== 'string' || scenario.id === '') {
    return fail('not-a-save', `${fileName}: field "scenario.id" must be a non-empty string.`);
  }
  return { ok: true, value: json };
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return isRecord(value) && typeof value.en === 'string' && typeof value.ja === 'string';
}

function optionalNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** What the start screen lists about a scenario; the engine validates the rest when it starts. */
export function summarizeScenario(json: unknown, fileName: string): HostResult<ScenarioSummary> {
  if (!isRecord(json)) {
    return fail('not-a-scenario', `${fileName}: expected a JSON object, found ${describe(json)}.`);
  }
  if (typeof json.id !== 'string' || json.id === '') {
    return fail('not-a-scenario', `${fileName}: field "id" must be a non-empty string.`);
  }
  for (const field of ['title', 'description'] as const) {
    if (!isLocalizedText(json[field])) {
      return fail(
        'not-a-scenario',
        `${fileName}: field "${field}" must be an object with "en" and "ja" strings.`,
      );
    }
  }
  return {
    ok: true,
    value: {
      id: json.id,
      fileName,
      title: json.title as LocalizedText,
      description: json.description as LocalizedText,
      difficulty: optionalNumber(json.difficulty),
      horizonQuarters: optionalNumber(json.horizonQuarters),
      currency: typeof json.currency === 'string' ? json.currency : null,
    },
  };
}
