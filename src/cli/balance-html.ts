/**
 * The balance lab's report as one self-contained HTML file: the Markdown report's tables plus
 * inline SVG charts (score distributions, the search's progress, lever curves, option shares).
 * No scripts and no external resources, so it opens anywhere and can be attached to an issue.
 */
import type { BalanceReport, TargetCheck } from '../sim/index';
import { formatBalanceMarkdown, formatPooledMarkdown } from './balance-format';
import { barChart, closeUpStart, lineChart, rangeChart } from './svg-charts';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Minimal Markdown (headings, paragraphs, tables, code) to HTML for our own report text. */
function markdownToHtml(md: string): string {
  const blocks = md.split(/\n\n(?=[^\n])/);
  return blocks
    .map((b) => {
      if (b.startsWith('```'))
        return `<pre>${esc(b.replace(/^```\w*\n?/, '').replace(/```\s*$/, ''))}</pre>`;
      if (b.startsWith('# ')) return `<h1>${inline(b.slice(2))}</h1>`;
      if (b.startsWith('## ')) return `<h2>${inline(b.slice(3))}</h2>`;
      if (b.startsWith('|')) {
        const rows = b
          .trim()
          .split('\n')
          .filter((_, i) => i !== 1);
        return `<table>${rows
          .map((r, i) => {
            const cells = r
              .slice(1, -1)
              .split(' | ')
              .map((c) => c.trim());
            const tag = i === 0 ? 'th' : 'td';
            return `<tr>${cells.map((c) => `<${tag}>${inline(c)}</${tag}>`).join('')}</tr>`;
          })
          .join('')}</table>`;
      }
      return `<p>${inline(b)}</p>`;
    })
    .join('\n');
}

function inline(s: string): string {
  return esc(s)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/`(.+?)`/g, '<code>$1</code>');
}

function charts(r: BalanceReport): string {
  const parts: string[] = [];
  parts.push(
    '<h2>Charts</h2><h3>Score on the hold-out seeds (p10-p90, median, mean)</h3>',
    rangeChart(
      r.policies.map((p) => ({ label: p.name, lo: p.p10, mid: p.p50, hi: p.p90, mean: p.mean })),
    ),
    '<h3>Reference wins against each policy (share of paired seeds; line at 75%)</h3>',
    barChart(
      r.policies
        .filter((p) => p.vsReference)
        .map((p) => ({ label: p.name, value: (p.vsReference?.referenceWins ?? 0) * 100 })),
      { max: 100, line: 75, unit: '%' },
    ),
  );
  if (r.search)
    parts.push(
      '<h3>Search: best candidate per generation (search seeds)</h3>',
      lineChart(
        r.search.generations.map((g, i) => ({ x: i + 1, y: g.best })),
        { xLabel: 'generation', yLabel: 'score' },
      ),
    );
  for (const c of r.sensitivity ?? [])
    parts.push(
      `<h3>Lever ${esc(c.lever)}${c.bestAt === 'inside' ? '' : c.bestAt === 'flat' ? ' (flat: no difference beyond noise)' : ` (best at the ${c.bestAt})`}: mean score (axis from ${closeUpStart(c.points.map((p) => p.mean))})</h3>`,
      barChart(
        c.points.map((p) => ({ label: String(p.value), value: p.mean })),
        { unit: '', closeUp: true },
      ),
    );
  for (const o of r.options ?? [])
    parts.push(
      `<h3>${esc(o.source)}: share of ${o.draws} draws where each option is best</h3>`,
      barChart(
        o.options.map((x) => ({ label: x.option, value: x.bestShare * 100 })),
        { max: 100, line: 5, unit: '%' },
      ),
    );
  return parts.join('\n');
}

/** One scenario's report, or several with the pooled targets first. */
export function balanceHtml(
  reports: readonly BalanceReport[],
  pooled: readonly TargetCheck[],
): string {
  const title = reports.length === 1 ? (reports[0]?.scenario.title.en ?? '') : 'all scenarios';
  const body = reports
    .map((r) => `${markdownToHtml(formatBalanceMarkdown(r))}\n${charts(r)}`)
    .join('\n<hr>\n');
  const summary = reports.length > 1 ? markdownToHtml(formatPooledMarkdown(reports, pooled)) : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Balance lab: ${esc(title)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:3px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}pre{background:#f5f5f5;padding:1em;overflow:auto}
svg{display:block;margin:0.5em 0 1.5em}h3{margin-bottom:0}
</style></head><body>
${summary}
${body}
</body></html>
`;
}
