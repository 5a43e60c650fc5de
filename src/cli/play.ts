/**
 * Plays a whole game from a plan, and shapes a game into the CLI's JSON report. No Node APIs
 * and no schemas here: batch workers bundle this file with the engine's headless door.
 */
import {
  defaultDecisions,
  newGame,
  playToEnd,
  selectOutcome,
  type Game,
  type QuarterMetrics,
  type Scenario,
} from '../sim/headless';
import type { Plan } from './plan';
import { applyDecisionsPatch, planEntry, plannedChoice } from './plan-apply';

/** Why the engine refused the plan: the quarter and every reason (path: reason). */
export interface PlanRefusal {
  quarter: number;
  reasons: string[];
}

export type PlayResult = { ok: true; game: Game } | { ok: false; refusal: PlanRefusal };

/**
 * Plays the scenario's whole horizon (or until bankrupt/fired) through the engine's game loop.
 * Each quarter: the previous decisions (engine defaultDecisions) patched by the plan's entry;
 * each pending event: the plan's choice, else its default option.
 */
export function playPlan(scenario: Scenario, seed: number, plan: Plan): PlayResult {
  const r = playToEnd(newGame(scenario, seed), {
    name: 'plan',
    decide: (game) =>
      applyDecisionsPatch(defaultDecisions(game), planEntry(plan, game.quarter)?.decisions),
    choose: (game, event) => plannedChoice(plan, game.quarter, event) ?? event.defaultOptionId,
  });
  if (r.ok) return { ok: true, game: r.value };
  const { game, action, refusal } = r.error;
  const event = action.type === 'answer' ? game.pending.find((e) => e.id === action.eventId) : null;
  const reasons =
    refusal.problems.length > 0
      ? refusal.problems.map((p) => `${p.path || '(decisions)'}: ${p.reason.en}`)
      : event
        ? [`choices.${event.sourceId} (${event.id}): ${refusal.reason.en}`]
        : [refusal.reason.en];
  return { ok: false, refusal: { quarter: game.quarter, reasons } };
}

/** The metrics every report carries (issue 3, item 6), in this order. */
export const REPORT_METRICS = [
  'cash',
  'arr',
  'headcount',
  'techDebt',
  'debtTax',
  'deployFrequency',
  'leadTimeDays',
  'changeFailureRate',
  'mttrHours',
  'incidents',
  'attritionRate',
  'engagement',
  'cloudCost',
  'boardConfidence',
] as const satisfies readonly (keyof QuarterMetrics)[];
export type ReportMetric = (typeof REPORT_METRICS)[number];

export interface GameReport {
  scenario: string;
  seed: number;
  quarters: {
    quarter: number;
    metrics: Record<ReportMetric, number>;
    choices: { eventId: string; optionId: string }[];
  }[];
  outcome: { status: string; score: number; grade: string };
}

export function pickMetrics(m: QuarterMetrics): Record<ReportMetric, number> {
  const out = {} as Record<ReportMetric, number>;
  for (const k of REPORT_METRICS) out[k] = m[k];
  return out;
}

/** The game as the CLI reports it (play and replay print the same shape). */
export function gameReport(game: Game): GameReport {
  const o = selectOutcome(game);
  return {
    scenario: game.scenario.id,
    seed: game.seed,
    quarters: game.history.map((h) => ({
      quarter: h.quarter,
      metrics: pickMetrics(h.metrics),
      choices: h.choices.map((c) => ({ eventId: c.eventId, optionId: c.optionId })),
    })),
    outcome: { status: o.status, score: o.score, grade: o.grade },
  };
}
