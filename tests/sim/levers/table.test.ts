/**
 * The lever table is the one source of Decisions: the type, the zod schema, the copy and
 * repeat functions, the guards and the controls must all agree with it, for every lever.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { cloneDecisions, repeatsWithoutOneOffs } from '../../../src/sim/decisions';
import { LEVERS, readLever, type Lever } from '../../../src/sim/levers';
import { withoutOneOffs } from '../../../src/sim/levers/copy';
import {
  checkDecisions,
  decisionsSchema,
  getLever,
  newGame,
  scenarioSchema,
  selectLevers,
  setLever,
  type Decisions,
  type LeverId,
  type LeverValue,
} from '../../../src/sim/index';
import { loadScenario, rawScenario } from '../helpers';

const scenario = loadScenario();
const start = (): Decisions => cloneDecisions(scenario.startingDecisions);

/** Any value of the lever's type within its range (ids need not be in a catalogue). */
function valueOf(lever: Lever): fc.Arbitrary<unknown> {
  switch (lever.kind) {
    case 'number':
    case 'share': {
      const steps = Math.round((lever.max - lever.min) / lever.step);
      return fc.integer({ min: 0, max: steps }).map((k) => lever.min + k * lever.step);
    }
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...lever.choices.map((c) => c.value));
    case 'staff-lines':
      return fc.array(
        fc.record({
          role: fc.constantFrom('product', 'platform', 'security', 'data'),
          level: fc.constantFrom('junior', 'senior', 'staff', 'manager'),
          count: fc.integer({ min: 0, max: 20 }),
        }),
        { maxLength: 4 },
      );
    case 'ids':
      return fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 });
  }
}

const set = (d: Decisions, lever: Lever, v: unknown) =>
  setLever(d, lever.id, v as LeverValue<LeverId>);

describe('the lever table as the one source of Decisions', () => {
  it('derives the Decisions type, and the schema parses to exactly that type', () => {
    expectTypeOf<z.infer<typeof decisionsSchema>>().toEqualTypeOf<Decisions>();
    expectTypeOf<LeverValue<'budget.sourcing'>>().toEqualTypeOf<'open-source' | 'commercial'>();
    expectTypeOf<LeverValue<'talent.hiring'>>().toEqualTypeOf<Decisions['talent']['hiring']>();
  });

  it('has a lever for every leaf of a decisions object, and no other', () => {
    const leaves: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node !== null && typeof node === 'object' && !Array.isArray(node))
        for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
      else leaves.push(path);
    };
    walk(scenario.startingDecisions, '');
    expect(LEVERS.map((l) => l.id)).toEqual(leaves);
    expect(selectLevers().map((l) => l.id)).toEqual(leaves);
  });

  it('round-trips every lever through setLever and getLever, leaving the input untouched', () => {
    for (const lever of LEVERS)
      fc.assert(
        fc.property(valueOf(lever), (v) => {
          const d = start();
          const before = JSON.stringify(d);
          const next = set(d, lever, v);
          expect(getLever(next, lever.id)).toEqual(v);
          expect(JSON.stringify(d)).toBe(before);
          for (const other of LEVERS)
            if (other.id !== lever.id)
              expect(readLever(next, other.id), other.id).toEqual(readLever(d, other.id));
        }),
        { numRuns: 20 },
      );
  });

  it('gives the schema every range, step and choice of the table', () => {
    for (const lever of LEVERS) {
      let node: z.ZodType = decisionsSchema;
      for (const key of lever.path) node = (node as z.ZodObject).shape[key] as z.ZodType;
      if (lever.kind === 'number' || lever.kind === 'share') {
        const n = node as z.ZodNumber;
        expect([n.minValue, n.maxValue, n.isInt], lever.id).toEqual([
          lever.min,
          lever.max,
          lever.step === 1,
        ]);
      } else if (lever.kind === 'choice')
        expect((node as z.ZodEnum).options, lever.id).toEqual(lever.choices.map((c) => c.value));
      else if (lever.kind === 'boolean') expect(node.def.type, lever.id).toBe('boolean');
      else expect(node.def.type, lever.id).toBe('array');
    }
  });

  it('accepts the ends of every range in the schema and the guards, and refuses just outside', () => {
    const game = newGame(scenario, 1);
    for (const lever of LEVERS) {
      if (lever.kind !== 'number' || lever.limit) continue;
      for (const v of [lever.min, lever.max]) {
        const d = set(start(), lever, v);
        expect(decisionsSchema.safeParse(d).success, `${lever.id}=${v}`).toBe(true);
        expect(checkDecisions(game, d), `${lever.id}=${v}`).toEqual([]);
      }
      for (const v of [lever.min - lever.step, lever.max + lever.step]) {
        const d = set(start(), lever, v);
        expect(decisionsSchema.safeParse(d).success, `${lever.id}=${v}`).toBe(false);
        expect(
          checkDecisions(game, d).map((p) => p.levers),
          `${lever.id}=${v}`,
        ).toEqual([[lever.id]]);
      }
    }
  });

  it('gives a scenario that leaves a lever out the table’s default for it', () => {
    const raw = rawScenario() as { startingDecisions: Record<string, Record<string, unknown>> };
    delete raw.startingDecisions.trends!.sloTarget;
    delete raw.startingDecisions.coaching;
    const parsed = scenarioSchema.parse(raw);
    expect(parsed.startingDecisions.trends.sloTarget).toBe(0.999);
    expect(parsed.startingDecisions.coaching).toEqual({ oneOnOnes: 1, leadershipTraining: 0 });
  });
});

describe('copying and repeating decisions lever by lever', () => {
  it('never drops a changed lever: a plan that differs in any one lever is no repeat', () => {
    for (const lever of LEVERS)
      fc.assert(
        fc.property(valueOf(lever), (v) => {
          const prev = withoutOneOffs(start());
          fc.pre(JSON.stringify(v) !== JSON.stringify(readLever(prev, lever.id)));
          const d = set(prev, lever, v);
          expect(repeatsWithoutOneOffs(d, prev), lever.id).toBe(false);
          expect(getLever(cloneDecisions(d), lever.id), lever.id).toEqual(v);
          const next = withoutOneOffs(d);
          expect(getLever(next, lever.id), lever.id).toEqual(lever.oneOff ? lever.default : v);
        }),
        { numRuns: 30 },
      );
  });

  it('repeats a plan equal lever for lever, and copies share nothing with the original', () => {
    fc.assert(
      fc.property(fc.tuple(...LEVERS.map(valueOf)), (values) => {
        let d = start();
        LEVERS.forEach((lever, i) => {
          d = set(d, lever, lever.oneOff ? lever.default : values[i]);
        });
        const copy = cloneDecisions(d);
        expect(copy).toEqual(d);
        expect(repeatsWithoutOneOffs(copy, d)).toBe(true);
        copy.talent.hiring.push({ role: 'data', level: 'junior', count: 1 });
        copy.initiatives.push('x');
        expect(repeatsWithoutOneOffs(copy, d)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });
});
