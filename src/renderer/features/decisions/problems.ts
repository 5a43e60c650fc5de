import type { DecisionProblem, LeverId, LeverInfo } from '../../../sim/index';

/** The problems that concern one of these levers (the engine names the levers of each problem). */
export function problemsFor(
  problems: readonly DecisionProblem[],
  ...leverIds: LeverId[]
): DecisionProblem[] {
  return problems.filter((p) => p.levers.some((id) => leverIds.includes(id)));
}

/** The first lever a problem concerns, for labelling it in the summary. */
export function leverOf(problem: DecisionProblem, levers: LeverInfo[]): LeverInfo | undefined {
  return levers.find((l) => problem.levers.includes(l.id));
}
