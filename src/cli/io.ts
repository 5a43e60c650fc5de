/**
 * File input/output for the CLI: every failure becomes a CliError whose message says which
 * file and what went wrong, so the command can print it and exit 1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { MAX_FILE_BYTES } from '../shared/host-api';
import { checkJsonLimits } from '../sim/json-limits';
import { parseScenario, type Scenario } from '../sim/index';

/** An expected failure: printed as-is (no stack) and the process exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Reads a file as text; a missing or unreadable file is a CliError naming it. */
export function readTextFile(path: string, what: string): string {
  try {
    // Checked before reading: a huge file is refused at once, not after seconds and gigabytes.
    const { size } = statSync(path);
    if (size > MAX_FILE_BYTES)
      throw new CliError(
        `${what} "${path}" is ${size} bytes; files over ${MAX_FILE_BYTES} bytes are refused.`,
      );
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${what} "${path}" does not exist.`);
    if (code === 'EISDIR') throw new CliError(`${what} "${path}" is a directory, not a file.`);
    throw new CliError(`Cannot read ${what.toLowerCase()} "${path}": ${(e as Error).message}`);
  }
}

/** Reads and parses a JSON file; bad JSON is a CliError naming the file and the parser's reason. */
export function readJsonFile(path: string, what: string): unknown {
  const text = readTextFile(path, what);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${what} "${path}" is not valid JSON: ${(e as Error).message}`);
  }
  const limits = checkJsonLimits(value);
  if (limits) throw new CliError(`${what} "${path}", at ${limits.path}: ${limits.message}.`);
  return value;
}

/** Validates parsed JSON as a scenario; the error lists every problem with its JSON path. */
export function scenarioFromJson(json: unknown, path: string): Scenario {
  const r = parseScenario(json);
  if (r.ok) return r.value;
  const lines = r.error.map((i) => `  ${i.path}: ${i.message}`);
  throw new CliError(
    `Scenario "${path}" is invalid (${r.error.length} problem${r.error.length === 1 ? '' : 's'}):\n${lines.join('\n')}`,
  );
}

export function loadScenarioFile(path: string): Scenario {
  return scenarioFromJson(readJsonFile(path, 'Scenario file'), path);
}

/** The built-in scenarios folder (scenarios/ at the repository root). */
export const BUILT_IN_SCENARIOS_DIR = resolve(__dirname, '..', '..', 'scenarios');

/** Finds the built-in scenario with this id (files in scenarios/ that parse; others are skipped). */
export function findBuiltInScenario(id: string, dir = BUILT_IN_SCENARIOS_DIR): Scenario {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    throw new CliError(`The built-in scenarios folder "${dir}" cannot be read; pass --scenario.`);
  }
  const ids: string[] = [];
  for (const f of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch {
      continue;
    }
    const r = parseScenario(json);
    if (!r.ok) continue;
    if (r.value.id === id) return r.value;
    ids.push(r.value.id);
  }
  throw new CliError(
    `The save is for scenario "${id}", which is not a built-in scenario (built-in: ${ids.join(', ') || 'none'}); pass its file with --scenario.`,
  );
}

/** Writes text atomically (temp file + rename): an existing file is replaced only by a whole new one. */
export function writeFileAtomically(path: string, text: string): void {
  try {
    writeFileAtomic.sync(path, text, { encoding: 'utf8' });
  } catch (e) {
    throw new CliError(`Cannot write "${path}": ${(e as Error).message}`);
  }
}
