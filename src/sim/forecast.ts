/**
 * Forecasts before the reveal (issue 12, item 5): before a quarter resolves, a player writes down
 * what they expect of a few figures and why; once it resolves, each figure is scored against what
 * happened. Pure functions over plain data: the workshop server and the app call them, never
 * compute a score themselves. Not a model rule: nothing here changes a game.
 *
 * The score of a figure compares the forecast's miss with how far the figure actually moved that
 * quarter (the scale of the mean absolute scaled error, Hyndman and Koehler 2006, "Another look at
 * measures of forecast accuracy"): a perfect forecast scores 100, saying "no change" scores 50, a
 * miss twice the quarter's move (or more) scores 0. So a figure that barely moved does not reward
 * a lazy guess, and a volatile one does not punish a reasoned one for noise alone.
 */
import { z } from 'zod';
import type { Game, QuarterMetrics } from './types';

/** The figures a forecast names: money, reliability, people and delivery. */
export const FORECAST_FIGURES = [
  'cash',
  'incidents',
  'attritionRate',
  'featuresDelivered',
] as const;
export type ForecastFigure = (typeof FORECAST_FIGURES)[number];

/** A reason is one line: enough for the debrief, not an essay. */
export const FORECAST_REASON_MAX = 200;

export interface Forecast {
  /** the quarter the forecast is for (the one being planned) */
  quarter: number;
  figures: Record<ForecastFigure, number>;
  reason: string;
}

const figure = z.number().finite();

/** A forecast as a player may send it (the workshop server and the app check with it). */
export const forecastSchema = z
  .object({
    quarter: z.number().int().min(1).max(100),
    figures: z
      .object({
        cash: figure,
        incidents: figure.min(0),
        attritionRate: figure.min(0).max(1),
        featuresDelivered: figure.min(0),
      })
      .strict(),
    reason: z.string().trim().max(FORECAST_REASON_MAX),
  })
  .strict();

/**
 * The smallest move a figure is scored against, so a quarter in which it hardly moved still
 * leaves room for a near miss: 2% of the cash (about a month of a typical burn), one incident,
 * one point of annualised attrition, one feature point (one engineer-quarter of feature work).
 */
const SMALLEST_MOVE: Record<ForecastFigure, (previous: number) => number> = {
  cash: (previous) => Math.max(1, Math.abs(previous) * 0.02),
  incidents: () => 1,
  attritionRate: () => 0.01,
  featuresDelivered: () => 1,
};

/** A miss this many times the quarter's move scores 0 ("no change" misses by one move: 50). */
const ZERO_AT_MOVES = 2;

/** The figures as the quarter being planned starts (last quarter's, or the game's start). */
export function forecastBaseline(
  game: Pick<Game, 'history' | 'baseline'>,
): Record<ForecastFigure, number> {
  const m = game.history.at(-1)?.metrics ?? game.baseline;
  return {
    cash: m.cash,
    incidents: m.incidents,
    attritionRate: m.attritionRate,
    featuresDelivered: m.featuresDelivered,
  };
}

export interface FigureScore {
  figure: ForecastFigure;
  forecast: number;
  actual: number;
  /** forecast - actual: above 0 the forecast was too high */
  miss: number;
  /** 0-100 */
  score: number;
}

export interface ForecastScore {
  quarter: number;
  reason: string;
  figures: FigureScore[];
  /** mean of the figures' scores, 0-100 */
  score: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Scores a forecast against the quarter's metrics (`before`: the metrics it started from). */
export function scoreForecast(
  forecast: Forecast,
  actual: QuarterMetrics,
  before: QuarterMetrics,
): ForecastScore {
  const figures = FORECAST_FIGURES.map((f): FigureScore => {
    const move = Math.max(Math.abs(actual[f] - before[f]), SMALLEST_MOVE[f](before[f]));
    const miss = forecast.figures[f] - actual[f];
    const score = 100 * Math.max(0, 1 - Math.abs(miss) / (ZERO_AT_MOVES * move));
    return {
      figure: f,
      forecast: forecast.figures[f],
      actual: actual[f],
      miss,
      score: round1(score),
    };
  });
  return {
    quarter: forecast.quarter,
    reason: forecast.reason,
    figures,
    score: round1(figures.reduce((sum, f) => sum + f.score, 0) / figures.length),
  };
}

export interface FigureCalibration {
  figure: ForecastFigure;
  /** mean score over the scored forecasts, 0-100 */
  score: number;
  /** how many forecasts were too high and too low (a lean one way is a bias) */
  high: number;
  low: number;
}

export interface Calibration {
  /** forecasts scored (quarters with a forecast that have resolved) */
  count: number;
  /** mean score over every figure of every forecast, 0-100; null without a forecast */
  score: number | null;
  figures: FigureCalibration[];
}

/** A player's calibration over a game: how close, and whether they lean one way, per figure. */
export function calibrationOf(scores: ForecastScore[]): Calibration {
  const figures = FORECAST_FIGURES.map((f): FigureCalibration => {
    const of = scores.map((s) => s.figures.find((x) => x.figure === f)!);
    return {
      figure: f,
      score: of.length ? round1(of.reduce((sum, x) => sum + x.score, 0) / of.length) : 0,
      high: of.filter((x) => x.miss > 0).length,
      low: of.filter((x) => x.miss < 0).length,
    };
  });
  return {
    count: scores.length,
    score: scores.length
      ? round1(scores.reduce((sum, s) => sum + s.score, 0) / scores.length)
      : null,
    figures,
  };
}

/** Scores each of a game's forecasts whose quarter has resolved, in quarter order. */
export function scoreGameForecasts(
  game: Pick<Game, 'history' | 'baseline'>,
  forecasts: Forecast[],
): ForecastScore[] {
  const { history, baseline } = game;
  return forecasts
    .filter((f) => f.quarter >= 1 && f.quarter <= history.length)
    .sort((a, b) => a.quarter - b.quarter)
    .map((f) =>
      scoreForecast(
        f,
        history[f.quarter - 1]!.metrics,
        f.quarter === 1 ? baseline : history[f.quarter - 2]!.metrics,
      ),
    );
}
