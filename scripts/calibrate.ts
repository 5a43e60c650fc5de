/**
 * Calibration report: plays every built-in scenario (or the files given) over many seeds with
 * the reference policies and prints the figures of docs/model.md, brief 5 (medians and spreads) and
 * the section-6 policy comparisons (items 13 and 14), so a model change can be re-checked.
 *
 *   npx tsx scripts/calibrate.ts                      # all scenarios, seeds 1..300
 *   npx tsx scripts/calibrate.ts --seeds 100 scenarios/series-b-saas.json
 *   npx tsx scripts/calibrate.ts --json > calibration.json
 *
 * Figures (docs/model.md, "Calibration"):
 * - quarter figures pool every played quarter of every seed under the balanced policy;
 * - company-year figures take each game's years 1-3 as the balance lab does
 *   (src/sim/analysis/balance/company-years.ts): growth = ARR year over year, operating
 *   margin = (revenue - costs) / revenue over the year (financing excluded), Rule of 40 met
 *   when growth + margin >= 40 points, burn multiple = the year's net burn / its net new ARR
 *   (Sacks 2020; a profitable year counts as 0, a year without net new ARR as 99);
 * - policy comparisons are paired: the same seed for both policies, the balanced policy wins a
 *   seed when its score is strictly higher.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  balancedPolicy,
  carelessPolicy,
  companyYears,
  extremePolicies,
  newGame,
  parseScenario,
  runBatch,
  type BatchResult,
  type Policy,
  type Scenario,
} from '../src/sim/index';

const ROOT = resolve(__dirname, '..');

interface Args {
  seeds: number;
  files: string[];
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seeds: 300, files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seeds') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 2)
        throw new Error(`--seeds needs a whole number of at least 2, got "${argv[i] ?? ''}"`);
      args.seeds = n;
    } else if (a === '--json') args.json = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: npx tsx scripts/calibrate.ts [--seeds N] [--json] [scenario.json ...]\n',
      );
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option "${a}" (try --help)`);
    else args.files.push(resolve(a));
  }
  if (args.files.length === 0) {
    const dir = resolve(ROOT, 'scenarios');
    args.files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => resolve(dir, f));
  }
  return args;
}

function load(file: string): Scenario {
  const r = parseScenario(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  if (!r.ok)
    throw new Error(`${file}: ${r.error.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.value;
}

/** Percentile by linear interpolation between closest ranks (as the CLI's batch summary). */
function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!);
}

interface Spread {
  p10: number;
  p50: number;
  p90: number;
}

const spread = (xs: readonly number[]): Spread => ({
  p10: pct(xs, 0.1),
  p50: pct(xs, 0.5),
  p90: pct(xs, 0.9),
});

const share = (xs: readonly boolean[]) => xs.filter(Boolean).length / Math.max(1, xs.length);

function grades(rs: readonly BatchResult[]): Record<string, number> {
  const out: Record<string, number> = { S: 0, A: 0, B: 0, C: 0, D: 0, F: 0 };
  for (const r of rs) out[r.grade] = (out[r.grade] ?? 0) + 1;
  return out;
}

function statuses(rs: readonly BatchResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rs) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}

/** The scenario's own starting plan, kept every quarter, default option for every choice. */
const startingPlanPolicy: Policy = {
  name: 'starting-plan',
  decide: (game) => structuredClone(game.scenario.startingDecisions),
  choose: (_game, ev) => ev.defaultOptionId,
};

function report(file: string, seedCount: number) {
  const scenario = load(file);
  const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
  const balanced = runBatch(scenario, seeds, balancedPolicy);
  // Quarter 0 runs on expected values (no draws): the same for every seed.
  const baseline = newGame(scenario, 1).baseline;
  const played = balanced.flatMap((r) => r.metrics);
  const years = balanced.flatMap((r) => companyYears(baseline, r.metrics));
  const burning = played.filter((m) => m.burnMultiple > 0).map((m) => m.burnMultiple);
  const last = balanced.map((r) => r.final);
  const business = {
    growthQuarterAnnualised: spread(played.map((m) => m.growth)),
    growthYearOverYear: spread(years.map((y) => y.growth)),
    nrr: spread(played.map((m) => m.nrr)),
    grossMargin: spread(played.map((m) => m.grossMargin)),
    operatingMarginYear: spread(years.map((y) => y.operatingMargin)),
    ruleOf40ShareQuarters: share(played.map((m) => m.ruleOf40 >= 40)),
    ruleOf40ShareYears: share(years.map((y) => y.ruleOf40 >= 40)),
    burnMultipleQuarter: spread(played.map((m) => m.burnMultiple)),
    burnMultipleBurningQuarters: spread(burning),
    burningQuarterShare: burning.length / Math.max(1, played.length),
    burnMultipleYear: spread(years.map((y) => y.burnMultiple)),
    rdShareOfRevenue: spread(played.map((m) => (m.costPerEngineer * m.headcount) / m.revenue)),
  };
  const engineering = {
    attritionAnnual: spread(played.map((m) => m.attritionRate)),
    engagement: spread(played.map((m) => m.engagement)),
    debtTaxStart: baseline.debtTax,
    debtTaxFinal: spread(last.map((m) => m.debtTax)),
    incidentsPerQuarter: spread(played.map((m) => m.incidents)),
    deploysPerDayFinal: spread(last.map((m) => m.deployFrequency)),
    leadTimeDaysFinal: spread(last.map((m) => m.leadTimeDays)),
    changeFailureRateFinal: spread(last.map((m) => m.changeFailureRate)),
    mttrHoursFinal: spread(last.map((m) => m.mttrHours)),
    headcountFinal: spread(last.map((m) => m.headcount)),
    breachesPerGame: played.reduce((a, m) => a + m.breaches, 0) / balanced.length,
  };
  const others = [carelessPolicy, startingPlanPolicy, ...extremePolicies].map((policy) => {
    const rs = runBatch(scenario, seeds, policy);
    return {
      policy: policy.name ?? 'unnamed',
      balancedWins: share(balanced.map((b, i) => b.score > rs[i]!.score)),
      score: spread(rs.map((r) => r.score)),
      grades: grades(rs),
      status: statuses(rs),
    };
  });
  return {
    scenario: basename(file, '.json'),
    seeds: seedCount,
    balanced: {
      score: spread(balanced.map((r) => r.score)),
      grades: grades(balanced),
      status: statuses(balanced),
    },
    business,
    engineering,
    policies: others,
  };
}

