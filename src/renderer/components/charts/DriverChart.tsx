import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { tooltipValue } from './tooltip';

export interface DriverBar {
  id: string;
  label: string;
  value: number;
}

export interface DriverChartProps {
  title: string;
  parts: DriverBar[];
  formatValue: (value: number) => string;
  /** Whether a rise of this metric is good, to colour the parts. */
  better: 'up' | 'down';
}

/**
 * A metric's change split into its drivers, as horizontal signed bars (the engine guarantees the
 * parts add up to the change). Green bars moved the metric the good way, red the bad way.
 */
export function DriverChart({ title, parts, formatValue, better }: DriverChartProps) {
  const height = 40 + parts.length * 30;
  return (
    <figure className="chart-box" aria-label={title}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={parts} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#d5dbe3" />
          <XAxis
            type="number"
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => formatValue(v)}
          />
          <YAxis type="category" dataKey="label" width={240} tick={{ fontSize: 12 }} />
          <Tooltip formatter={tooltipValue(formatValue)} />
          <ReferenceLine x={0} stroke="#4a5568" />
          <Bar dataKey="value" isAnimationActive={false}>
            {parts.map((p) => (
              <Cell key={p.id} fill={p.value >= 0 === (better === 'up') ? '#2f855a' : '#c53030'} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {parts.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.label}</th>
              <td>{formatValue(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
