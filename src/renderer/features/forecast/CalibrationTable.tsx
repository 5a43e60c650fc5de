import { useTranslation } from 'react-i18next';
import { FORECAST_FIGURES, type Calibration } from '../../../sim/index';
import './forecast.css';

/** Each team's calibration over the game (the engine's): mean score per figure and its lean. */
export function CalibrationTable({ rows }: { rows: { name: string; calibration: Calibration }[] }) {
  const { t } = useTranslation('forecast');
  return (
    <table className="forecast-calibration" data-testid="calibration">
      <thead>
        <tr>
          <th>{t('team')}</th>
          <th>{t('mean')}</th>
          {FORECAST_FIGURES.map((f) => (
            <th key={f}>{t(`figure.${f}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ name, calibration: c }) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            {c.score === null ? (
              <td colSpan={FORECAST_FIGURES.length + 1} className="muted">
                {t('calibrationNone')}
              </td>
            ) : (
              <>
                <td>{t('calibrationSummary', { count: c.count, score: c.score.toFixed(0) })}</td>
                {c.figures.map((f) => (
                  <td key={f.figure}>
                    {f.score.toFixed(0)}{' '}
                    <span className="muted small">({t('lean', { high: f.high, low: f.low })})</span>
                  </td>
                ))}
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
