/**
 * Lab games that are not played, for tests of the balance lab's choices: kept plans told apart
 * by a marker answer, and an Evaluate whose every score the test sets per plan and seed.
 */
import type { KeptPlan, LabTask, Scenario, TaskResult } from '../../../src/sim/index';
import type { Evaluate } from '../../../src/sim/analysis/balance/evaluate';

/** A kept plan that plays the scenario's starting decisions, told apart by a marker answer. */
export function markedPlan(scenario: Scenario, name: string): KeptPlan {
  return {
    name,
    foundBy: `a test: ${name}`,
    phases: [{ fromQuarter: 1, decisions: scenario.startingDecisions }],
    choices: { 'test-marker': name },
  };
}

/** Who plays a task: a named policy's name, a marked plan's marker, or 'other'. */
function playerOf(task: LabTask): string {
  if (task.policy.kind === 'named') return task.policy.name;
  if (task.policy.kind === 'fixed') return task.policy.plan.choices['test-marker'] ?? 'other';
  return 'other';
}

/**
 * An Evaluate whose every game the test sets: `score(task)` its score and `drawn(task)` the
 * events it met (none unless given).
 */
export function taskEvaluate(
  scenario: Scenario,
  score: (task: LabTask) => number,
  drawn: (task: LabTask) => string[] = () => [],
): Evaluate {
  return async (tasks, onPlayed) => {
    const out = tasks.map((t): TaskResult => ({
      seed: t.seed,
      score: score(t),
      grade: 'B',
      status: 'completed',
      quarters: scenario.horizonQuarters,
      drawn: drawn(t),
      years: [],
    }));
    onPlayed?.(out.length);
    return out;
  };
}

/** An Evaluate that scores each task `score(who, seed)`; `seen` gets every task's seed. */
export function scriptedEvaluate(
  scenario: Scenario,
  score: (who: string, seed: number) => number,
  seen?: number[],
): Evaluate {
  return taskEvaluate(scenario, (t) => {
    seen?.push(t.seed);
    return score(playerOf(t), t.seed);
  });
}
