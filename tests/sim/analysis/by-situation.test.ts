/**
 * The balance lab's comparison by starting situation (analysis/balance/by-situation.ts): the
 * hold-out seeds grouped by the situation each starts in, the reference against the strongest
 * fixed plan in each group.
 */
import { describe, expect, it } from 'vitest';
import { bySituation } from '../../../src/sim/analysis/balance/by-situation';
import { situationOf } from '../../../src/sim/model/situation';
import { loadBuiltin } from '../../scenarios/builtin';
import { loadScenario } from '../helpers';

describe('the lab by starting situation', () => {
  const scenario = loadBuiltin('series-b-saas.json');
  const n = 200;
  // The reference leads by 3 on the seeds that start with less cash and trails by 1 elsewhere.
  const less = (seed: number) => situationOf(scenario, seed)?.id === 'less-cash';
  const adversary = Array.from({ length: n }, (_, i) => 70 + (i % 7));
  const reference = adversary.map((a, i) => a + (less(i + 1) ? 3 : -1));

  it('groups the hold-out seeds by the situation each starts in, in the scenario’s order', () => {
    const rows = bySituation(scenario, reference, adversary);
    expect(rows.map((r) => r.situation.id)).toEqual(scenario.situations!.map((s) => s.id));
    expect(rows.reduce((sum, r) => sum + r.seeds, 0)).toBe(n);
    const cash = rows.find((r) => r.situation.id === 'less-cash')!;
    expect(cash.seeds).toBe([...Array(n).keys()].filter((i) => less(i + 1)).length);
    expect(cash.meanMargin).toBeCloseTo(3, 10);
    expect(cash.referenceWins).toBe(1);
    for (const r of rows.filter((x) => x.situation.id !== 'less-cash')) {
      expect(r.meanMargin).toBeCloseTo(-1, 10);
      expect(r.referenceWins).toBe(0);
    }
  });

  it('has nothing to say for a scenario without situations', () => {
    expect(bySituation(loadScenario(), reference, adversary)).toEqual([]);
  });
});
