import { useTranslation } from 'react-i18next';
import type { MetricId, QuarterRecord } from '../../../sim/index';
import { QuarterChart } from '../../components/charts/QuarterChart';
import { WhenVisible } from '../../components/WhenVisible';
import {
  formatFraction,
  formatMoney,
  formatNumber,
  type FormatContext,
} from '../../components/format';

export interface HistoryChartsProps {
  history: QuarterRecord[];
  format: FormatContext;
}

interface ChartSpec {
  id: string;
  metrics: MetricId[];
  kind: 'money' | 'fraction' | 'number';
}

/** Grouped so that each chart's lines share one unit and scale. */
const CHARTS: ChartSpec[] = [
  { id: 'money', metrics: ['cash', 'arr', 'cloudCost'], kind: 'money' },
  { id: 'health', metrics: ['engagement', 'csat', 'boardConfidence'], kind: 'number' },
  { id: 'rates', metrics: ['debtTax', 'changeFailureRate', 'attritionRate'], kind: 'fraction' },
  { id: 'volume', metrics: ['headcount', 'featuresDelivered', 'incidents'], kind: 'number' },
];
const COLORS = ['#1d4ed8', '#b45309', '#047857'];

/** Headline metrics over the quarters played (selectHistory), four charts. */
export function HistoryCharts({ history, format }: HistoryChartsProps) {
  const { t } = useTranslation('dashboard');
  if (history.length === 0) return <p className="muted">{t('noHistory')}</p>;
  const formatters = {
    money: (v: number) => formatMoney(v, format),
    fraction: (v: number) => formatFraction(v, format, 0),
    number: (v: number) => formatNumber(v, format, 1),
  };
  return (
    <div className="two-col">
      {CHARTS.map((chart) => (
        <WhenVisible key={chart.id} minHeight={280}>
          <QuarterChart
            title={t(`chart.${chart.id}`)}
            rows={history.map((r) => ({
              quarter: t('quarterShort', { n: r.quarter }),
              ...Object.fromEntries(chart.metrics.map((m) => [m, r.metrics[m]])),
            }))}
            series={chart.metrics.map((m, i) => ({
              key: m,
              label: t(`metric.${m}`),
              color: COLORS[i]!,
            }))}
            formatValue={formatters[chart.kind]}
          />
        </WhenVisible>
      ))}
    </div>
  );
}
