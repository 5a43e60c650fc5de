import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FORECAST_FIGURES,
  FORECAST_REASON_MAX,
  type Forecast,
  type ForecastFigure,
} from '../../../sim/index';
import './forecast.css';

/** Attrition is a fraction in the engine and a percentage on screen. */
const PERCENT: ReadonlySet<ForecastFigure> = new Set(['attritionRate']);
const toScreen = (f: ForecastFigure, x: number) =>
  PERCENT.has(f) ? Math.round(x * 1000) / 10 : Math.round(x * 10) / 10;
const fromScreen = (f: ForecastFigure, x: number) => (PERCENT.has(f) ? x / 100 : x);

type Fields = Record<ForecastFigure, string>;

function fieldsOf(figures: Record<ForecastFigure, number>): Fields {
  return Object.fromEntries(
    FORECAST_FIGURES.map((f) => [f, String(toScreen(f, figures[f]))]),
  ) as Fields;
}

/**
 * The forecast step before a quarter resolves, in the workshop and in solo play: a few figures
 * and a one-line reason. It starts from the figures as the quarter starts (`baseline`); the
 * engine scores it once the quarter resolves (src/sim/forecast.ts).
 */
export function ForecastPanel({
  quarter,
  baseline,
  recorded,
  optional = false,
  onRecord,
}: {
  quarter: number;
  baseline: Record<ForecastFigure, number>;
  /** the forecast recorded for this quarter, if any */
  recorded: Forecast | null;
  /** solo play: the step can be skipped */
  optional?: boolean;
  /** records the forecast; gives back a refusal to show, or null */
  onRecord: (forecast: Forecast) => Promise<string | null> | string | null;
}) {
  const { t } = useTranslation('forecast');
  const [fields, setFields] = useState<Fields>(() => fieldsOf(recorded?.figures ?? baseline));
  const [reason, setReason] = useState(recorded?.reason ?? '');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState<Forecast | null>(recorded);
  const figures = Object.fromEntries(
    FORECAST_FIGURES.map((f) => [f, fromScreen(f, Number(fields[f]))]),
  ) as Record<ForecastFigure, number>;
  const forecast: Forecast = { quarter, figures, reason: reason.trim() };
  const isSaved = saved !== null && JSON.stringify(saved) === JSON.stringify(forecast);
  return (
    <section className="forecast-panel" aria-label={t('title', { quarter })}>
      <h3>{t('title', { quarter })}</h3>
      <p className="muted small">{optional ? t('optional') : t('intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void Promise.resolve(onRecord(forecast)).then((r) => {
            setRefusal(r);
            if (r === null) setSaved(forecast);
          });
        }}
      >
        <div className="forecast-figures">
          {FORECAST_FIGURES.map((f) => (
            <label key={f}>
              {t(`figure.${f}`)}
              <input
                type="number"
                step="any"
                min={f === 'cash' ? undefined : 0}
                max={PERCENT.has(f) ? 100 : undefined}
                required
                data-testid={`forecast-${f}`}
                value={fields[f]}
                onChange={(e) => setFields({ ...fields, [f]: e.target.value })}
              />
            </label>
          ))}
        </div>
        <label className="forecast-reason">
          {t('reason')}
          <input
            type="text"
            maxLength={FORECAST_REASON_MAX}
            data-testid="forecast-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="forecast-record">
          {t('save')}
        </button>{' '}
        <span role="status" className={isSaved ? 'good' : 'muted'} data-testid="forecast-state">
          {isSaved ? t('saved') : t('changed')}
        </span>
        {refusal && (
          <p className="error-box" role="alert">
            {refusal}
          </p>
        )}
      </form>
    </section>
  );
}
