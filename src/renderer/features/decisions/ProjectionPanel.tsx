import { useTranslation } from 'react-i18next';
import type { Projection } from '../../../sim/index';
import {
  formatFraction,
  formatMoney,
  formatNumber,
  formatValue,
  type FormatContext,
} from '../../components/format';
import { GlossaryTerm } from '../help/GlossaryTerm';

export interface ProjectionPanelProps {
  projection: Projection | undefined;
  format: FormatContext;
}

/** The engine's forecast of the plan being edited (previewQuarter); updates on every edit. */
export function ProjectionPanel({ projection, format }: ProjectionPanelProps) {
  const { t } = useTranslation('decisions');
  if (!projection) {
    return (
      <section className="panel projection" aria-live="polite" data-testid="projection">
        <h2>{t('projection.title')}</h2>
        <p className="muted">{t('projection.unavailable')}</p>
      </section>
    );
  }
  const rows: { id: string; glossary: string; value: string }[] = [
    { id: 'cashEnd', glossary: 'cash', value: formatMoney(projection.cashEnd, format) },
    {
      id: 'runwayQuarters',
      glossary: 'runway',
      value: formatValue(projection.runwayQuarters, 'runway', format),
    },
    { id: 'revenue', glossary: 'revenue', value: formatMoney(projection.revenue, format) },
    { id: 'costs', glossary: 'burn', value: formatMoney(projection.costs, format) },
    {
      id: 'capacity',
      glossary: 'capacity',
      value: t('projection.engineerQuarters', { n: formatNumber(projection.capacity, format, 1) }),
    },
    {
      id: 'featuresDelivered',
      glossary: 'features',
      value: formatNumber(projection.featuresDelivered, format, 1),
    },
    {
      id: 'debtTaxNext',
      glossary: 'debtTax',
      value: formatFraction(projection.debtTaxNext, format),
    },
    {
      id: 'incidentRisk',
      glossary: 'incidents',
      value: formatNumber(projection.incidentRisk, format, 1),
    },
    {
      id: 'breachRisk',
      glossary: 'breachRisk',
      value: formatFraction(projection.breachRisk, format),
    },
    {
      id: 'headcountNext',
      glossary: 'headcount',
      value: formatNumber(projection.headcountNext, format, 0),
    },
  ];
  return (
    <section
      className="panel projection"
      aria-labelledby="projection-title"
      data-testid="projection"
    >
      <h2 id="projection-title">{t('projection.title')}</h2>
      <p className="muted small">{t('projection.explain')}</p>
      <dl className="projection-list" aria-live="polite">
        {rows.map((row) => (
          <div key={row.id} className="projection-row" data-testid={`projection-${row.id}`}>
            <dt>
              <GlossaryTerm termId={row.glossary}>{t(`projection.${row.id}`)}</GlossaryTerm>
            </dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <h3>
        <GlossaryTerm termId="capacityAllocation">{t('projection.capacitySplit')}</GlossaryTerm>
      </h3>
      <div className="capacity-bar" role="list" aria-label={t('projection.capacitySplit')}>
        {projection.capacitySplit.map((part) => (
          <div
            key={part.id}
            role="listitem"
            className={`capacity-part capacity-${part.id}`}
            style={{ flexGrow: part.share }}
            title={`${t(`split.${part.id}`)} ${formatFraction(part.share, format, 0)}`}
          />
        ))}
      </div>
      <ul className="capacity-legend">
        {projection.capacitySplit.map((part) => (
          <li key={part.id}>
            <span className={`swatch capacity-${part.id}`} aria-hidden="true" />
            {t(`split.${part.id}`)} {formatFraction(part.share, format, 0)}
          </li>
        ))}
      </ul>
    </section>
  );
}
