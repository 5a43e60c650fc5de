/**
 * `sim balance <scenario>`: the balance lab (src/sim/analysis/balance) on the batch worker
 * processes, printed as Markdown, one JSON document, or written as a self-contained HTML report.
 */
import {
  DEFAULT_LAB_SETTINGS,
  LAB_SECTIONS,
  runBalanceLab,
  type BalanceReport,
  type LabProgress,
  type LabSection,
} from '../sim/index';
import { formatBalanceMarkdown } from './balance-format';
import { balanceHtml } from './balance-html';
import { parsePositiveInt } from './commands';
import { CliError, loadScenarioFile, writeFileAtomically } from './io';
import { labPool } from './lab-workers';

export interface BalanceOptions {
  seeds?: string;
  budget?: string;
  workers: string;
  sections?: string;
  json?: boolean;
  html?: string;
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

export async function balanceReport(
  scenarioPath: string,
  opts: BalanceOptions,
  onProgress?: (p: LabProgress) => void,
): Promise<BalanceReport> {
  const scenario = loadScenarioFile(scenarioPath);
  const settings = {
    ...DEFAULT_LAB_SETTINGS,
    ...(opts.seeds !== undefined ? { seeds: parsePositiveInt(opts.seeds, '--seeds') } : {}),
    ...(opts.budget !== undefined ? { budget: parsePositiveInt(opts.budget, '--budget') } : {}),
    sections: sectionsOf(opts.sections),
  };
  const pool = await labPool(scenario, parsePositiveInt(opts.workers, '--workers'));
  try {
    return await runBalanceLab(scenario, settings, pool.evaluate, onProgress);
  } finally {
    await pool.close();
  }
}

export async function balanceCommand(
  scenarioPath: string,
  opts: BalanceOptions,
  onProgress?: (p: LabProgress) => void,
): Promise<string> {
  const report = await balanceReport(scenarioPath, opts, onProgress);
  if (opts.html) writeFileAtomically(opts.html, balanceHtml(report));
  if (opts.json) return JSON.stringify(report, null, 2);
  const md = formatBalanceMarkdown(report);
  return opts.html ? `${md}\nWrote ${opts.html}` : md;
}
