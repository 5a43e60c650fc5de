/**
 * Summarises a V8 .cpuprofile: self time by function (with file:line), then total (inclusive)
 * time by function, top N each. Usage: npx tsx bench/cpuprofile-top.ts <file> [N]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  /** samples per source line (1-based) inside this function */
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: cpuprofile-top.ts <file.cpuprofile> [N]');
const top = Number(process.argv[3] ?? 25);
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^.*\/work\/main\//, '').replace(/^file:\/\//, '');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
p.samples.forEach((id, i) => {
  const dt = p.timeDeltas[i] ?? 0;
  all += dt;
  const node = byId.get(id);
  if (!node) return;
  self.set(label(node), (self.get(label(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (!n) break;
    const l = label(n);
    if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + dt);
    seen.add(l);
  }
});
const show = (title: string, m: Map<string, number>) => {
  process.stdout.write(`${title}\n`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${((100 * v) / all).toFixed(1).padStart(6)}%  ${k}\n`);
};
show('Self time', self);
show('\nTotal (inclusive) time', total);

// Hottest source lines (self samples), to find the statements inside a large function.
const lines = new Map<string, number>();
let ticks = 0;
for (const n of p.nodes)
  for (const t of n.positionTicks ?? []) {
    const url = n.callFrame.url.replace(/^.*\//, '');
    const key = `${url}:${t.line} (${n.callFrame.functionName || '(anonymous)'})`;
    lines.set(key, (lines.get(key) ?? 0) + t.ticks);
    ticks += t.ticks;
  }
process.stdout.write('\nHottest lines (share of line-attributed samples)\n');
for (const [k, v] of [...lines.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
  process.stdout.write(`${((100 * v) / Math.max(1, ticks)).toFixed(1).padStart(6)}%  ${k}\n`);
