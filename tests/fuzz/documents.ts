/** The real documents the fuzz suite mutates: built-in scenarios and saves of several formats. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  balancedPolicy,
  parseScenario,
  toSave,
  type Game,
  type Scenario,
} from '../../src/sim/index';
import { play } from '../sim/helpers';

const ROOT = resolve(__dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every built-in scenario file, as JSON (unparsed). */
export const scenarioFiles: { id: string; json: unknown }[] = readdirSync(
  resolve(ROOT, 'scenarios'),
)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const json = readJson(resolve(ROOT, 'scenarios', name)) as { id: string };
    return { id: json.id, json };
  });

const scenarios = new Map<string, Scenario>();
/** The parsed built-in scenario with this id. */
export function scenarioById(id: string): Scenario {
  let scenario = scenarios.get(id);
  if (!scenario) {
    const file = scenarioFiles.find((f) => f.id === id);
    const parsed = file && parseScenario(file.json);
    if (!parsed?.ok) throw new Error(`built-in scenario ${id} does not parse`);
    scenario = parsed.value;
    scenarios.set(id, scenario);
  }
  return scenario;
}

/** A save and the scenario it was played on. */
export type SaveCase = { name: string; scenarioId: string; save: unknown };

/**
 * The saves fixtures (format 0 and 1, which load through the migrations) and saves in the
 * current format written now: in planning with a plan draft, after some quarters, and at a
 * quarter's questions.
 */
export function realSaves(): SaveCase[] {
  const dir = resolve(ROOT, 'tests/fixtures/saves');
  const expected = readJson(resolve(dir, 'expected.json')) as Record<string, { scenario: string }>;
  const fixtures = Object.entries(expected).map(([name, { scenario }]) => ({
    name,
    scenarioId: scenario,
    save: readJson(resolve(dir, `${name}.json`)),
  }));
  const current = (id: string, seed: number, quarters: number): SaveCase => {
    const game: Game = play(scenarioById(id), seed, balancedPolicy, quarters);
    return {
      name: `${id}-q${quarters}`,
      scenarioId: id,
      save: toSave(game, { draft: balancedPolicy.decide(game) }),
    };
  };
  return [
    ...fixtures,
    current('series-b-saas', 11, 3),
    current('fintech-regulated', 12, 2),
    current(scenarioFiles[0]!.id, 13, 1),
  ];
}
