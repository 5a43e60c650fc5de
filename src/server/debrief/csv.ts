/**
 * The debrief's CSV: one row per team and played quarter, with the plan played (every lever of
 * the lever table), the answers given after the quarter, every metric the engine recorded, and
 * the team's forecast of the quarter scored by the engine (per figure: forecast, actual, score;
 * empty forecast and score cells when the team made none).
 * Cells hold the engine's numbers as they are (no rounding), so a spreadsheet or a script can
 * recompute anything the pages show.
 */
import Papa from 'papaparse';
import {
  FORECAST_FIGURES,
  getLever,
  scoreGameForecasts,
  selectLevers,
  type Forecast,
  type ForecastScore,
  type Game,
  type QuarterMetrics,
} from '../../sim/index';

export interface CsvTeam {
  name: string;
  game: Game;
  /** quarters in which the team had not submitted and last quarter's plan was played */
  defaulted: readonly number[];
  /** its forecasts, at most one per quarter */
  forecasts: Forecast[];
}

/** The forecast columns: per figure its forecast, the actual value and the engine's score. */
const FORECAST_FIELDS = [
  ...FORECAST_FIGURES.flatMap((f) => [`forecast.${f}`, `actual.${f}`, `score.${f}`]),
  'forecast.score',
  'forecast.reason',
];

/** A quarter's forecast cells, in FORECAST_FIELDS' order. */
function forecastCells(
  scored: ForecastScore | undefined,
  metrics: QuarterMetrics,
): (string | number)[] {
  const perFigure = FORECAST_FIGURES.flatMap((f) => {
    const figure = scored?.figures.find((x) => x.figure === f);
    return [figure?.forecast ?? '', metrics[f], figure?.score ?? ''];
  });
  return [...perFigure, scored?.score ?? '', scored?.reason ?? ''];
}

/** A lever's value in a cell: numbers, flags and choices as they are; lists and staff lines as JSON. */
export function leverCell(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return JSON.stringify(value);
}

/** The answers given after a quarter, as `source=option` pairs separated by `; `. */
export function answersCell(game: Game, quarter: number): string {
  const record = game.history[quarter - 1];
  return (record?.choices ?? []).map((c) => `${c.sourceId}=${c.optionId}`).join('; ');
}

export function debriefCsv(teams: readonly CsvTeam[]): string {
  const leverIds = selectLevers().map((l) => l.id);
  const first = teams.find((t) => t.game.history.length > 0)?.game.history[0]?.metrics;
  const metricIds = Object.keys(first ?? {}) as (keyof QuarterMetrics)[];
  const fields = [
    'team',
    'quarter',
    'plan',
    ...leverIds.map((id) => `plan.${id}`),
    'answers',
    ...metricIds.map((id) => `metric.${id}`),
    ...FORECAST_FIELDS,
  ];
  const data = teams.flatMap((team) => {
    const scores = scoreGameForecasts(team.game, team.forecasts);
    return team.game.history.map((record) => [
      team.name,
      record.quarter,
      team.defaulted.includes(record.quarter) ? 'default' : 'submitted',
      ...leverIds.map((id) => leverCell(getLever(record.decisions, id))),
      answersCell(team.game, record.quarter),
      ...metricIds.map((id) => record.metrics[id]),
      ...forecastCells(
        scores.find((s) => s.quarter === record.quarter),
        record.metrics,
      ),
    ]);
  });
  return Papa.unparse({ fields, data }, { newline: '\r\n' });
}
