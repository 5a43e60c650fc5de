import { useTranslation } from 'react-i18next';
import { KPI_AREAS, type Kpi } from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { KpiCard } from '../../components/KpiCard';
import { useLocalized } from '../../components/useLocalized';
import { METRIC_GLOSSARY } from '../help/glossaryIds';

export interface KpiAreasProps {
  kpis: Kpi[];
  format: FormatContext;
}

/** The engine's KPIs (selectKpis) as cards, one row per outcome area. */
export function KpiAreas({ kpis, format }: KpiAreasProps) {
  const { t } = useTranslation('dashboard');
  const pick = useLocalized();
  return (
    <div className="kpi-areas">
      {KPI_AREAS.map((area) => {
        const cards = kpis.filter((k) => k.area === area);
        if (cards.length === 0) return null;
        return (
          <section key={area} className="kpi-area" aria-labelledby={`area-${area}`}>
            <h2 id={`area-${area}`}>{t(`area.${area}`)}</h2>
            <div className="kpi-grid">
              {cards.map((k) => (
                <KpiCard
                  key={k.id}
                  id={k.id}
                  label={pick(k.label)}
                  unit={k.unit}
                  value={k.value}
                  delta={k.delta}
                  history={k.history}
                  better={k.better}
                  format={format}
                  glossaryId={METRIC_GLOSSARY[k.id]}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
