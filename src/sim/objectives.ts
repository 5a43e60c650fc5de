/**
 * The scenario's objectives (what the board expects, scenario file `objectives`), tracked while
 * the game runs and judged at its quarter. One rule for every objective:
 *
 * - the figure is the mean of the quarter judged and the one before (a single quarter swings
 *   with incidents and draws), or of the last played quarters while the game is before it;
 * - 'ratio' objectives divide it by the figure at the start (2 = doubled);
 * - at or past `byQuarter` the objective is judged: met when it reaches `target`, partly met
 *   when it reaches `partly`, missed otherwise; a game that ended before `byQuarter` misses it;
 * - before, it is on track when it is at least as far as a straight line from the start to the
 *   target at `byQuarter` would be by now, else behind.
 */
import type { Scenario } from './scenario/schema';
import type { Game, LocalizedText, QuarterMetrics } from './types';

type Objective = NonNullable<Scenario['objectives']>[number];

/** Quarters averaged for an objective's figure. */
export const OBJECTIVE_WINDOW = 2;

export type ObjectiveState = 'met' | 'partly' | 'missed' | 'on-track' | 'behind';

export interface ObjectiveStatus {
  id: string;
  title: LocalizedText;
  statement: LocalizedText;
  metric: Objective['metric'];
  measure: Objective['measure'];
  direction: Objective['direction'];
  target: number;
  partly: number;
  byQuarter: number;
  /** the figure at the start (quarter 0) */
  start: number;
  /** the figure now (the mean of the window), as the objective measures it (ratio or value) */
  current: number;
  /** where a straight line from the start to the target stands at the last played quarter */
  expectedNow: number;
  /** the quarter the figure was taken at (0 before the first quarter) */
  asOf: number;
  state: ObjectiveState;
}

const reaches = (o: Objective, value: number, bar: number) =>
  o.direction === 'atLeast' ? value >= bar : value <= bar;

function status(game: Game, o: Objective): ObjectiveStatus {
  const metric = o.metric as keyof QuarterMetrics;
  const start = game.baseline[metric] as number;
  const asOf = Math.min(o.byQuarter, game.history.length);
  const window = game.history.slice(Math.max(0, asOf - OBJECTIVE_WINDOW), asOf);
  const raw =
    window.length === 0
      ? start
      : window.reduce((sum, h) => sum + (h.metrics[metric] as number), 0) / window.length;
  const scale = (v: number) => (o.measure === 'ratio' ? v / start : v);
  const current = scale(raw);
  const from = scale(start);
  const expectedNow = from + ((o.target - from) * asOf) / o.byQuarter;
  const judged = asOf >= o.byQuarter || game.phase === 'ended';
  const state: ObjectiveState = judged
    ? asOf < o.byQuarter
      ? 'missed'
      : reaches(o, current, o.target)
        ? 'met'
        : reaches(o, current, o.partly)
          ? 'partly'
          : 'missed'
    : reaches(o, current, expectedNow)
      ? 'on-track'
      : 'behind';
  return {
    id: o.id,
    title: o.title,
    statement: o.statement,
    metric: o.metric,
    measure: o.measure,
    direction: o.direction,
    target: o.target,
    partly: o.partly,
    byQuarter: o.byQuarter,
    start: from,
    current,
    expectedNow,
    asOf,
    state,
  };
}

/** Every objective of the game's scenario with where it stands now (see the file's comment). */
export function selectObjectives(game: Game): ObjectiveStatus[] {
  return (game.scenario.objectives ?? []).map((o) => status(game, o));
}
