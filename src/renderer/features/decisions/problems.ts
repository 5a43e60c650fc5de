import type { DecisionProblem, LeverInfo } from '../../../sim/index';

/** "talent.hiring[0].count" -> "talent.hiring": the lever-level part of a problem's path. */
function leverPathOf(problemPath: string): string {
  return problemPath.replace(/\[.*$/, '');
}

/** True when the engine's problem concerns this lever (same path, a sub-path, or its group). */
export function problemConcerns(problem: DecisionProblem, leverId: string): boolean {
  const path = leverPathOf(problem.path);
  return path === leverId || path.startsWith(`${leverId}.`) || leverId.startsWith(`${path}.`);
}

/** The problems that concern one lever. */
export function problemsFor(problems: DecisionProblem[], leverId: string): DecisionProblem[] {
  return problems.filter((p) => problemConcerns(p, leverId));
}

/** The lever a problem belongs to, for labelling it in the summary. */
export function leverOf(problem: DecisionProblem, levers: LeverInfo[]): LeverInfo | undefined {
  return levers.find((l) => problemConcerns(problem, l.id));
}
