/**
 * The CLI's commands as plain functions: they return what to print and throw CliError for
 * expected failures; index.ts wires them to commander and the process.
 */
import { migrateSave, loadSave, toSave, type Scenario } from '../sim/index';
import { runMonteCarlo } from './batch';
import { formatBatchTable, formatGameTable } from './format';
import {
  CliError,
  findBuiltInScenario,
  loadScenarioFile,
  readJsonFile,
  readTextFile,
  writeFileAtomically,
} from './io';
import { EMPTY_PLAN, parsePlan, type Plan } from './plan';
import { gameReport, playPlan } from './play';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A positive integer option (seed, seed count, workers), or a CliError naming the option. */
export function parsePositiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new CliError(`${option} must be a positive integer, got "${value}".`);
  return n;
}

export function validateCommand(path: string): string {
  const s = loadScenarioFile(path);
  return `OK: "${path}" is a valid scenario "${s.id}" (${s.title.en}), ${s.horizonQuarters} quarters.`;
}

export function loadPlanFile(path: string | undefined, scenario: Scenario): Plan {
  if (path === undefined) return EMPTY_PLAN;
  const r = parsePlan(readJsonFile(path, 'Plan file'));
  if (!r.ok)
    throw new CliError(
      `Plan "${path}" is invalid (see docs/plan-format.md):\n${r.issues.map((i) => `  ${i}`).join('\n')}`,
    );
  if (r.plan.scenario !== undefined && r.plan.scenario !== scenario.id)
    throw new CliError(
      `Plan "${path}" is for scenario "${r.plan.scenario}", not "${scenario.id}".`,
    );
  return r.plan;
}

export function playCommand(
  scenarioPath: string,
  opts: { seed: string; plan?: string; save?: string; json?: boolean },
): string {
  const seed = parsePositiveInt(opts.seed, '--seed');
  const scenario = loadScenarioFile(scenarioPath);
  const plan = loadPlanFile(opts.plan, scenario);
  const r = playPlan(scenario, seed, plan);
  if (!r.ok)
    throw new CliError(
      `The engine refused the plan in quarter ${r.refusal.quarter}:\n${r.refusal.reasons.map((x) => `  ${x}`).join('\n')}` +
        (opts.save ? `\nNo save written; "${opts.save}" is unchanged.` : ''),
    );
  // Written only after a complete, accepted game, so an error never replaces an existing save.
  if (opts.save) writeFileAtomically(opts.save, `${json(toSave(r.game))}\n`);
  const report = gameReport(r.game);
  return opts.json ? json(report) : formatGameTable(report, scenario.currency);
}

export function replayCommand(
  savePath: string,
  opts: { scenario?: string; json?: boolean },
): string {
  const text = readTextFile(savePath, 'Save file');
  const migrated = migrateSave(text);
  if (!migrated.ok)
    throw new CliError(
      `Cannot replay "${savePath}" (${migrated.error.kind}): ${migrated.error.message.en}`,
    );
  const scenario = opts.scenario
    ? loadScenarioFile(opts.scenario)
    : findBuiltInScenario(migrated.value.scenario.id);
  const r = loadSave(text, scenario);
  if (!r.ok)
    throw new CliError(`Cannot replay "${savePath}" (${r.error.kind}): ${r.error.message.en}`);
  const report = gameReport(r.value);
  return opts.json ? json(report) : formatGameTable(report, scenario.currency);
}

export async function batchCommand(
  scenarioPath: string,
  opts: { seeds: string; plan?: string; workers: string; perSeed?: boolean; json?: boolean },
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  const seeds = parsePositiveInt(opts.seeds, '--seeds');
  const workers = parsePositiveInt(opts.workers, '--workers');
  const scenario = loadScenarioFile(scenarioPath);
  const plan = loadPlanFile(opts.plan, scenario);
  const summary = await runMonteCarlo(scenario, plan, seeds, {
    workers,
    includeGames: opts.perSeed === true,
    onProgress,
  });
  return opts.json ? json(summary) : formatBatchTable(summary, scenario.currency);
}
