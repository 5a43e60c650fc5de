/**
 * How the lab gets games played: an Evaluate function runs tasks and returns one result per
 * task, in task order. The CLI spreads tasks over its batch worker processes (ADR 0006); the
 * app's Web Worker and the tests play them in their own thread.
 */
import type { Scenario } from '../../scenario/schema';
import { playTasks, type LabTask, type PolicySpec, type TaskResult } from './tasks';

/** Runs tasks; calls onPlayed with how many of them have been played so far. */
export type Evaluate = (
  tasks: readonly LabTask[],
  onPlayed?: (played: number) => void,
) => Promise<TaskResult[]>;

/** Plays tasks in this thread, reporting progress every `chunk` games. */
export function inThreadEvaluator(scenario: Scenario, chunk = 25): Evaluate {
  return async (tasks, onPlayed) => {
    const out: TaskResult[] = [];
    for (let i = 0; i < tasks.length; i += chunk) {
      out.push(...playTasks(scenario, tasks.slice(i, i + chunk)));
      onPlayed?.(out.length);
      // Let a host's message loop run between chunks (progress, cancel).
      await Promise.resolve();
    }
    return out;
  };
}

/**
 * Plays every policy on every seed with one Evaluate call (one batch for the workers): the
 * results per policy, in the order given, each in seed order.
 */
export async function playOnSeeds(
  evaluate: Evaluate,
  policies: readonly PolicySpec[],
  seeds: readonly number[],
  onPlayed?: (played: number) => void,
): Promise<TaskResult[][]> {
  const tasks: LabTask[] = policies.flatMap((policy) => seeds.map((seed) => ({ policy, seed })));
  const results = await evaluate(tasks, onPlayed);
  return policies.map((_, i) => results.slice(i * seeds.length, (i + 1) * seeds.length));
}
