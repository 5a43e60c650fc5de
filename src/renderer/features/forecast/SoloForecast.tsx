import { useState } from 'react';
import {
  forecastBaseline,
  forecastSchema,
  scoreGameForecasts,
  type Forecast,
  type Game,
} from '../../../sim/index';
import type { FormatContext } from '../../components/format';
import { ForecastPanel } from './ForecastPanel';
import { ForecastResult } from './ForecastResult';

/**
 * Solo play's forecast step (optional): the last quarter's forecast scored by the engine, and the
 * form for this one. Forecasts are kept for the browser tab, per game (scenario and seed); they
 * are the player's notes, not part of the game or its save.
 */
const key = (game: Game) => `vpoe-forecasts:${game.scenario.id}:${game.seed}`;

function keptForecasts(game: Game): Forecast[] {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(key(game)) ?? '[]');
    return Array.isArray(raw)
      ? raw.flatMap((f) => {
          const parsed = forecastSchema.safeParse(f);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
  } catch {
    return [];
  }
}

export function SoloForecast({ game, format }: { game: Game; format: FormatContext }) {
  const [forecasts, setForecasts] = useState(() => keptForecasts(game));
  const last = scoreGameForecasts(game, forecasts).find((s) => s.quarter === game.history.length);
  return (
    <>
      {last && <ForecastResult score={last} format={format} />}
      <ForecastPanel
        key={game.quarter}
        quarter={game.quarter}
        baseline={forecastBaseline(game)}
        recorded={forecasts.find((f) => f.quarter === game.quarter) ?? null}
        optional
        onRecord={(forecast) => {
          const next = [...forecasts.filter((f) => f.quarter !== forecast.quarter), forecast];
          sessionStorage.setItem(key(game), JSON.stringify(next));
          setForecasts(next);
          return null;
        }}
      />
    </>
  );
}
