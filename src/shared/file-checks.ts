/**
 * The checks a host makes on a file's text before handing it to the renderer, shared by the
 * desktop host (main) and the browser host so both refuse the same files with the same words.
 * They look only at the envelope; the engine validates the contents (parseScenario, loadSave).
 */
import type { HostError, HostResult, LocalizedText, ScenarioSummary } from './host-api';
import { MAX_FILE_BYTES } from './host-api';
import { checkJsonLimits, looksCutOff } from '../sim/json-limits';

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

/**
 * Parses a file's text as JSON and checks the document's shape (nesting, list lengths, text
 * lengths: the engine's JSON_LIMITS) before anything stores or validates it, so a crafted file
 * is refused at once with what and where, never after seconds of work or a failed store.
 */
export function parseJsonText(text: string, fileName: string): HostResult<unknown> {
  if (text.trim() === '') return fail('invalid-json', `${fileName} is empty.`);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const truncated = looksCutOff(text) ? ' (the file looks cut off)' : '';
    return fail('invalid-json', `${fileName} is not valid JSON${truncated}: ${reason}`);
  }
  const limits = checkJsonLimits(value);
  if (limits) return fail('too-large', `${fileName}, at ${limits.path}: ${limits.message}.`);
  return { ok: true, value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** What a host needs to know about a save to store and list it. */
export type SaveEnvelope = {
  json: unknown;
  /** The scenario the game was played on (listed with autosaves, used to load the scenario). */
  scenarioId: string;
  /** 0 for the prototype's format (migrated by the engine), else the save's schemaVersion. */
  formatVersion: number;
};

/**
 * A VPoE save announces itself with format "vpoe-save", a schemaVersion and its scenario id; the
 * prototype's version-0 saves ({ version: 0, scenarioId, seed, quarters }) have no format field
 * and are accepted too, because the engine migrates them (src/sim/save.ts migrateSave). Newer
 * schema versions pass here so the engine can say "written by a newer version".
 */
export function checkSaveEnvelope(json: unknown, fileName: string): HostResult<SaveEnvelope> {
  if (!isRecord(json)) {
    return fail('not-a-save', `${fileName}: expected a JSON object, found ${describe(json)}.`);
  }
  if (json.format === undefined && json.version !== undefined) return checkVersion0(json, fileName);
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
  return { ok: true, value: { json, scenarioId: scenario.id, formatVersion: version } };
}

/** The prototype's format: no "format" field, "version": 0, the scenario id at the top. */
function checkVersion0(json: Record<string, unknown>, fileName: string): HostResult<SaveEnvelope> {
  if (json.version !== 0) {
    return fail(
      'not-a-save',
      `${fileName}: field "format" must be "vpoe-save" (or "version" 0 for a save of the first release), found "version" ${describe(json.version)} and no "format".`,
    );
  }
  if (typeof json.scenarioId !== 'string' || json.scenarioId === '') {
    return fail(
      'not-a-save',
      `${fileName}: a version-0 save needs field "scenarioId" as a non-empty string, found ${describe(json.scenarioId)}.`,
    );
  }
  if (!Array.isArray(json.quarters)) {
    return fail(
      'not-a-save',
      `${fileName}: a version-0 save needs field "quarters" as a list, found ${describe(json.quarters)}.`,
    );
  }
  return { ok: true, value: { json, scenarioId: json.scenarioId, formatVersion: 0 } };
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
