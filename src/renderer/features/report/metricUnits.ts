import type { Kpi } from '../../../sim/index';

export interface MetricPresentation {
  unit: string;
  better: 'up' | 'down';
}

/**
 * How to show a metric, taken from the engine's KPI list (its unit and which way is better).
 * Metrics that are not KPIs are shown as plain numbers, treating a rise as good.
 */
export function metricPresentation(kpis: Kpi[]): (metric: string) => MetricPresentation {
  const byId = new Map(kpis.map((k) => [k.id as string, { unit: k.unit, better: k.better }]));
  return (metric) => byId.get(metric) ?? { unit: 'number', better: 'up' };
}
