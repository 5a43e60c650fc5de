/**
 * Applying a plan while playing: patching decisions and finding the plan's answers. No schemas
 * here (plan.ts validates plans), so batch workers bundle this without zod.
 */
import type { Decisions } from '../sim/headless';
import type { DecisionsPatch, Plan } from './plan';

/** `base` with `patch` applied: groups merge field by field, arrays replace. Never mutates `base`. */
export function applyDecisionsPatch(base: Decisions, patch: DecisionsPatch | undefined): Decisions {
  if (!patch) return base;
  return {
    org: { ...base.org, ...patch.org },
    process: { ...base.process, ...patch.process },
    talent: { ...base.talent, ...patch.talent },
    allocation: patch.allocation ?? base.allocation,
    initiatives: patch.initiatives ?? base.initiatives,
    budget: {
      ...base.budget,
      ...patch.budget,
      tools: { ...base.budget.tools, ...patch.budget?.tools },
    },
    coaching: { ...base.coaching, ...patch.coaching },
    riskMitigations: patch.riskMitigations ?? base.riskMitigations,
    trends: { ...base.trends, ...patch.trends },
  };
}

/** The plan's entry for a quarter, if any. */
export function planEntry(plan: Plan, quarter: number): Plan['quarters'][number] | undefined {
  return plan.quarters.find((q) => q.quarter === quarter);
}

/**
 * The plan's answer to an event in a quarter: the quarter's own choices first (full event id,
 * then card/request id), then the plan-wide choices; undefined = take the default option.
 */
export function plannedChoice(
  plan: Plan,
  quarter: number,
  event: { id: string; sourceId: string },
): string | undefined {
  const own = planEntry(plan, quarter)?.choices;
  return (
    answerIn(own, event.id) ??
    answerIn(own, event.sourceId) ??
    answerIn(plan.choices, event.id) ??
    answerIn(plan.choices, event.sourceId)
  );
}

/** The plan's own answer for an id: never a property every object inherits (`constructor`). */
function answerIn(choices: Record<string, string> | undefined, id: string): string | undefined {
  return choices && Object.hasOwn(choices, id) ? choices[id] : undefined;
}
