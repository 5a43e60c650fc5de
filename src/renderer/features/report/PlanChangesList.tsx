import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUS, selectPlanChanges, type EffectMetric, type Game } from '../../../sim/index';
import { formatValue, type FormatContext } from '../../components/format';
import { useLocalized } from '../../components/useLocalized';
import { useLeverText } from '../compare/leverText';

const UNIT: Record<EffectMetric, string> = {
  featuresDelivered: 'points',
  costs: 'money',
  cash: 'money',
  incidents: 'count',
  techDebt: 'index',
  attritionRate: 'fraction',
  engagement: 'index',
  headcount: 'count',
};

export interface PlanChangesListProps {
  game: Game;
  quarter: number;
  format: FormatContext;
}

/**
 * The levers the player changed this quarter (selectPlanChanges), each with its expected effect
 * in the quarter and two quarters on if the plan is kept.
 */
export function PlanChangesList({ game, quarter, format }: PlanChangesListProps) {
  const { t } = useTranslation('report');
  const tm = useTranslation('dashboard').t;
  const pick = useLocalized();
  const levers = useLeverText(format, game.scenario);
  const changes = useMemo(() => selectPlanChanges(game, quarter), [game, quarter]);
  // An effect too small to show at its precision (it would read "+0" or "−0") is left out; the
  // sign is joined to its figure (U+2060) so a line never breaks between them.
  const effects = (diff: Partial<Record<EffectMetric, number>>) =>
    (Object.entries(diff) as [EffectMetric, number][])
      .map(([metric, value]) => ({
        metric,
        value,
        shown: formatValue(Math.abs(value), UNIT[metric], format),
      }))
      .filter(({ shown }) => /[1-9]/.test(shown))
      .map(
        ({ metric, value, shown }) =>
          `${tm(`metric.${metric}`)} ${value > 0 ? '+' : MINUS}\u2060${shown}`,
      )
      .join(t('listSeparator'));
  if (changes.length === 0) return <p className="muted">{t('planUnchanged')}</p>;
  return (
    <ul className="plan-changes" data-testid="plan-changes">
      {changes.map((c) => (
        <li key={c.lever.id}>
          <strong>{pick(c.lever.label)}</strong>: {levers.value(c.lever.id, c.from)} →{' '}
          {levers.value(c.lever.id, c.to)}
          <div className="small">
            {t('effectNow')}: {effects(c.now) || t('noEffect')}
          </div>
          <div className="small">
            {t('effectLater')}: {effects(c.later) || t('noEffect')}
          </div>
        </li>
      ))}
    </ul>
  );
}
