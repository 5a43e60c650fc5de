import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../sim/index';
import { formatNumber, type FormatContext } from '../../components/format';

export interface ScoreFormulaProps {
  outcome: Outcome;
  format: FormatContext;
}

/**
 * The score's arithmetic as the engine did it (Outcome.formula): the areas' points, the ending's
 * factor with its reason, and any penalty, so the number on the page can be checked by hand.
 */
export function ScoreFormula({ outcome, format }: ScoreFormulaProps) {
  const { t } = useTranslation('debrief');
  const num = (v: number) => formatNumber(v, format, 1);
  const { weightedSum, endingFactor, runwayPenalty, runwayPenaltyBelow } = outcome.formula;
  return (
    <div className="score-formula" data-testid="score-formula">
      <h3>{t('formula.title')}</h3>
      <p className="small muted">{t('formula.areas')}</p>
      <p>
        {endingFactor === 1
          ? t('formula.completed', { score: num(outcome.score) })
          : t('formula.ended', {
              sum: num(weightedSum),
              factor: formatNumber(endingFactor, format, 2),
              why: t(`formula.why.${outcome.status}`, {
                factor: formatNumber(endingFactor, format, 2),
              }),
              score: num(outcome.score),
            })}
      </p>
      {runwayPenalty > 0 && (
        <p>
          {t('formula.runwayPenalty', {
            points: num(runwayPenalty),
            quarters: runwayPenaltyBelow,
          })}
        </p>
      )}
    </div>
  );
}
