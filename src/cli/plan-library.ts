/**
 * The kept plans of `sim balance --plan-library <dir>` (src/sim/analysis/balance/plan-library.ts):
 * <dir>/<scenario id>.json holds the fixed plans earlier searches found; they join the search as
 * candidates, and a plan a search finds is added. A file that is not a library is refused with
 * its path; a kept plan whose decisions no longer fit the levers (a lever renamed or removed
 * since) is skipped, and the reason is reported, so one stale plan does not stop the lab.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  emptyLibrary,
  PLAN_LIBRARY_FORMAT,
  PLAN_LIBRARY_VERSION,
  startingDecisionsSchema,
  type KeptPlan,
  withKeptPlan,
  type PlanLibrary,
} from '../sim/index';
import { CliError, readJsonFile, writeFileAtomically } from './io';

const envelopeSchema = z.strictObject({
  format: z.literal(PLAN_LIBRARY_FORMAT),
  version: z.literal(PLAN_LIBRARY_VERSION),
  scenario: z.string().min(1),
  plans: z.array(z.unknown()),
});

/** A lever the plan's engine did not have takes the lever table's default (startingDecisionsSchema). */
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

export interface LoadedLibrary {
  path: string;
  library: PlanLibrary;
  /** plans the file holds that no longer fit the levers: "name: path: message" */
  skipped: string[];
  /** every plan as the file holds it, stale ones included (written back as they were) */
  raw: unknown[];
}

const issueText = (i: z.core.$ZodIssue) =>
  `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`;

/** The library for a scenario in `dir` (an empty one when the file does not exist yet). */
export function readPlanLibrary(dir: string, scenarioId: string): LoadedLibrary {
  const path = join(dir, `${scenarioId}.json`);
  if (!existsSync(path)) return { path, library: emptyLibrary(scenarioId), skipped: [], raw: [] };
  const envelope = envelopeSchema.safeParse(readJsonFile(path, 'Plan library'));
  if (!envelope.success)
    throw new CliError(
      `Plan library "${path}" is not a ${PLAN_LIBRARY_FORMAT} file, version ${PLAN_LIBRARY_VERSION}:\n${envelope.error.issues.map((i) => `  ${issueText(i)}`).join('\n')}`,
    );
  if (envelope.data.scenario !== scenarioId)
    throw new CliError(
      `Plan library "${path}" holds plans for scenario "${envelope.data.scenario}", not "${scenarioId}".`,
    );
  const plans: KeptPlan[] = [];
  const skipped: string[] = [];
  envelope.data.plans.forEach((raw, i) => {
    const r = keptPlanSchema.safeParse(raw);
    if (r.success) plans.push(r.data);
    else {
      const name = (raw as { name?: unknown } | null)?.name;
      skipped.push(
        `plans[${i}]${typeof name === 'string' ? ` "${name}"` : ''}: ${r.error.issues.map(issueText).join('; ')}`,
      );
    }
  });
  return { path, library: { ...envelope.data, plans }, skipped, raw: envelope.data.plans };
}

/**
 * Adds a plan to the library file (atomically) unless an equal plan is kept already; the plans
 * the file held, stale ones included, stay as they were. Returns whether it was added.
 */
export function keepPlan(loaded: LoadedLibrary, plan: KeptPlan): boolean {
  const { added } = withKeptPlan(loaded.library, plan);
  if (!added) return false;
  const file: PlanLibrary | { plans: unknown[] } = {
    ...loaded.library,
    plans: [...loaded.raw, plan],
  };
  mkdirSync(dirname(loaded.path), { recursive: true });
  writeFileAtomically(loaded.path, `${JSON.stringify(file, null, 2)}\n`);
  return true;
}
