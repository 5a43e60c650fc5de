/**
 * Plays a whole game from a plan, and shapes a game into the CLI's JSON report. No Node APIs
 * and no schemas here: batch workers bundle this file with the engine's headless door.
 */
import {
  answerEvent,
  continueGame,
  defaultDecisions,
  newGame,
  selectOutcome,
  submitDecisions,
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
 * Plays the scenario's whole horizon (or until bankrupt/fired). Each quarter: the previous
 * decisions (engine defaultDecisions) patched by the plan's entry; each pending event: the
 * plan's choice, else its default option.
 */
export function playPlan(scenario: Scenario, seed: number, plan: Plan): PlayResult {
  let game = newGame(scenario, seed);
  // Each quarter takes at most 1 submit + its events + 1 continue; the bound only stops a loop
  // that no longer advances (an engine bug), it never cuts a legal game short.
  const maxSteps = (scenario.horizonQuarters + 1) * 64;
  for (let step = 0; step < maxSteps; step++) {
    if (game.phase === 'ended') return { ok: true, game };
    const quarter = game.quarter;
    if (game.phase === 'planning') {
      const decisions = applyDecisionsPatch(
        defaultDecisions(game),
        planEntry(plan, quarter)?.decisions,
      );
      const r = submitDecisions(game, decisions);
      if (!r.ok)
        return {
          ok: false,
          refusal: {
            quarter,
            reasons: r.error.map((p) => `${p.path || '(decisions)'}: ${p.reason.en}`),
          },
        };
      game = r.value;
    } else if (game.phase === 'events') {
      const event = game.pending[0];
      if (!event) throw new Error(`quarter ${quarter}: events phase without a pending event`);
      const optionId = plannedChoice(plan, quarter, event) ?? event.defaultOptionId;
      const r = answerEvent(game, event.id, optionId);
      if (!r.ok)
        return {
          ok: false,
          refusal: { quarter, reasons: [`choices.${event.sourceId} (${event.id}): ${r.error.en}`] },
        };
      game = r.value;
    } else game = continueGame(game);
  }
  throw new Error(`the game did not end within ${maxSteps} steps`);
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
