/**
 * `sim balance <scenario...>`: the balance lab (src/sim/analysis/balance) on the batch worker
 * processes, printed as Markdown or one JSON document; --html writes a self-contained report
 * with charts, --out-dir one Markdown and one HTML report per scenario plus an index with the
 * targets pooled over the scenarios (docs/balance/ is made this way).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkPooledTargets,
  DEFAULT_LAB_SETTINGS,
  ENGINE_VERSION,
  FOUND_BY_SEARCH,
  keptPlanOf,
  LAB_SECTIONS,
  runBalanceLab,
  type BalanceReport,
  type LabProgress,
  type LabSection,
} from '../sim/index';
import { formatBalanceMarkdown, formatPooledMarkdown, polishedPlanName } from './balance-format';
import { balanceHtml } from './balance-html';
import { parsePositiveInt } from './commands';
import { CliError, loadScenarioFile, writeFileAtomically } from './io';
import { labPool } from './lab-workers';
import { keepPlan, readPlanLibrary, type LoadedLibrary } from './plan-library';

export interface BalanceOptions {
  seeds?: string;
  budget?: string;
  searchSeed?: string;
  planSeeds?: string;
  foresightSeeds?: string;
  foresightBudget?: string;
  workers: string;
  sections?: string;
  json?: boolean;
  html?: string;
  outDir?: string;
  planLibrary?: string;
}

function sectionsOf(text: string | undefined): LabSection[] {
  if (text === undefined) return [...LAB_SECTIONS];
  const asked = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = asked.filter((s) => !(LAB_SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0 || asked.length === 0)
    throw new CliError(`--sections must list some of ${LAB_SECTIONS.join(', ')} (got "${text}").`);
  return asked as LabSection[];
}

export async function balanceReports(
  scenarioPaths: readonly string[],
  opts: BalanceOptions,
  onProgress?: (p: LabProgress & { scenario: string }) => void,
  /** what happened to the plan library: plans skipped (stale, or refused by the game), plans kept */
  onNote?: (line: string) => void,
): Promise<BalanceReport[]> {
  // Every file is checked before any game is played, the plan libraries too.
  const scenarios = scenarioPaths.map((p) => loadScenarioFile(p));
  const libraries = new Map<string, LoadedLibrary>();
  if (opts.planLibrary !== undefined)
    for (const scenario of scenarios) {
      const loaded = readPlanLibrary(opts.planLibrary, scenario);
      for (const why of loaded.skipped) onNote?.(`${loaded.path}: skipped ${why}`);
      libraries.set(scenario.id, loaded);
    }
  const settings = {
    ...DEFAULT_LAB_SETTINGS,
    ...(opts.seeds !== undefined ? { seeds: parsePositiveInt(opts.seeds, '--seeds') } : {}),
    ...(opts.budget !== undefined ? { budget: parsePositiveInt(opts.budget, '--budget') } : {}),
    sections: sectionsOf(opts.sections),
    ...(opts.searchSeed !== undefined
      ? { searchSeed: parsePositiveInt(opts.searchSeed, '--search-seed') }
      : {}),
    ...(opts.planSeeds !== undefined
      ? { searchSeeds: parsePositiveInt(opts.planSeeds, '--plan-seeds') }
      : {}),
    ...(opts.foresightSeeds !== undefined
      ? { foresightSeeds: parsePositiveInt(opts.foresightSeeds, '--foresight-seeds') }
      : {}),
    ...(opts.foresightBudget !== undefined
      ? { foresightBudget: parsePositiveInt(opts.foresightBudget, '--foresight-budget') }
      : {}),
  };
  const workers = parsePositiveInt(opts.workers, '--workers');
  const reports: BalanceReport[] = [];
  for (const scenario of scenarios) {
    const library = libraries.get(scenario.id);
    const kept = library?.library.plans ?? [];
    const pool = await labPool(scenario, workers);
    let report: BalanceReport;
    try {
      report = await runBalanceLab(
        scenario,
        settings,
        pool.evaluate,
        (p) => onProgress?.({ ...p, scenario: scenario.id }),
        kept,
      ).catch((e: unknown) => {
        // The lab refuses settings it cannot honour (a budget too small for the search).
        if (e instanceof RangeError) throw new CliError(`--budget: ${e.message}`);
        throw e;
      });
    } finally {
      await pool.close();
    }
    reports.push(report);
    // A plan this search found (not one it was given) is kept for the searches after it.
    const search = report.search;
    if (library && search?.source === FOUND_BY_SEARCH) {
      const name = `${scenario.id} engine ${ENGINE_VERSION} search seed ${settings.searchSeed}`;
      const polished =
        search.polish.changes.length > 0
          ? `, then ${search.polish.changes.length} answers of ${polishedPlanName(search.polish.from)} improved on ${search.polish.seeds.length} seeds`
          : '';
      const foundBy = `sim balance on engine ${ENGINE_VERSION}: search seed ${settings.searchSeed}, ${search.games} games on ${search.searchSeeds.length} search seeds${polished}; ${search.searchScore.toFixed(1)} on the search seeds`;
      const kept = keepPlan(library, keptPlanOf(search.plan, name, foundBy));
      if (kept) onNote?.(`${library.path}: kept the best plan found ("${kept.name}")`);
    }
  }
  return reports;
}