type Report = ReturnType<typeof report>;

const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
const sp = (s: Spread, fmt: (x: number) => string = f) =>
  `${fmt(s.p50)} (p10 ${fmt(s.p10)}, p90 ${fmt(s.p90)})`;

function print(r: Report): string {
  const b = r.business;
  const e = r.engineering;
  const lines = [
    `== ${r.scenario}: ${r.seeds} seeds, balanced policy`,
    `score ${sp(r.balanced.score, (x) => f(x, 1))}; grades ${JSON.stringify(r.balanced.grades)}; ${JSON.stringify(r.balanced.status)}`,
    '-- business (docs/model.md, brief 5: growth ~22% public median; NRR 100-110%; gross margin ~75%; Rule of 40 ~16% of company-years; burn multiple <1 amazing, 1-1.5 great, 1.5-2 good, 2-3 suspect)',
    `growth, quarter annualised   ${sp(b.growthQuarterAnnualised, pc)}`,
    `growth, year over year       ${sp(b.growthYearOverYear, pc)}`,
    `NRR                          ${sp(b.nrr, pc)}`,
    `gross margin                 ${sp(b.grossMargin, pc)}`,
    `operating margin, year       ${sp(b.operatingMarginYear, pc)}`,
    `Rule of 40 met               ${pc(b.ruleOf40ShareQuarters)} of quarters, ${pc(b.ruleOf40ShareYears)} of company-years`,
    `burn multiple, quarter       ${sp(b.burnMultipleQuarter)} (profitable = 0)`,
    `burn multiple, burning qtrs  ${sp(b.burnMultipleBurningQuarters)} (${pc(b.burningQuarterShare)} of quarters burn)`,
    `burn multiple, year          ${sp(b.burnMultipleYear)}`,
    `R&D share of revenue         ${sp(b.rdShareOfRevenue, pc)}`,
    '-- engineering and people',
    `attrition, annualised        ${sp(e.attritionAnnual, pc)}`,
    `engagement                   ${sp(e.engagement, (x) => f(x, 1))}`,
    `debt tax start -> final      ${pc(e.debtTaxStart)} -> ${sp(e.debtTaxFinal, pc)}`,
    `incidents a quarter          ${sp(e.incidentsPerQuarter, (x) => f(x, 1))}`,
    `final deploys a day          ${sp(e.deploysPerDayFinal)}`,
    `final lead time, days        ${sp(e.leadTimeDaysFinal, (x) => f(x, 1))}`,
    `final change failure rate    ${sp(e.changeFailureRateFinal, pc)}`,
    `final time to restore, hours ${sp(e.mttrHoursFinal, (x) => f(x, 1))}`,
    `final head count             ${sp(e.headcountFinal, (x) => f(x, 0))}`,
    `breaches a game              ${f(e.breachesPerGame)}`,
    '-- policies (paired seeds; docs/model.md, brief 6.13: each extreme loses in most seeds; 6.14: careless loses in >= 95%)',
  ];
  for (const p of r.policies)
    lines.push(
      `${p.policy.padEnd(14)} balanced wins ${pc(p.balancedWins).padStart(6)}; score ${sp(p.score, (x) => f(x, 1))}; grades ${JSON.stringify(p.grades)}; ${JSON.stringify(p.status)}`,
    );
  return lines.join('\n');
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const reports: Report[] = [];
  for (const file of args.files) {
    const r = report(file, args.seeds);
    reports.push(r);
    if (!args.json) process.stdout.write(`${print(r)}\n\n`);
  }
  if (args.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
}

try {
  main();
} catch (err) {
  process.stderr.write(`calibrate: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
