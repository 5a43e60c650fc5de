import { useTranslation } from 'react-i18next';
import type { ForecastFigure, ForecastScore } from '../../../sim/index';
import {
  formatFraction,
  formatMoney,
  formatNumber,
  type FormatContext,
} from '../../components/format';
import './forecast.css';

export function formatFigure(figure: ForecastFigure, value: number, format: FormatContext): string {
  if (figure === 'cash') return formatMoney(value, format);
  if (figure === 'attritionRate') return formatFraction(value, format);
  return formatNumber(value, format);
}

/** A scored forecast (the engine's score): each figure against what happened, and the reason. */
export function ForecastResult({ score, format }: { score: ForecastScore; format: FormatContext }) {
  const { t } = useTranslation('forecast');
  return (
    <section className="forecast-result" data-testid={`forecast-result-${score.quarter}`}>
      <h4>{t('resultTitle', { quarter: score.quarter, score: score.score.toFixed(0) })}</h4>
      <table>
        <thead>
          <tr>
            <th />
            <th>{t('forecast')}</th>
            <th>{t('actual')}</th>
            <th>{t('score')}</th>
          </tr>
        </thead>
        <tbody>
          {score.figures.map((f) => (
            <tr key={f.figure}>
              <th scope="row">{t(`figure.${f.figure}`)}</th>
              <td>{formatFigure(f.figure, f.forecast, format)}</td>
              <td>{formatFigure(f.figure, f.actual, format)}</td>
              <td>{f.score.toFixed(0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.reason && <p className="muted">{t('yourReason', { reason: score.reason })}</p>}
    </section>
  );
}
