/**
 * Reading a plan library (plan-library.ts) from parsed JSON: the CLI's `--plan-library` files and
 * the app's bundled docs/balance/plans. A document that is not a library for the scenario is
 * refused with what is wrong and where; a kept plan whose decisions no longer fit the levers (one
 * renamed or removed since it was found) is skipped and named, so one stale plan does not stop
 * the lab. A lever added since takes the lever table's default (startingDecisionsSchema).
 */
import { z } from 'zod';
import { checkDecisions } from '../../decisions';
import { newGame } from '../../game';
import { hasNoOneOffs } from '../../levers/copy';
import type { Scenario } from '../../scenario/schema';
import type { Game } from '../../types';
import { startingDecisionsSchema } from '../../levers/schema';
import {
  PLAN_LIBRARY_FORMAT,
  PLAN_LIBRARY_VERSION,
  type KeptPlan,
  type PlanLibrary,
} from './plan-library';

const envelopeSchema = z.strictObject({
  format: z.literal(PLAN_LIBRARY_FORMAT),
  version: z.literal(PLAN_LIBRARY_VERSION),
  scenario: z.string().min(1),
  plans: z.array(z.unknown()),
});

const keptPlanSchema = z.strictObject({
  name: z.string().min(1),
  foundBy: z.string(),
  phases: z
    .array(
      z.strictObject({
        fromQuarter: z.number().int().min(1),
        decisions: startingDecisionsSchema,
      }),
    )
    .min(1),
  choices: z.record(z.string().min(1), z.string().min(1)),
});

export interface ParsedLibrary {
  library: PlanLibrary;
  /** plans the document holds that no longer fit the levers or that the game would refuse: `plans[i] "name": path: message` */
  skipped: string[];
  /** every plan as the document holds it, stale ones included */
  raw: unknown[];
}

/**
 * A fixed plan repeats its phase's decisions every quarter without looking at the company, so it
 * takes no one-offs: layoffs and promotions name people a schedule cannot know are still there
 * (a repeated layoff asks for juniors who have gone, and the game refuses it).
 */
const ONE_OFF_REFUSAL =
  'a kept plan lays nobody off and promotes nobody (a schedule cannot know who is still there)';

/** Why the game would refuse a kept plan's decisions (`phases.k.decisions...: why`), or null. */
function refusal(start: Game, plan: KeptPlan): string | null {
  for (const [k, phase] of plan.phases.entries()) {
    if (!hasNoOneOffs(phase.decisions)) return `phases.${k}.decisions: ${ONE_OFF_REFUSAL}`;
    const problem = checkDecisions(start, phase.decisions)[0];
    if (problem)
      return `phases.${k}.decisions${problem.path ? `.${problem.path}` : ''}: ${problem.reason.en}`;
  }
  return null;
}

const issueText = (i: z.core.$ZodIssue) =>
  `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`;

/** The library in `json` for scenario `scenarioId`, or the problems that make it not one. */
export function parsePlanLibrary(
  json: unknown,
  scenario: Scenario,
): { ok: true; value: ParsedLibrary } | { ok: false; problems: string[] } {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success)
    return {
      ok: false,
      problems: [
        `not a ${PLAN_LIBRARY_FORMAT} document, version ${PLAN_LIBRARY_VERSION}`,
        ...envelope.error.issues.map(issueText),
      ],
    };
  if (envelope.data.scenario !== scenario.id)
    return {
      ok: false,
      problems: [`it holds plans for scenario "${envelope.data.scenario}", not "${scenario.id}"`],
    };
  // Every phase must be decisions the game takes from the company as described (the scenario's
  // limits: requisitions, contractors, team size); checked once here, not in the middle of a run.
  const start = newGame({ ...scenario, situations: [] }, 1);
  const plans: KeptPlan[] = [];
  const skipped: string[] = [];
  envelope.data.plans.forEach((raw, i) => {
    const r = keptPlanSchema.safeParse(raw);
    const unplayable = r.success ? refusal(start, r.data) : null;
    if (r.success && unplayable) skipped.push(`plans[${i}] "${r.data.name}": ${unplayable}`);
    else if (r.success) plans.push(r.data);
    else {
      const name = (raw as { name?: unknown } | null)?.name;
      skipped.push(
        `plans[${i}]${typeof name === 'string' ? ` "${name}"` : ''}: ${r.error.issues.map(issueText).join('; ')} (it no longer fits the levers)`,
      );
    }
  });
  return {
    ok: true,
    value: { library: { ...envelope.data, plans }, skipped, raw: envelope.data.plans },
  };
}
