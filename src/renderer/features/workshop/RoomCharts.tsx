import { useTranslation } from 'react-i18next';
import { SERIES_METRICS, type RoomView, type SeriesMetric } from '../../../shared/workshop';
import { QuarterChart } from '../../components/charts/QuarterChart';
import {
  formatFraction,
  formatMoney,
  formatNumber,
  type FormatContext,
} from '../../components/format';

const COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#a16207',
  '#7c3aed',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
];

function formatterFor(metric: SeriesMetric, format: FormatContext): (v: number) => string {
  if (metric === 'cash' || metric === 'arr') return (v) => formatMoney(v, format);
  if (metric === 'attritionRate') return (v) => formatFraction(v, format);
  return (v) => formatNumber(v, format, 1);
}

/** Every team on the same shocks: one chart per metric, one line per team. */
export function RoomCharts({ room, format }: { room: RoomView; format: FormatContext }) {
  const { t } = useTranslation('workshop');
  const quarters = Math.max(0, ...room.standings.map((s) => s.series.cash.length));
  const series = room.standings.map((s, i) => ({
    key: s.teamId,
    label: s.name,
    color: COLORS[i % COLORS.length]!,
  }));
  return (
    <div className="workshop-charts">
      {SERIES_METRICS.map((metric) => {
        const rows = Array.from({ length: quarters }, (_, q) => {
          const row: Record<string, number | string> = { quarter: `Q${q + 1}` };
          for (const s of room.standings) {
            const v = s.series[metric][q];
            if (v !== undefined) row[s.teamId] = v;
          }
          return row;
        });
        return (
          <QuarterChart
            key={metric}
            title={t(`metric.${metric}`)}
            rows={rows}
            series={series}
            formatValue={formatterFor(metric, format)}
            height={240}
          />
        );
      })}
    </div>
  );
}
