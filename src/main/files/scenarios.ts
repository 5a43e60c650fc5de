/**
 * Scenario files: the built-in ones in scenarios/ and any file the player opens. Only the
 * summary is checked here; the engine's parseScenario validates the whole scenario.
 */
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { HostResult, LoadedScenario, ScenarioListing } from '../../shared/host-api';
import { summarizeScenario } from '../../shared/file-checks';
import { readJsonFile } from './read-file';

export async function readScenarioFile(path: string): Promise<HostResult<LoadedScenario>> {
  const json = await readJsonFile(path);
  if (!json.ok) return json;
  const summary = summarizeScenario(json.value, basename(path));
  if (!summary.ok) return summary;
  return { ok: true, value: { summary: summary.value, json: json.value } };
}

async function scenarioFileNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

export async function listBuiltInScenarios(dir: string): Promise<ScenarioListing> {
  const listing: ScenarioListing = { scenarios: [], problems: [] };
  for (const fileName of await scenarioFileNames(dir)) {
    const loaded = await readScenarioFile(join(dir, fileName));
    if (loaded.ok) listing.scenarios.push(loaded.value.summary);
    else listing.problems.push({ fileName, error: loaded.error });
  }
  return listing;
}

export async function loadBuiltInScenario(
  dir: string,
  id: string,
): Promise<HostResult<LoadedScenario>> {
  for (const fileName of await scenarioFileNames(dir)) {
    const loaded = await readScenarioFile(join(dir, fileName));
    if (loaded.ok && loaded.value.summary.id === id) return loaded;
  }
  return {
    ok: false,
    error: { code: 'not-found', detail: `No built-in scenario has id "${id}".` },
  };
}
