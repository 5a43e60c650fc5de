/**
 * What differs between two runs of one scenario, quarter by quarter: the decisions (lever by
 * lever, by the engine's lever ids), the answers to the same dilemma or request, and the random
 * events that hit both runs ("same shock") or only one. Pure: reads the games' histories only.
 */
import type { Decisions, EventRecord, Game, QuarterMetrics } from '../../../sim/index';

/** A lever's value as the decisions hold it: a number, a flag, a choice, or a list. */
export type LeverValue = number | boolean | string | readonly unknown[];

export interface LeverDifference {
  /** dotted path into Decisions, equal to the engine's LeverInfo.id */
  leverId: string;
  a: LeverValue | undefined;
  b: LeverValue | undefined;
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

/** The levers of a Decisions object by dotted path; lists (hiring lines, ids) stay whole. */
export function leverValues(decisions: Decisions): Map<string, LeverValue> {
  const out = new Map<string, LeverValue>();
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, value] of Object.entries(node)) walk(value, path ? `${path}.${key}` : key);
    } else out.set(path, node as LeverValue);
  };
  walk(decisions, '');
  return out;
}

function sameValue(a: LeverValue | undefined, b: LeverValue | undefined): boolean {
  // Lists compare by content; staff lines are plain data in a fixed key order from the engine.
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Levers set differently in one quarter (paths present in either decisions object). */
export function leverDifferences(a: Decisions | undefined, b: Decisions | undefined) {
  const va = a ? leverValues(a) : new Map<string, LeverValue>();
  const vb = b ? leverValues(b) : new Map<string, LeverValue>();
  const paths = [...new Set([...va.keys(), ...vb.keys()])];
  return paths
    .filter((p) => !sameValue(va.get(p), vb.get(p)))
    .map((leverId) => ({ leverId, a: va.get(leverId), b: vb.get(leverId) }));
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

/** One chart row per quarter (0 = the start) with run A's and run B's value of a metric. */
export function overlayRows(
  a: Game,
  b: Game,
  metric: keyof QuarterMetrics,
): { quarter: string; a?: number; b?: number }[] {
  const quarters = Math.max(a.history.length, b.history.length);
  const rows: { quarter: string; a?: number; b?: number }[] = [
    { quarter: 'Q0', a: a.baseline[metric], b: b.baseline[metric] },
  ];
  for (let i = 0; i < quarters; i++) {
    const ma = a.history[i]?.metrics;
    const mb = b.history[i]?.metrics;
    rows.push({
      quarter: `Q${i + 1}`,
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
