/**
 * The plan format (docs/plan-format.md): scripted decisions and dilemma choices for headless
 * play. A plan patches the previous quarter's decisions, so a short file can steer a long game.
 * The JSON schema in schemas/plan.schema.json is generated from `planSchema` (see planJsonSchema).
 */
import { z } from 'zod';
import { decisionsSchema } from '../sim/index';

const d = decisionsSchema.shape;

/**
 * Part of a Decisions object. Groups merge field by field into the previous decisions; arrays
 * (hiring, layoffs, initiatives, riskMitigations) replace the previous array as a whole.
 */
export const decisionsPatchSchema = z
  .strictObject({
    org: d.org.partial().optional(),
    process: d.process.partial().optional(),
    talent: d.talent.partial().optional(),
    allocation: d.allocation.optional(),
    initiatives: d.initiatives.optional(),
    budget: d.budget.extend({ tools: d.budget.shape.tools.partial() }).partial().optional(),
    coaching: d.coaching.partial().optional(),
    riskMitigations: d.riskMitigations.optional(),
    trends: d.trends.partial().optional(),
  })
  .describe(
    'Changes to the previous quarter’s decisions. Groups merge field by field; arrays replace; allocation is given whole (five shares summing to 100).',
  );
export type DecisionsPatch = z.infer<typeof decisionsPatchSchema>;

const choicesSchema = z
  .record(z.string().min(1), z.string().min(1))
  .describe(
    'Answers to dilemmas and stakeholder requests: key = card or request id (e.g. "cloud-cost-spike", "ceo-feature-by-date") or the full event id ("q3-d-cloud-cost-spike"); value = option id. Unanswered events take their default option.',
  );

const quarterEntrySchema = z.strictObject({
  quarter: z.number().int().min(1).describe('1-based quarter this entry applies to'),
  decisions: decisionsPatchSchema.optional(),
  choices: choicesSchema.optional(),
});

export const PLAN_FORMAT = 'vpoe-plan';
export const PLAN_VERSION = 1;

export const planSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(PLAN_FORMAT),
    version: z.literal(PLAN_VERSION),
    scenario: z
      .string()
      .optional()
      .describe('Scenario id the plan was written for; when set, another scenario is refused'),
    description: z.string().optional(),
    choices: choicesSchema
      .optional()
      .describe('Answers used in every quarter unless the quarter’s own entry answers the event'),
    quarters: z.array(quarterEntrySchema),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<number>();
    p.quarters.forEach((q, i) => {
      if (seen.has(q.quarter))
        ctx.addIssue({
          code: 'custom',
          path: ['quarters', i, 'quarter'],
          message: `quarter ${q.quarter} has more than one entry`,
        });
      seen.add(q.quarter);
    });
  })
  .describe('VPoE Simulator plan: scripted decisions and choices for `npm run sim -- play/batch`');
export type Plan = z.infer<typeof planSchema>;

/** The plan that keeps the scenario's starting decisions and takes every default option. */
export const EMPTY_PLAN: Plan = { format: PLAN_FORMAT, version: PLAN_VERSION, quarters: [] };

/** The JSON schema of the plan format, generated from planSchema (the file in schemas/ must match). */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Validates parsed JSON as a plan; problems are "path: message" lines. */
export function parsePlan(
  json: unknown,
): { ok: true; plan: Plan } | { ok: false; issues: string[] } {
  const r = planSchema.safeParse(json);
  if (r.success) return { ok: true, plan: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => `${formatJsonPath(i.path)}: ${i.message}`),
  };
}

function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
