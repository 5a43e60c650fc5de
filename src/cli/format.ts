/**
 * Human-readable output: the per-quarter table of play/replay and the percentile table of
 * batch. Machine-readable output is --json; these are for reading in a terminal.
 */
import { MINUS, moneyText, type MoneyCurrency } from '../sim/index';
import type { GameReport, ReportMetric } from './play';
import type { BatchSummary } from './batch-stats';

/** Money in the scenario's currency as the app and the engine's texts write it: "−$3.8M". */
export function formatMoney(value: number, currency: MoneyCurrency): string {
  return moneyText(value, currency).en;
}

/**
 * `value` to `digits` decimals with the product's minus sign (MINUS, not toFixed's hyphen); a
 * figure that rounds to zero has none ("0.0", not "−0.0").
 */
export function formatFixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  if (!text.startsWith('-')) return text;
  return Number(text) === 0 ? text.slice(1) : `${MINUS}${text.slice(1)}`;
}

const pct = (v: number) => `${formatFixed(v * 100, 1)}%`;
const fixed = (digits: number) => (v: number) => formatFixed(v, digits);

/** Column header and formatter per reported metric. */
export function metricColumns(
  currency: MoneyCurrency,
): Record<ReportMetric, { header: string; format: (v: number) => string }> {
  const money = (v: number) => formatMoney(v, currency);
  return {
    cash: { header: 'Cash', format: money },
    arr: { header: 'ARR', format: money },
    headcount: { header: 'HC', format: fixed(0) },
    techDebt: { header: 'Debt', format: fixed(1) },
    debtTax: { header: 'DebtTax', format: pct },
    deployFrequency: { header: 'Deploy/d', format: fixed(2) },
    leadTimeDays: { header: 'Lead d', format: fixed(1) },
    changeFailureRate: { header: 'CFR', format: pct },
    mttrHours: { header: 'MTTR h', format: fixed(1) },
    incidents: { header: 'Inc', format: fixed(0) },
    attritionRate: { header: 'Attr/yr', format: pct },
    engagement: { header: 'Engage', format: fixed(1) },
    cloudCost: { header: 'Cloud', format: money },
    boardConfidence: { header: 'Board', format: fixed(1) },
  };
}

/** Left column left-aligned, the rest right-aligned, two spaces apart. */
export function renderTable(rows: string[][]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatGameTable(report: GameReport, currency: MoneyCurrency): string {
  const cols = metricColumns(currency);
  const keys = Object.keys(cols) as ReportMetric[];
  const rows = [['Q', ...keys.map((k) => cols[k].header)]];
  for (const q of report.quarters)
    rows.push([`Q${q.quarter}`, ...keys.map((k) => cols[k].format(q.metrics[k]))]);
  const o = report.outcome;
  return [
    `Scenario ${report.scenario}, seed ${report.seed}`,
    renderTable(rows),
    `Outcome: ${o.status}, score ${formatFixed(o.score, 1)}, grade ${o.grade}`,
  ].join('\n');
}

export function formatBatchTable(summary: BatchSummary, currency: MoneyCurrency): string {
  const cols = metricColumns(currency);
  const rows = [['Final quarter', 'p10', 'p50', 'p90']];
  const s = summary.score;
  rows.push(['Score', formatFixed(s.p10, 1), formatFixed(s.p50, 1), formatFixed(s.p90, 1)]);
  for (const [k, p] of Object.entries(summary.metrics) as [ReportMetric, typeof s][]) {
    const f = cols[k].format;
    rows.push([cols[k].header, f(p.p10), f(p.p50), f(p.p90)]);
  }
  const statuses = Object.entries(summary.status)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const grades = Object.entries(summary.grades)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return [
    `Scenario ${summary.scenario}, seeds 1..${summary.seeds}, ${summary.workers} worker${summary.workers === 1 ? '' : 's'}`,
    renderTable(rows),
    `Status: ${statuses}`,
    `Grades: ${grades}`,
  ].join('\n');
}
