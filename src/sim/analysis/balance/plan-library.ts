/**
 * Kept fixed plans (issue 11): the strongest plans earlier searches found for a scenario, kept
 * in a library file so that every later lab starts its search from them. One search's best plan
 * depends on the search's own seed (docs/model.md, "How far the best plan found depends on the
 * search"); judging a model change against the plans found before it, as well as against a new
 * search, means a change that lets any of them win is seen. The library is plain data: phases
 * (the quarter each set of decisions starts in) and the answers, as the lab's report shows a plan.
 */
import type { FixedPlan } from '../../policies';
import type { Decisions } from '../../types';

export const PLAN_LIBRARY_FORMAT = 'vpoe-plan-library';
export const PLAN_LIBRARY_VERSION = 1;

/** One set of decisions and the quarter (1-based) from which the plan plays it. */
export interface PlanPhase {
  fromQuarter: number;
  decisions: Decisions;
}

export interface KeptPlan {
  name: string;
  /** where the plan came from: engine version, search seed and budget */
  foundBy: string;
  phases: PlanPhase[];
  /** answers by card or request id */
  choices: Record<string, string>;
}

export interface PlanLibrary {
  format: typeof PLAN_LIBRARY_FORMAT;
  version: typeof PLAN_LIBRARY_VERSION;
  /** the scenario id the plans were found for */
  scenario: string;
  plans: KeptPlan[];
}

export function emptyLibrary(scenario: string): PlanLibrary {
  return { format: PLAN_LIBRARY_FORMAT, version: PLAN_LIBRARY_VERSION, scenario, plans: [] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A plan's quarters as phases: a new phase wherever the decisions differ from the quarter before. */
export function planPhases(plan: Pick<FixedPlan, 'quarters'>): PlanPhase[] {
  const phases: PlanPhase[] = [];
  plan.quarters.forEach((decisions, i) => {
    const last = phases[phases.length - 1];
    if (!last || !same(last.decisions, decisions)) phases.push({ fromQuarter: i + 1, decisions });
  });
  return phases;
}

/** The plan a kept one plays: each quarter up to `horizon` takes its phase's decisions. */
export function fixedPlanOf(kept: KeptPlan, horizon: number): FixedPlan {
  const sorted = [...kept.phases].sort((a, b) => a.fromQuarter - b.fromQuarter);
  const first = sorted[0];
  if (!first) throw new RangeError(`kept plan "${kept.name}" has no phases`);
  const quarters: Decisions[] = [];
  for (let q = 1; q <= horizon; q++) {
    let phase = first;
    for (const p of sorted) if (p.fromQuarter <= q) phase = p;
    quarters.push(phase.decisions);
  }
  return { name: kept.name, quarters, choices: { ...kept.choices } };
}

export function keptPlanOf(plan: FixedPlan, name: string, foundBy: string): KeptPlan {
  return { name, foundBy, phases: planPhases(plan), choices: { ...plan.choices } };
}

/** `name`, or `name (2)`, `name (3)`... when it is taken already (and then taken). */
export function freeName(name: string, taken: Set<string>): string {
  let out = name;
  for (let i = 2; taken.has(out); i++) out = `${name} (${i})`;
  taken.add(out);
  return out;
}

/**
 * The library with `plan` added, unless a plan with the same phases and answers is already kept
 * (then the library is returned unchanged and `kept` is null). A name already taken gets the
 * first free " (2)", " (3)", ...: reports tell plans apart by name, and a search from the same
 * seed on the same engine finds another plan when it starts from a larger library.
 */
export function withKeptPlan(
  library: PlanLibrary,
  plan: KeptPlan,
): { library: PlanLibrary; kept: KeptPlan | null } {
  const known = library.plans.some(
    (p) => same(p.phases, plan.phases) && same(p.choices, plan.choices),
  );
  if (known) return { library, kept: null };
  const kept = { ...plan, name: freeName(plan.name, new Set(library.plans.map((p) => p.name))) };
  return { library: { ...library, plans: [...library.plans, kept] }, kept };
}
