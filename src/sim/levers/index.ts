/**
 * Levers by id: the lever table flattened into one list (table order), the types it derives
 * (Decisions, LeverId, a lever's value type) and typed reading and writing of one lever.
 */
import type { AtPath, LeverGroup, LeverPaths, LeverSpec, ValueOfLever } from './kinds';
import { ALLOCATION_TOTAL, LEVER_TABLE, RESPONSIBILITY_OF_GROUP } from './table';

export { ALLOCATION_TOTAL, LEVER_TABLE };
export type * from './kinds';

/** The player's decisions for one quarter: the lever table's shape (see table.ts). */
export type Decisions = ValueOfLever<typeof LEVER_TABLE>;
/** A lever's id: its dotted path into Decisions, e.g. "budget.tools.ci". */
export type LeverId = LeverPaths<typeof LEVER_TABLE>;
/** The value a lever holds in Decisions. */
export type LeverValue<Id extends LeverId> = AtPath<Decisions, Id>;
/** The groups of Decisions (its top-level keys). */
export type LeverGroupId = keyof typeof LEVER_TABLE;
export type AllocationShare = keyof Decisions['allocation'];
export type Responsibility = (typeof RESPONSIBILITY_OF_GROUP)[LeverGroupId];

/** One lever of the table, with where it sits. */
export type Lever = LeverSpec & {
  id: LeverId;
  /** the keys from Decisions down to the lever */
  path: readonly string[];
  group: LeverGroupId;
  responsibility: Responsibility;
};

const isSpec = (node: LeverSpec | LeverGroup): node is LeverSpec =>
  typeof (node as { kind?: unknown }).kind === 'string';

function flatten(node: LeverGroup, path: string[], out: Lever[]): Lever[] {
  for (const [key, child] of Object.entries(node)) {
    const at = [...path, key];
    if (isSpec(child)) {
      const group = at[0] as LeverGroupId;
      out.push({
        ...child,
        id: at.join('.') as LeverId,
        path: at,
        group,
        responsibility: RESPONSIBILITY_OF_GROUP[group],
      });
    } else flatten(child, at, out);
  }
  return out;
}

/** Every lever, in the table's order. */
export const LEVERS: readonly Lever[] = flatten(LEVER_TABLE, [], []);
export const LEVERS_BY_ID: ReadonlyMap<LeverId, Lever> = new Map(LEVERS.map((l) => [l.id, l]));

/** The capacity shares, in the table's order. */
export const ALLOCATION_SHARES = Object.keys(LEVER_TABLE.allocation) as AllocationShare[];

export function leverById(id: LeverId): Lever {
  const lever = LEVERS_BY_ID.get(id);
  if (!lever) throw new Error(`Unknown lever "${id}"`);
  return lever;
}

type Reader = (obj: unknown) => unknown;
const readKey =
  (key: string, next: Reader): Reader =>
  (obj) =>
    obj !== null && typeof obj === 'object'
      ? next((obj as Record<string, unknown>)[key])
      : undefined;
const self: Reader = (v) => v;
/** One reader per lever, built once (splitting the path on every read was slow). */
const READERS = new Map<LeverId, Reader>(
  LEVERS.map((l) => [l.id, l.path.reduceRight<Reader>((next, key) => readKey(key, next), self)]),
);

/** A lever's value in untyped input (undefined where the path is missing). */
export function readLever(decisions: unknown, id: LeverId): unknown {
  return (READERS.get(id) as Reader)(decisions);
}

/** A lever's value. */
export function getLever<Id extends LeverId>(decisions: Decisions, id: Id): LeverValue<Id> {
  return readLever(decisions, id) as LeverValue<Id>;
}

/** A copy of the decisions with one lever set; the groups along its path are copied, the rest shared. */
export function setLever<Id extends LeverId>(
  decisions: Decisions,
  id: Id,
  value: LeverValue<Id>,
): Decisions {
  const path = leverById(id).path;
  const write = (node: Record<string, unknown>, i: number): Record<string, unknown> => {
    const key = path[i] as string;
    const next = i === path.length - 1 ? value : write(node[key] as Record<string, unknown>, i + 1);
    return { ...node, [key]: next };
  };
  return write(decisions as unknown as Record<string, unknown>, 0) as unknown as Decisions;
}

/** Whether the capacity shares sum to ALLOCATION_TOTAL (within rounding). */
export function allocationSum(allocation: Decisions['allocation']): number {
  let sum = 0;
  for (const key of ALLOCATION_SHARES) sum += allocation[key];
  return sum;
}
export function allocationIsWhole(allocation: Decisions['allocation']): boolean {
  return Math.abs(allocationSum(allocation) - ALLOCATION_TOTAL) <= 1e-9;
}
