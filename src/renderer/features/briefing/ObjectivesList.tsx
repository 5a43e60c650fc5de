/**
 * The scenario's objectives (selectObjectives): what the board expects, where each stands now
 * (on track or behind a straight line to its target) and, from its quarter on, the board's
 * verdict (met, partly met, missed). The briefing tracks them; the debrief judges them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_DEFS, selectObjectives, type Game, type ObjectiveStatus } from '../../../sim/index';
import { formatNumber, formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import './briefing.css';

function useObjectiveFigure(format: FormatContext) {
  return (o: ObjectiveStatus, v: number) => {
    if (o.measure === 'ratio') return `×${formatNumber(v, format, 2)}`;
    const unit = KPI_DEFS.find((k) => k.id === o.metric)?.unit ?? '';
    return formatValue(v, unit, format);
  };
}

export function ObjectivesList({ game, format }: { game: Game; format: FormatContext }) {
  const { t } = useTranslation('briefing');
  const pick = useLocalized();
  const figure = useObjectiveFigure(format);
  const objectives = useMemo(() => selectObjectives(game), [game]);
  if (objectives.length === 0) return <p className="muted">{t('objectives.none')}</p>;
  return (
    <ul className="objectives" data-testid="objectives">
      {objectives.map((o) => {
        const judged = o.state === 'met' || o.state === 'partly' || o.state === 'missed';
        return (
          <li key={o.id} data-objective={o.id} data-state={o.state}>
            <strong>{pick(o.title)}</strong>{' '}
            <span className={`objective-state objective-${o.state}`}>
              {t(`objectives.state.${o.state}`)}
            </span>
            <div className="small muted">{pick(o.statement)}</div>
            <div className="small">
              {judged
                ? t('objectives.judged', {
                    quarter: o.byQuarter,
                    value: figure(o, o.current),
                    target: figure(o, o.target),
                    partly: figure(o, o.partly),
                  })
                : o.asOf === 0
                  ? t('objectives.start', {
                      value: figure(o, o.current),
                      target: figure(o, o.target),
                      quarter: o.byQuarter,
                    })
                  : t('objectives.progress', {
                      value: figure(o, o.current),
                      asOf: o.asOf,
                      expected: figure(o, o.expectedNow),
                      target: figure(o, o.target),
                      quarter: o.byQuarter,
                    })}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
