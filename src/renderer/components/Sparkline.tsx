/** A tiny inline trend line for a KPI's history; purely presentational (scales points to the box). */
export interface SparklineProps {
  values: readonly number[];
  width?: number;
  height?: number;
  /** Accessible description, e.g. "Cash over 5 quarters". */
  label: string;
}

export function Sparkline({ values, width = 96, height = 28, label }: SparklineProps) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length < 2) {
    return (
      <svg width={width} height={height} role="img" aria-label={label} className="sparkline">
        <line x1={0} y1={height / 2} x2={width} y2={height / 2} className="sparkline-flat" />
      </svg>
    );
  }
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const span = max - min || 1;
  const pad = 2;
  const points = finite
    .map((v, i) => {
      const x = pad + (i / (finite.length - 1)) * (width - 2 * pad);
      const y = height - pad - ((v - min) / span) * (height - 2 * pad);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  const last = points.split(' ').at(-1)?.split(',') ?? ['0', '0'];
  return (
    <svg width={width} height={height} role="img" aria-label={label} className="sparkline">
      <polyline points={points} fill="none" className="sparkline-line" />
      <circle cx={last[0]} cy={last[1]} r={2.5} className="sparkline-dot" />
    </svg>
  );
}
