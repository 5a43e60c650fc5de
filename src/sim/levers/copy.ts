/**
 * Copying and comparing decisions, lever by lever as the lever table lists them. Each function
 * is compiled once from the table into a tree of small functions, one per group, so a lever
 * added to the table is copied, compared and repeated without another line here. Headless play
 * copies and compares a plan every quarter (docs/performance.md).
 */
import type { StaffLine } from '../types';
import type { Decisions, Lever } from './index';
import { LEVER_TABLE, LEVERS, readLever } from './index';
import type { LeverGroup, LeverSpec } from './kinds';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object';
const isSpec = (node: LeverSpec | LeverGroup): node is LeverSpec =>
  typeof (node as { kind?: unknown }).kind === 'string';

const copyLines = (lines: readonly StaffLine[]): StaffLine[] =>
  lines.map((l) => ({ role: l.role, level: l.level, count: l.count }));
const copyIds = (ids: readonly string[]): string[] => ids.slice();

function sameLines(a: unknown, b: readonly StaffLine[]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) {
    const x: unknown = a[i];
    const y = b[i] as StaffLine;
    if (!isObj(x) || x.role !== y.role || x.level !== y.level || !Object.is(x.count, y.count))
      return false;
  }
  return true;
}

function sameIds(a: unknown, b: readonly string[]): boolean {
  if (!Array.isArray(a) || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether untyped `a` holds the same value as the lever's valid value `b`: numbers by Object.is
 * (so -0 and 0 differ), lists element by element.
 */
export function sameLeverValue(kind: LeverSpec['kind'], a: unknown, b: unknown): boolean {
  switch (kind) {
    case 'number':
    case 'share':
      return Object.is(a, b);
    case 'boolean':
    case 'choice':
      return a === b;
    case 'staff-lines':
      return sameLines(a, b as StaffLine[]);
    case 'ids':
      return sameIds(a, b as string[]);
  }
}

/** Whether untyped `v` is the lever's default (a one-off not taken: 0 promotions, no layoffs). */
function atDefault(spec: LeverSpec, v: unknown): boolean {
  return Array.isArray(spec.default)
    ? Array.isArray(v) && v.length === 0
    : Object.is(v, spec.default);
}

type Copier = (v: never) => unknown;

/** A copier for a table node; one-offs are reset to their default when `resetOneOffs`. */
function copierOf(node: LeverSpec | LeverGroup, resetOneOffs: boolean): Copier {
  if (isSpec(node)) {
    if (resetOneOffs && node.oneOff) {
      const fresh = node.default;
      return Array.isArray(fresh) ? () => [] : () => fresh;
    }
    if (node.kind === 'staff-lines') return copyLines;
    if (node.kind === 'ids') return copyIds;
    return (v) => v;
  }
  const keys = Object.keys(node);
  const copiers = keys.map((k) => copierOf(node[k] as LeverSpec | LeverGroup, resetOneOffs));
  // Keys are written in the table's order, so every copy has the same shape.
  return (src: Obj) => {
    const out: Obj = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      out[key] = (copiers[i] as (v: unknown) => unknown)(src[key]);
    }
    return out;
  };
}

type Repeater = (v: unknown, prev: unknown) => boolean;

function repeaterOf(node: LeverSpec | LeverGroup): Repeater {
  if (isSpec(node)) {
    if (node.oneOff) return (v) => atDefault(node, v);
    const kind = node.kind;
    return (v, prev) => sameLeverValue(kind, v, prev);
  }
  const keys = Object.keys(node);
  const repeaters = keys.map((k) => repeaterOf(node[k] as LeverSpec | LeverGroup));
  return (v, prev) => {
    if (!isObj(v)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      if (!(repeaters[i] as Repeater)(v[key], (prev as Obj)[key])) return false;
    }
    return true;
  };
}

const copyAll = copierOf(LEVER_TABLE, false) as (d: Decisions) => Decisions;
const copyRepeating = copierOf(LEVER_TABLE, true) as (d: Decisions) => Decisions;
const repeats = repeaterOf(LEVER_TABLE);

/** A deep copy of valid decisions with only the table's fields (kept in history, so callers cannot mutate the record). */
export function cloneDecisions(d: Decisions): Decisions {
  return copyAll(d);
}

/** A deep copy with every one-off (promotions, layoffs) back at its default: next quarter's plan. */
export function withoutOneOffs(d: Decisions): Decisions {
  return copyRepeating(d);
}

/**
 * Whether `d` repeats `prev` lever for lever (every lever the table lists, numbers compared with
 * Object.is so -0 and 0 differ) with every one-off at its default. When `prev` is decisions this
 * game already accepted, such a `d` needs no checkDecisions: every check but the one-offs' (layoffs,
 * promotions) depends only on the decisions and the scenario, and `prev` passed them. Headless
 * play re-submits last quarter's plan most quarters, and the checks were a tenth of its time.
 * Safe on untyped input (anything else returns false).
 */
export function repeatsWithoutOneOffs(d: unknown, prev: Decisions): boolean {
  return repeats(d, prev);
}

const ONE_OFFS: readonly Lever[] = LEVERS.filter((l) => l.oneOff);

/** Whether valid decisions take no one-off (no promotions, no layoffs). */
export function hasNoOneOffs(d: Decisions): boolean {
  for (const lever of ONE_OFFS) if (!atDefault(lever, readLever(d, lever.id))) return false;
  return true;
}
