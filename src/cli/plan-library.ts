/**
 * The kept plans of `sim balance --plan-library <dir>` (src/sim/analysis/balance/plan-library.ts):
 * <dir>/<scenario id>.json holds the fixed plans earlier searches found; they join the search as
 * candidates, and a plan a search finds that beats them is added. A file that is not a library
 * for the scenario is refused with its path (parsePlanLibrary says what is wrong); a stale plan, or
 * one the game would refuse, is skipped, named, and kept in the file as it was.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  emptyLibrary,
  parsePlanLibrary,
  withKeptPlan,
  type KeptPlan,
  type ParsedLibrary,
  type Scenario,
} from '../sim/index';
import { CliError, readJsonFile, writeFileAtomically } from './io';

export interface LoadedLibrary extends ParsedLibrary {
  path: string;
}

/** The library for a scenario in `dir` (an empty one when the file does not exist yet). */
export function readPlanLibrary(dir: string, scenario: Scenario): LoadedLibrary {
  const path = join(dir, `${scenario.id}.json`);
  if (!existsSync(path)) return { path, library: emptyLibrary(scenario.id), skipped: [], raw: [] };
  const r = parsePlanLibrary(readJsonFile(path, 'Plan library'), scenario);
  if (!r.ok)
    throw new CliError(
      `Plan library "${path}": ${r.problems[0]}${r.problems
        .slice(1)
        .map((p) => `\n  ${p}`)
        .join('')}`,
    );
  return { path, ...r.value };
}

/**
 * Adds a plan to the library file (atomically) unless an equal plan is kept already; the plans
 * the file held, stale ones included, stay as they were. Returns the plan as kept (its name
 * made unique: withKeptPlan), or null when it was kept already.
 */
export function keepPlan(loaded: LoadedLibrary, plan: KeptPlan): KeptPlan | null {
  const { kept } = withKeptPlan(loaded.library, plan);
  if (!kept) return null;
  const file = { ...loaded.library, plans: [...loaded.raw, kept] };
  mkdirSync(dirname(loaded.path), { recursive: true });
  writeFileAtomically(loaded.path, `${JSON.stringify(file, null, 2)}\n`);
  return kept;
}
