import { describe, expect, it } from 'vitest';
import {
  branchGame,
  decisionDifferences,
  forkQuarter,
  leverDifferences,
  overlayRows,
  sameScenario,
  setLever,
  sharedShocks,
  type LeverId,
  type LeverValue,
  type StaffLine,
} from '../../../src/sim/index';
import { LEVERS, readLever, type Lever } from '../../../src/sim/levers';
import { featuresOnly, freshGame, playTo } from '../../renderer/saves/games';

const original = playTo(freshGame(11), 5);
// A what-if: from quarter 3 on, all features instead of the balanced plan.
const branch = playTo(branchGame(original, 3), 5, (d, q) => (q >= 3 ? featuresOnly(d) : d));

describe('compare: a game and its branch', () => {
  it('finds no decision differences before the fork and the allocation change from it on', () => {
    const diffs = decisionDifferences(original, branch);
    expect(diffs.map((d) => d.quarter)).toEqual([1, 2, 3, 4, 5]);
    expect(diffs[0]!.levers).toEqual([]);
    expect(diffs[1]!.levers).toEqual([]);
    const q3 = diffs[2]!.levers.find((l) => l.leverId === 'allocation.debtPaydown');
    expect(q3).toEqual({
      leverId: 'allocation.debtPaydown',
      a: original.history[2]!.decisions.allocation.debtPaydown,
      b: 0,
    });
  });

  it('compares levers only in quarters both runs played', () => {
    const shorter = playTo(branchGame(original, 3), 3, featuresOnly);
    const diffs = decisionDifferences(original, shorter);
    expect(diffs.map((d) => d.playedBy)).toEqual(['both', 'both', 'both', 'a', 'a']);
    expect(diffs[3]!.levers).toEqual([]);
    expect(diffs[3]!.choices).toEqual([]);
    expect(decisionDifferences(shorter, original)[4]!.playedBy).toBe('b');
  });

  it('pairs the random events of the shared quarters as the same shock', () => {
    const shocks = sharedShocks(original, branch);
    for (const q of [0, 1]) {
      expect(shocks[q]!.onlyA).toEqual([]);
      expect(shocks[q]!.onlyB).toEqual([]);
      expect(shocks[q]!.both.map((p) => p.a.kind)).toEqual(
        original.history[q]!.events.map((e) => e.kind),
      );
    }
  });

  it('records where the branch forked and overlays both runs per quarter', () => {
    expect(forkQuarter(original, branch)).toBe(3);
    expect(sameScenario(original, branch)).toBe(true);
    const rows = overlayRows(original, branch, 'cash');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ quarter: 0, a: original.baseline.cash, b: branch.baseline.cash });
    expect(rows[2]!.a).toBe(rows[2]!.b);
    expect(rows[5]!.b).toBe(branch.history[4]!.metrics.cash);
  });

  it('lists a lever once per path and keeps whole lists (hiring lines) as one value', () => {
    const a = original.history[0]!.decisions;
    const b = { ...a, talent: { ...a.talent, hiring: [] } };
    const diffs = leverDifferences(a, b);
    expect(diffs.map((d) => d.leverId)).toEqual(
      a.talent.hiring.length > 0 ? ['talent.hiring'] : [],
    );
  });

  it('shows two different seeds as different events, not the same shock everywhere', () => {
    const other = playTo(freshGame(12), 5);
    const shocks = sharedShocks(original, other);
    const onlyOne = shocks.reduce((n, s) => n + s.onlyA.length + s.onlyB.length, 0);
    expect(onlyOne).toBeGreaterThan(0);
    expect(forkQuarter(original, other)).toBeNull();
  });
});

describe('compare: lever by lever, as the lever table lists them', () => {
  const plan = original.history[0]!.decisions;
  /** A different value of the lever's kind (validity does not matter to a comparison). */
  function other(lever: Lever): unknown {
    const v = readLever(plan, lever.id);
    switch (lever.kind) {
      case 'number':
      case 'share':
        return v === lever.min ? lever.max : lever.min;
      case 'boolean':
        return !v;
      case 'choice':
        return lever.choices.find((c) => c.value !== v)!.value;
      case 'staff-lines':
        return [...(v as StaffLine[]), { role: 'data', level: 'staff', count: 3 }];
      case 'ids':
        return [...(v as string[]), 'another'];
    }
  }

  it('reports a change in any one lever, and only that lever', () => {
    for (const lever of LEVERS) {
      const changed = setLever(plan, lever.id, other(lever) as LeverValue<LeverId>);
      expect(leverDifferences(plan, changed)).toEqual([
        { leverId: lever.id, a: readLever(plan, lever.id), b: other(lever) },
      ]);
    }
  });

  it('lists every lever when one run has no plan for the quarter', () => {
    expect(leverDifferences(plan, undefined).map((d) => d.leverId)).toEqual(
      LEVERS.map((l) => l.id),
    );
  });
});
