import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { tooltipValue } from './tooltip';

export interface QuarterSeries {
  key: string;
  label: string;
  color: string;
}

export interface QuarterChartProps {
  title: string;
  /** One row per quarter: { quarter: 'Q1', <series key>: value, ... } as selected from the engine. */
  rows: Record<string, number | string>[];
  series: QuarterSeries[];
  formatValue: (value: number) => string;
  height?: number;
}

/** Lines over the quarters; the heading doubles as the chart's accessible name. */
export function QuarterChart({
  title,
  rows,
  series,
  formatValue,
  height = 220,
}: QuarterChartProps) {
  return (
    <figure className="chart-box" aria-label={title}>
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
          <XAxis dataKey="quarter" tick={{ fontSize: 13 }} />
          {/* As wide as its labels: "3,400万ドル" was cut to ",400万ドル" in a 72 px axis. */}
          <YAxis
            tick={{ fontSize: 13 }}
            width="auto"
            tickFormatter={(v: number) => formatValue(v)}
          />
          <Tooltip formatter={tooltipValue(formatValue)} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
