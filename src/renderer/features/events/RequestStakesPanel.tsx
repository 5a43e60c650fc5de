import { useTranslation } from 'react-i18next';
import type { RequestStakes } from '../../../sim/index';
import {
  formatCommitmentFigure,
  formatNumber,
  formatSigned,
  type FormatContext,
} from '../../components/format';

export interface RequestStakesPanelProps {
  stakes: RequestStakes;
  format: FormatContext;
}

/**
 * What a request asks in numbers (selectRequestStakes): the absolute target beside what the
 * current pace gives, the quarter it is judged, and the trust each answer and outcome moves.
 */
export function RequestStakesPanel({ stakes, format }: RequestStakesPanelProps) {
  const { t } = useTranslation('events');
  const signed = (v: number) => formatSigned(v, format, 0);
  return (
    <div className="request-stakes" data-testid="request-stakes">
      <dl>
        <div>
          <dt>{t('stakes.target')}</dt>
          <dd>
            {t(`stakes.${stakes.direction}`, {
              measure: t(`stakes.measure.${stakes.measure}`),
              target: formatCommitmentFigure(stakes.measure, stakes.target, format),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('stakes.pace')}</dt>
          <dd>
            {stakes.measure === 'featuresDelivered'
              ? t('stakes.paceFeatures', {
                  count: stakes.quarters,
                  pace: formatCommitmentFigure(stakes.measure, stakes.atCurrentPace, format),
                  ratio: formatNumber(stakes.ratioToPace, format, 2),
                })
              : t('stakes.paceLast', {
                  pace: formatCommitmentFigure(stakes.measure, stakes.atCurrentPace, format),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('stakes.judged')}</dt>
          <dd>{t('stakes.judgedAt', { quarter: stakes.dueQuarter })}</dd>
        </div>
        <div>
          <dt>{t('stakes.trust', { stakeholder: t(`stakeholder.${stakes.stakeholder}`) })}</dt>
          <dd>
            {t('stakes.trustLine', {
              accept: signed(stakes.trust.accept),
              decline: signed(stakes.trust.decline),
              met: signed(stakes.trust.met),
              missed: signed(stakes.trust.missed),
            })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
