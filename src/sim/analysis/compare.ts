/**
 * What differs between two runs of one scenario, quarter by quarter: the decisions (lever by
 * lever, walking the lever table), the answers to the same dilemma or request, and the random
 * events that hit both runs ("same shock") or only one. Pure: reads the games' histories only.
 * The compare and replay views format what these return.
 */
import { LEVERS, readLever, type LeverId, type LeverValue } from '../levers';
import { sameLeverValue } from '../levers/copy';
import type { Decisions, EventRecord, Game, QuarterMetrics } from '../types';

export interface LeverDifference {
  leverId: LeverId;
  /** the lever's value in run a (undefined when a has no decisions for the quarter) */
  a: LeverValue<LeverId> | undefined;
  b: LeverValue<LeverId> | undefined;
}

export interface ChoiceDifference {
  /** dilemma card or request template id */
  sourceId: string;
  a: string | null;
  b: string | null;
}

export interface QuarterDifference {
  quarter: number;
  /** which runs resolved this quarter; levers and choices are compared only when both did */
  playedBy: 'both' | 'a' | 'b';
  levers: LeverDifference[];
  choices: ChoiceDifference[];
}

/** Levers set differently in two plans (every lever, when one of them is missing). */
export function leverDifferences(
  a: Decisions | undefined,
  b: Decisions | undefined,
): LeverDifference[] {
  const out: LeverDifference[] = [];
  for (const lever of LEVERS) {
    const va = a && (readLever(a, lever.id) as LeverValue<LeverId>);
    const vb = b && (readLever(b, lever.id) as LeverValue<LeverId>);
    // Numbers by ===: a plan's 0 and -0 read the same to a player.
    const same =
      a !== undefined && b !== undefined && (va === vb || sameLeverValue(lever.kind, va, vb));
    if (!same) out.push({ leverId: lever.id, a: va, b: vb });
  }
  return out;
}

/** Per quarter played by either run: the levers and answers that differed (empty quarters kept). */
export function decisionDifferences(a: Game, b: Game): QuarterDifference[] {
  const quarters = Math.max(a.history.length, b.history.length);
  const out: QuarterDifference[] = [];
  for (let i = 0; i < quarters; i++) {
    const ra = a.history[i];
    const rb = b.history[i];
    if (!ra || !rb) {
      out.push({ quarter: i + 1, playedBy: ra ? 'a' : 'b', levers: [], choices: [] });
      continue;
    }
    const choicesA = new Map(ra.choices.map((c) => [c.sourceId, c.optionId]));
    const choicesB = new Map(rb.choices.map((c) => [c.sourceId, c.optionId]));
    const choices = [...new Set([...choicesA.keys(), ...choicesB.keys()])]
      .filter((id) => choicesA.get(id) !== choicesB.get(id))
      .map((sourceId) => ({
        sourceId,
        a: choicesA.get(sourceId) ?? null,
        b: choicesB.get(sourceId) ?? null,
      }));
    out.push({
      quarter: i + 1,
      playedBy: 'both',
      levers: leverDifferences(ra.decisions, rb.decisions),
      choices,
    });
  }
  return out;
}

export interface QuarterShocks {
  quarter: number;
  /** events of one kind that hit both runs in this quarter, paired in order */
  both: { a: EventRecord; b: EventRecord }[];
  onlyA: EventRecord[];
  onlyB: EventRecord[];
}

/** The random events of each quarter, matched by kind between the two runs. */
export function sharedShocks(a: Game, b: Game): QuarterShocks[] {
  const quarters = Math.max(a.history.length, b.history.length);
  const out: QuarterShocks[] = [];
  for (let i = 0; i < quarters; i++) {
    const restB = [...(b.history[i]?.events ?? [])];
    const both: QuarterShocks['both'] = [];
    const onlyA: EventRecord[] = [];
    for (const ea of a.history[i]?.events ?? []) {
      const j = restB.findIndex((eb) => eb.kind === ea.kind);
      if (j >= 0) both.push({ a: ea, b: restB.splice(j, 1)[0]! });
      else onlyA.push(ea);
    }
    out.push({ quarter: i + 1, both, onlyA, onlyB: restB });
  }
  return out;
}

/** One row per quarter (0 = the start) with run A's and run B's value of a metric. */
export function overlayRows(
  a: Game,
  b: Game,
  metric: keyof QuarterMetrics,
): { quarter: number; a?: number; b?: number }[] {
  const quarters = Math.max(a.history.length, b.history.length);
  const rows: { quarter: number; a?: number; b?: number }[] = [
    { quarter: 0, a: a.baseline[metric], b: b.baseline[metric] },
  ];
  for (let i = 0; i < quarters; i++) {
    const ma = a.history[i]?.metrics;
    const mb = b.history[i]?.metrics;
    rows.push({
      quarter: i + 1,
      ...(ma ? { a: ma[metric] } : {}),
      ...(mb ? { b: mb[metric] } : {}),
    });
  }
  return rows;
}

/** Whether two games can be compared: the same scenario (id and content). */
export function sameScenario(a: Game, b: Game): boolean {
  return (
    a.scenario.id === b.scenario.id && JSON.stringify(a.scenario) === JSON.stringify(b.scenario)
  );
}

/** The quarter b forked from a at, when b is a's branch (or a is b's); null otherwise. */
export function forkQuarter(a: Game, b: Game): number | null {
  if (b.parent && b.parent.seed === a.seed) return b.parent.quarter;
  if (a.parent && a.parent.seed === b.seed) return a.parent.quarter;
  return null;
}