/**
 * The reports of the current engine version kept in an --out-dir (one <scenario>.json each),
 * in scenario order; a file that is not such a report is an error naming it.
 */
export function keptReports(dir: string): BalanceReport[] {
  const out: BalanceReport[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const path = join(dir, f);
    let r: Partial<BalanceReport>;
    try {
      r = JSON.parse(readFileSync(path, 'utf8')) as Partial<BalanceReport>;
    } catch (e) {
      throw new CliError(`${path}: not a balance report (${(e as Error).message}).`);
    }
    if (!r.scenario || !Array.isArray(r.policies) || !Array.isArray(r.targets) || !r.calibration)
      throw new CliError(`${path}: not a balance report (no scenario, policies or targets).`);
    if (r.engineVersion === ENGINE_VERSION) out.push(r as BalanceReport);
  }
  return out;
}

export async function balanceCommand(
  scenarioPaths: readonly string[],
  opts: BalanceOptions,
  onProgress?: (p: LabProgress & { scenario: string }) => void,
  onNote?: (line: string) => void,
): Promise<string> {
  // A stray file in the report folder is refused before any game is played.
  if (opts.outDir && existsSync(opts.outDir)) keptReports(opts.outDir);
  const reports = await balanceReports(scenarioPaths, opts, onProgress, onNote);
  const pooled = reports.length > 1 ? checkPooledTargets(reports) : [];
  const wrote: string[] = [];
  if (opts.html) {
    writeFileAtomically(opts.html, balanceHtml(reports, pooled));
    wrote.push(opts.html);
  }
  if (opts.outDir) {
    mkdirSync(opts.outDir, { recursive: true });
    for (const r of reports) {
      const base = join(opts.outDir, r.scenario.id);
      writeFileAtomically(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
      writeFileAtomically(`${base}.md`, formatBalanceMarkdown(r));
      writeFileAtomically(`${base}.html`, balanceHtml([r], []));
      wrote.push(`${base}.json`, `${base}.md`, `${base}.html`);
    }
    // The index pools every report kept in the folder, so scenarios can be run one at a time.
    const kept = keptReports(opts.outDir);
    const index = join(opts.outDir, 'README.md');
    writeFileAtomically(index, formatPooledMarkdown(kept, checkPooledTargets(kept)));
    wrote.push(index);
  }
  if (opts.json)
    return JSON.stringify(reports.length === 1 ? reports[0] : { reports, pooled }, null, 2);
  const md =
    reports.length === 1
      ? formatBalanceMarkdown(reports[0] as BalanceReport)
      : formatPooledMarkdown(reports, pooled);
  return wrote.length > 0 ? `${md}\nWrote ${wrote.join(', ')}` : md;
}
