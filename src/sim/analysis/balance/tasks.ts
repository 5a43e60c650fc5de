/**
 * The balance lab's unit of work: play one seed with one policy and keep what the reports need.
 * A task is plain data (a policy is named, not passed), so the CLI's worker processes and the
 * app's Web Worker run the same tasks and get the same numbers.
 */
import { selectScore } from '../../selectors';
import { runGame } from '../../run';
import { fixedPlanPolicy, labPolicy, type FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import type { Game, Policy } from '../../types';
import type { LeverId } from '../../levers';
import { withLever, type ScalarValue } from '../lever-space';
import { companyYears, type CompanyYear } from './company-years';

export type PolicySpec =
  /** a named policy of the lab (policies/index.ts LAB_POLICIES) */
  | { kind: 'named'; name: string }
  /** a fixed plan (one schedule that ignores the state) */
  | { kind: 'fixed'; plan: FixedPlan }
  /** a named policy, except that one card or request is always answered with one option */
  | { kind: 'forced-option'; base: string; source: string; option: string }
  /** a named policy, except that one lever is held at one value every quarter */
  | { kind: 'forced-lever'; base: string; lever: LeverId; value: ScalarValue };

export interface LabTask {
  policy: PolicySpec;
  seed: number;
  /** 'expected': card risks at their expected value, never drawn (Game.risks; option values) */
  risks?: 'expected';
}

export interface TaskResult {
  seed: number;
  score: number;
  grade: string;
  status: string;
  quarters: number;
  /** card and request ids the game drew, in order (repeats kept once) */
  drawn: string[];
  years: CompanyYear[];
}

export function policyOf(spec: PolicySpec): Policy {
  switch (spec.kind) {
    case 'named':
      return labPolicy(spec.name);
    case 'fixed':
      return fixedPlanPolicy(spec.plan);
    case 'forced-option': {
      const base = labPolicy(spec.base);
      return {
        name: `${spec.base}+${spec.source}=${spec.option}`,
        decide: base.decide,
        choose: (game, ev) =>
          ev.sourceId === spec.source && ev.options.some((o) => o.id === spec.option)
            ? spec.option
            : base.choose(game, ev),
      };
    }
    case 'forced-lever': {
      const base = labPolicy(spec.base);
      return {
        name: `${spec.base}+${spec.lever}=${String(spec.value)}`,
        decide: (game) => withLever(base.decide(game), spec.lever, spec.value),
        choose: base.choose,
      };
    }
  }
}

export function summariseGame(game: Game): TaskResult {
  const o = selectScore(game);
  const drawn: string[] = [];
  for (const h of game.history)
    for (const c of h.choices) if (!drawn.includes(c.sourceId)) drawn.push(c.sourceId);
  return {
    seed: game.seed,
    score: o.score,
    grade: o.grade,
    status: o.status,
    quarters: game.history.length,
    drawn,
    years: companyYears(
      game.baseline,
      game.history.map((h) => h.metrics),
    ),
  };
}

/** Plays one task to the end of the game. */
export function playTask(scenario: Scenario, task: LabTask): TaskResult {
  const options = task.risks ? { risks: task.risks } : undefined;
  return summariseGame(runGame(scenario, task.seed, policyOf(task.policy), options));
}

/** Plays tasks in order (the in-process evaluator; workers call this on their share). */
export function playTasks(scenario: Scenario, tasks: readonly LabTask[]): TaskResult[] {
  return tasks.map((t) => playTask(scenario, t));
}
