/**
 * Small inline SVG charts for the CLI's HTML reports (no scripts, no external files): labelled
 * horizontal bars, ranges with a median mark, and a line. The app draws its charts with
 * recharts; a static file needs none of its interactivity.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const LABEL_W = 170;
const WIDTH = 640;
const ROW = 20;

function scale(min: number, max: number): (v: number) => number {
  const span = max - min || 1;
  return (v) => LABEL_W + ((v - min) / span) * (WIDTH - LABEL_W - 50);
}

/** Score points the axis starts below the lowest value when it does not start at zero. */
const CLOSE_UP_MARGIN = 2;

/** Where a close-up bar chart's axis starts for these values. */
export function closeUpStart(values: readonly number[]): number {
  return Math.floor(Math.min(...values) - CLOSE_UP_MARGIN);
}

/**
 * Horizontal bars, one per item; an optional reference line (e.g. a target). With `closeUp` the
 * axis starts just below the lowest value, so differences of a point or two show (lever curves).
 */
export function barChart(
  items: readonly { label: string; value: number }[],
  opts: { max?: number; line?: number; unit: string; closeUp?: boolean },
): string {
  const values = items.map((i) => i.value);
  const max = opts.max ?? Math.max(1, ...values);
  const min =
    opts.max !== undefined ? 0 : opts.closeUp ? closeUpStart(values) : Math.min(0, ...values);
  const x = scale(min, max);
  const h = items.length * ROW + 10;
  const bars = items
    .map((it, i) => {
      const y = i * ROW + 4;
      const w = Math.max(1, x(it.value) - x(min));
      return (
        `<text x="${LABEL_W - 6}" y="${y + 13}" text-anchor="end">${esc(it.label)}</text>` +
        `<rect x="${x(min)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="#4a7bd0"/>` +
        `<text x="${(x(min) + w + 4).toFixed(1)}" y="${y + 13}">${it.value.toFixed(1)}${opts.unit}</text>`
      );
    })
    .join('');
  const line =
    opts.line !== undefined
      ? `<line x1="${x(opts.line)}" x2="${x(opts.line)}" y1="0" y2="${h}" stroke="#c33" stroke-dasharray="4 3"/>`
      : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" font-size="12">${bars}${line}</svg>`;
}

/** p10-p90 ranges with the median (tick) and mean (dot) of each item, on a 0-100 axis. */
export function rangeChart(
  items: readonly { label: string; lo: number; mid: number; hi: number; mean: number }[],
): string {
  const x = scale(0, 100);
  const h = items.length * ROW + 24;
  const rows = items
    .map((it, i) => {
      const y = i * ROW + 12;
      return (
        `<text x="${LABEL_W - 6}" y="${y + 4}" text-anchor="end">${esc(it.label)}</text>` +
        `<line x1="${x(it.lo)}" x2="${x(it.hi)}" y1="${y}" y2="${y}" stroke="#4a7bd0" stroke-width="6"/>` +
        `<line x1="${x(it.mid)}" x2="${x(it.mid)}" y1="${y - 7}" y2="${y + 7}" stroke="#123" stroke-width="2"/>` +
        `<circle cx="${x(it.mean)}" cy="${y}" r="3" fill="#c33"/>`
      );
    })
    .join('');
  const ticks = [0, 20, 40, 60, 80, 100]
    .map((v) => `<text x="${x(v)}" y="${h - 2}" text-anchor="middle">${v}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" font-size="12">${rows}${ticks}</svg>`;
}

/** A line through points, with its axis labels. */
export function lineChart(
  points: readonly { x: number; y: number }[],
  opts: { xLabel: string; yLabel: string },
): string {
  const h = 180;
  if (points.length === 0) return '';
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.floor(Math.min(...ys)) - 1, Math.ceil(Math.max(...ys)) + 1];
  const px = (v: number) => 50 + ((v - x0) / (x1 - x0 || 1)) * (WIDTH - 80);
  const py = (v: number) => h - 30 - ((v - y0) / (y1 - y0 || 1)) * (h - 50);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${h}" font-size="12">` +
    `<path d="${path}" fill="none" stroke="#4a7bd0" stroke-width="2"/>` +
    `<text x="50" y="${h - 8}">${esc(opts.xLabel)} ${x0}</text><text x="${WIDTH - 30}" y="${h - 8}" text-anchor="end">${x1}</text>` +
    `<text x="4" y="${py(y1) + 4}">${y1}</text><text x="4" y="${py(y0) + 4}">${y0}</text>` +
    `<text x="4" y="12">${esc(opts.yLabel)}</text></svg>`
  );
}
