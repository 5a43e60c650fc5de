/**
 * The zod schema of Decisions, generated from the lever table: every range, step and choice is
 * the table's. Kept apart from the table so that headless play (src/sim/headless.ts) runs
 * without zod.
 */
import { z } from 'zod';
import { LEVELS, ROLES } from '../types';
import type { Decisions } from './index';
import { LEVER_TABLE } from './index';
import type { LeverGroup, LeverSpec } from './kinds';

export const staffLineSchema = z.strictObject({
  role: z.enum(ROLES),
  level: z.enum(LEVELS),
  count: z.number().int().min(0),
});

/** The zod type the generator makes for a table node (so callers keep the shape's types). */
type SchemaOf<S> = S extends { kind: 'number' | 'share' }
  ? z.ZodNumber
  : S extends { kind: 'boolean' }
    ? z.ZodBoolean
    : S extends { kind: 'choice'; choices: readonly { value: infer V extends string }[] }
      ? z.ZodEnum<{ [K in V]: K }>
      : S extends { kind: 'staff-lines' }
        ? z.ZodArray<typeof staffLineSchema>
        : S extends { kind: 'ids' }
          ? z.ZodArray<z.ZodString>
          : z.ZodObject<{ -readonly [K in keyof S]: SchemaOf<S[K]> }, z.core.$strict>;

const isSpec = (node: LeverSpec | LeverGroup): node is LeverSpec =>
  typeof (node as { kind?: unknown }).kind === 'string';

function leverSchema(spec: LeverSpec): z.ZodType {
  switch (spec.kind) {
    case 'number':
    case 'share': {
      const n = spec.step === 1 ? z.number().int() : z.number();
      return n.min(spec.min).max(spec.max);
    }
    case 'boolean':
      return z.boolean();
    case 'choice':
      return z.enum(spec.choices.map((c) => c.value) as [string, ...string[]]);
    case 'staff-lines':
      return z.array(staffLineSchema);
    case 'ids':
      return z.array(z.string());
  }
}

function nodeSchema(node: LeverSpec | LeverGroup, withDefaults: boolean): z.ZodType {
  if (isSpec(node)) {
    const s = leverSchema(node);
    if (!withDefaults) return s;
    const d = node.default;
    return Array.isArray(d) ? s.default(() => []) : s.default(d as never);
  }
  const shape = Object.fromEntries(
    Object.entries(node).map(([key, child]) => [key, nodeSchema(child, withDefaults)]),
  );
  const group = z.strictObject(shape);
  return withDefaults ? group.prefault({}) : group;
}

/** Decisions as saves, plans and drafts hold them: every lever present and in its range. */
export const decisionsSchema = nodeSchema(LEVER_TABLE, false) as unknown as SchemaOf<
  typeof LEVER_TABLE
>;

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** A scenario's starting plan: a lever it leaves out starts from the table's default. */
export const startingDecisionsSchema = nodeSchema(LEVER_TABLE, true) as unknown as z.ZodType<
  Decisions,
  DeepPartial<Decisions>
>;
