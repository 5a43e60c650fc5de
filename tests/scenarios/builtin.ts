/**
 * The built-in scenarios (scenarios/*.json) for the scenario tests: every file in the folder
 * counts, so a new scenario is covered by these tests as soon as it is added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseScenario, type Scenario } from '../../src/sim/index';

export const SCENARIO_DIR = resolve(__dirname, '../../scenarios');

export const SCENARIO_FILES: string[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

export function rawScenarioFile(file: string): unknown {
  return JSON.parse(readFileSync(resolve(SCENARIO_DIR, file), 'utf8')) as unknown;
}

/** Parses a built-in scenario, failing with every problem's JSON path. */
export function loadBuiltin(file: string): Scenario {
  const r = parseScenario(rawScenarioFile(file));
  if (!r.ok)
    throw new Error(`${file}: ${r.error.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.value;
}

export function idFromFile(file: string): string {
  return basename(file, '.json');
}

export function seedRange(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
