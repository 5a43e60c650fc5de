/**
 * A fixed plan: one schedule of decisions and answers that ignores the state (issue 11). The
 * balance lab searches for the best one; a model in which it beats the responsive reference
 * rewards a recipe instead of reading the situation.
 */
import type { Decisions } from '../types';
import { reasonedPolicy, text, type ReasonedPolicy } from './reasoned';

export interface FixedPlan {
  name: string;
  /** decisions by quarter (index 0 = quarter 1); the last entry repeats to the horizon */
  quarters: Decisions[];
  /** answers by card or request id; events not listed take their default option */
  choices: Record<string, string>;
}

export function fixedPlanPolicy(plan: FixedPlan): ReasonedPolicy {
  return reasonedPolicy(
    plan.name,
    (game) => {
      const d = plan.quarters[Math.min(game.quarter, plan.quarters.length) - 1];
      if (!d) throw new Error(`fixed plan "${plan.name}" has no decisions`);
      return {
        decisions: d,
        summary: text(
          'The plan’s decisions for this quarter.',
          'この四半期の計画どおりの意思決定。',
        ),
        reasons: [],
      };
    },
    (_game, ev) => {
      const planned = plan.choices[ev.sourceId];
      const optionId =
        planned !== undefined && ev.options.some((o) => o.id === planned)
          ? planned
          : ev.defaultOptionId;
      return { optionId, reason: text('The plan’s answer.', '計画どおりの回答。') };
    },
  );
}
