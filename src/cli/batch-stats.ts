/**
 * Monte Carlo summaries: one compact record per seed, and percentiles over them. Records are
 * sorted by seed before summarising, so the summary does not depend on which worker ran what.
 */
import { percentile, selectScore, sortedAscending, type Game } from '../sim/headless';
import { pickMetrics, REPORT_METRICS, type ReportMetric } from './play';

/** What a batch keeps of one game: outcome and the final quarter's reported metrics. */
export interface SeedRecord {
  seed: number;
  status: string;
  score: number;
  grade: string;
  quarters: number;
  final: Record<ReportMetric, number>;
}

export interface Percentiles {
  p10: number;
  p50: number;
  p90: number;
}

export interface BatchSummary {
  scenario: string;
  seeds: number;
  workers: number;
  score: Percentiles & { mean: number };
  /** percentiles of each metric in each game's final quarter */
  metrics: Record<ReportMetric, Percentiles>;
  status: Record<string, number>;
  grades: Record<string, number>;
  games?: SeedRecord[];
}

export function seedRecord(game: Game): SeedRecord {
  const o = selectScore(game);
  const last = game.history[game.history.length - 1];
  return {
    seed: game.seed,
    status: o.status,
    score: o.score,
    grade: o.grade,
    quarters: game.history.length,
    final: pickMetrics(last ? last.metrics : game.baseline),
  };
}

function percentiles(values: number[]): Percentiles {
  const s = sortedAscending(values);
  return { p10: percentile(s, 0.1), p50: percentile(s, 0.5), p90: percentile(s, 0.9) };
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values.slice().sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

export function summariseBatch(
  scenario: string,
  records: readonly SeedRecord[],
  workers: number,
  includeGames: boolean,
): BatchSummary {
  const sorted = records.slice().sort((a, b) => a.seed - b.seed);
  const scores = sorted.map((r) => r.score);
  // Summed in seed order so the mean is bit-identical however the work was split.
  const mean = scores.reduce((a, b) => a + b, 0) / Math.max(1, scores.length);
  const metrics = {} as Record<ReportMetric, Percentiles>;
  for (const k of REPORT_METRICS) metrics[k] = percentiles(sorted.map((r) => r.final[k]));
  return {
    scenario,
    seeds: sorted.length,
    workers,
    score: { ...percentiles(scores), mean },
    metrics,
    status: countBy(sorted.map((r) => r.status)),
    grades: countBy(sorted.map((r) => r.grade)),
    ...(includeGames ? { games: sorted } : {}),
  };
}
