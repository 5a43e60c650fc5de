import { useTranslation } from 'react-i18next';
import { GlossaryTerm } from '../features/help/GlossaryTerm';
import { Sparkline } from './Sparkline';
import { formatValue, type FormatContext } from './format';
import { KpiDelta } from './KpiDelta';

export interface KpiCardProps {
  /** Metric id, also the glossary id when the glossary has one. */
  id: string;
  label: string;
  unit: string;
  value: number;
  /** Change since last quarter, as the engine reports it. */
  delta: number;
  history: readonly number[];
  better: 'up' | 'down';
  format: FormatContext;
  /** Glossary entry to explain the metric, when it differs from the id. */
  glossaryId?: string;
}

/** One KPI: value, change since last quarter (coloured by whether it moved the right way), trend. */
export function KpiCard(props: KpiCardProps) {
  const { t } = useTranslation('dashboard');
  const { id, label, unit, value, delta, history, better, format } = props;
  return (
    <article className="kpi-card" data-testid={`kpi-${id}`} aria-label={label}>
      <span className="kpi-label">
        <GlossaryTerm termId={props.glossaryId ?? id}>{label}</GlossaryTerm>
      </span>
      <span className="kpi-value">{formatValue(value, unit, format)}</span>
      <div className="kpi-foot">
        <KpiDelta delta={delta} unit={unit} better={better} format={format} />
        <Sparkline values={history} label={t('kpi.trend', { label, count: history.length })} />
      </div>
    </article>
  );
}
