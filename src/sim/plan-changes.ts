/**
 * The levers a player changed in a played quarter, each with what the change did: the engine's
 * expected-value step (no draws) run with the quarter's plan and again with that one lever as it
 * was, from the state the quarter started in. "Now" is the difference in the quarter itself;
 * "later" is the difference two quarters on if the same plan were kept (LATER_QUARTERS: hires
 * arrive after their pipeline, debt compounds, training pays off). Pure; a replay of the log's
 * prefix. The expected-value step opens no requisitions (offers are drawn), so a hiring change
 * shows its cost and interview time, not the people it will bring.
 */
import { defaultDecisions } from './game';
import { LEVERS, readLever, setLever, type Lever, type LeverId, type LeverValue } from './levers';
import { weightedScore } from './model/score';
import { gameAtQuarter } from './save';
import { stepQuarter } from './step';
import type { Decisions, Game, QuarterMetrics, SimState } from './types';

/** How many quarters after the change "later" looks (a hire's pipeline is one to two quarters). */
export const LATER_QUARTERS = 2;

/** The figures a change is judged by (QuarterMetrics fields). */
export const EFFECT_METRICS = [
  'featuresDelivered',
  'costs',
  'cash',
  'incidents',
  'techDebt',
  'attritionRate',
  'engagement',
  'headcount',
] as const satisfies readonly (keyof QuarterMetrics)[];
export type EffectMetric = (typeof EFFECT_METRICS)[number];

export interface PlanChange {
  lever: Lever;
  from: LeverValue<LeverId>;
  to: LeverValue<LeverId>;
  /** expected difference this change made in its own quarter, by figure (0s left out) */
  now: Partial<Record<EffectMetric, number>>;
  /** expected difference LATER_QUARTERS quarters on, with the same plan kept (0s left out) */
  later: Partial<Record<EffectMetric, number>>;
  /**
   * expected points of score (0-100, before any ending's factor) the change made: the score of
   * the quarters played before it and the expected quarters from it to LATER_QUARTERS on (the
   * horizon at most), with the change less without it
   */
  score: number;
}

/** Differences b - a of the effect metrics, without the ones that round to 0. */
function difference(a: QuarterMetrics, b: QuarterMetrics): Partial<Record<EffectMetric, number>> {
  const out: Partial<Record<EffectMetric, number>> = {};
  for (const k of EFFECT_METRICS) {
    const d = b[k] - a[k];
    if (Math.abs(d) > 1e-6 * Math.max(1, Math.abs(a[k]))) out[k] = d;
  }
  return out;
}

/**
 * Expected quarters from `state` with plan `d` kept: this quarter's metrics, LATER_QUARTERS on,
 * and the score of the played quarters before it followed by the expected ones (to the horizon).
 */
function expectedRun(game: Game, state: SimState, d: Decisions, quarter: number) {
  const quarters: QuarterMetrics[] = [];
  let current = state;
  for (let i = 0; i <= LATER_QUARTERS; i++) {
    const step = stepQuarter(game.scenario, current, d, quarter + i, null);
    quarters.push(step.metrics);
    current = step.state;
  }
  const scored = quarters.slice(0, Math.max(1, game.scenario.horizonQuarters - quarter + 1));
  const before = game.history.slice(0, quarter - 1).map((h) => h.metrics);
  const played = [...before, ...scored];
  const score = weightedScore(game.scenario, game.baseline, played, game.state.marketPath).weighted;
  return { now: quarters[0]!, later: quarters[LATER_QUARTERS]!, score };
}

/** The levers changed in played quarter `quarter` (1-based) from the plan it started with. */
export function selectPlanChanges(game: Game, quarter: number): PlanChange[] {
  if (!game.log[quarter - 1])
    throw new RangeError(`quarter ${quarter} has not been played (played: ${game.log.length})`);
  return planChangesFrom(game, gameAtQuarter(game, quarter), quarter);
}

/**
 * The plan changes of played quarter `quarter`, given `start`, the game as that quarter's
 * planning began (gameAtQuarter, or a replay that passes it).
 */
export function planChangesFrom(game: Game, start: Game, quarter: number): PlanChange[] {
  const played = game.log[quarter - 1]!.decisions;
  const before = defaultDecisions(start);
  const changed = LEVERS.filter(
    (l) => JSON.stringify(readLever(played, l.id)) !== JSON.stringify(readLever(before, l.id)),
  );
  if (changed.length === 0) return [];
  const base = expectedRun(game, start.state, played, quarter);
  return changed.map((lever) => {
    const from = readLever(before, lever.id) as LeverValue<LeverId>;
    const without = expectedRun(game, start.state, setLever(played, lever.id, from), quarter);
    return {
      lever,
      from,
      to: readLever(played, lever.id) as LeverValue<LeverId>,
      now: difference(without.now, base.now),
      later: difference(without.later, base.later),
      score: Math.round((base.score - without.score) * 100) / 100,
    };
  });
}
