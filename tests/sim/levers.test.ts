import { describe, expect, it } from 'vitest';
import { gameChecksum, selectLevers, type Decisions, type LeverInfo } from '../../src/sim/index';
import { fixedPolicy, loadScenario, play } from './helpers';

const scenario = loadScenario();

/** A different valid value for the lever (the starting plan otherwise). */
function varied(d: Decisions, lever: LeverInfo): Decisions {
  const copy = structuredClone(d) as unknown as Record<string, unknown>;
  const keys = lever.id.split('.');
  let parent = copy;
  for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  const cur = parent[last];
  if (lever.id.startsWith('allocation.')) {
    // Move 10 points between this bucket and features (or debt paydown for features).
    const other = lever.id === 'allocation.features' ? 'debtPaydown' : 'features';
    const alloc = copy.allocation as Record<string, number>;
    alloc[last] = (alloc[last] ?? 0) + 10;
    alloc[other] = (alloc[other] ?? 0) - 10;
  } else if (lever.kind === 'boolean') parent[last] = !cur;
  else if (lever.kind === 'number') {
    const step = lever.step ?? 1;
    const up = (cur as number) + 2 * step;
    const down = (cur as number) - 2 * step;
    parent[last] =
      up <= (lever.max ?? Infinity)
        ? up
        : down >= (lever.min ?? -Infinity)
          ? down
          : (cur as number) + step;
  } else if (lever.kind === 'choice')
    parent[last] = lever.choices!.find((c) => c.value !== cur)!.value;
  else if (lever.kind === 'staff-lines')
    parent[last] =
      lever.id === 'talent.layoffs'
        ? [{ role: 'product', level: 'junior', count: 2 }]
        : [{ role: 'product', level: 'senior', count: 4 }];
  else
    parent[last] =
      lever.id === 'initiatives' ? [scenario.initiatives[0]!.id] : [scenario.riskRegister[0]!.id];
  return copy as unknown as Decisions;
}

describe('no lever is decorative', () => {
  const base = play(
    scenario,
    5,
    fixedPolicy('base', (_g, d) => d),
    4,
  );
  for (const lever of selectLevers()) {
    if (lever.id === 'org.promotionsToManager' || lever.id === 'org.promotionsToStaff') continue; // below
    it(`${lever.id} changes the outcome`, () => {
      const g = play(
        scenario,
        5,
        fixedPolicy(lever.id, (_g, d) => varied(d, lever)),
        4,
      );
      expect(g.history).toHaveLength(4);
      expect(gameChecksum(g)).not.toBe(gameChecksum(base));
      expect(g.history[3]!.metrics).not.toEqual(base.history[3]!.metrics);
    });
  }
  it('promotions change the outcome', () => {
    for (const key of ['promotionsToManager', 'promotionsToStaff'] as const) {
      const g = play(
        scenario,
        5,
        fixedPolicy(key, (game, d) => ({
          ...d,
          org: { ...d.org, [key]: game.quarter === 1 ? 2 : 0 },
        })),
        4,
      );
      expect(g.history[3]!.metrics).not.toEqual(base.history[3]!.metrics);
    }
  });
});
