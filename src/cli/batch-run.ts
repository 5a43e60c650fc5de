/**
 * The unit of batch work shared by the main thread and the workers: play some seeds with a
 * plan. No Node APIs, so workers can bundle it.
 */
import type { LabTask, Scenario, TaskResult } from '../sim/headless';
import { seedRecord, type SeedRecord } from './batch-stats';
import type { Plan } from './plan';
import { playPlan, type PlanRefusal } from './play';

export type ToWorker =
  | { type: 'job'; scenario: Scenario; plan: Plan }
  | { type: 'run'; seeds: number[] }
  /** the balance lab: tasks (a named policy or fixed plan and a seed) for the job's scenario */
  | { type: 'lab-job'; scenario: Scenario }
  | { type: 'lab-run'; first: number; tasks: LabTask[] }
  | { type: 'stop' };
export type FromWorker =
  | { type: 'done'; records: SeedRecord[]; refusal: (PlanRefusal & { seed: number }) | null }
  | { type: 'lab-done'; first: number; results: TaskResult[] }
  | { type: 'crashed'; message: string };

/** Plays each seed; stops at the first seed whose plan the engine refuses. */
export function runSeeds(
  scenario: Scenario,
  plan: Plan,
  seeds: readonly number[],
): { records: SeedRecord[]; refusal: (PlanRefusal & { seed: number }) | null } {
  const records: SeedRecord[] = [];
  for (const seed of seeds) {
    const r = playPlan(scenario, seed, plan);
    if (!r.ok) return { records, refusal: { seed, ...r.refusal } };
    records.push(seedRecord(r.game));
  }
  return { records, refusal: null };
}
