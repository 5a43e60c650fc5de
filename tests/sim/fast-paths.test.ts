/**
 * Shortcuts the engine takes for speed must not change what it accepts or computes
 * (docs/performance.md). Whole-game identity is pinned by the golden checksums in
 * determinism.test.ts; these tests pin the shortcuts' own conditions.
 */
import { describe, expect, it } from 'vitest';
import { cloneDecisions, repeatsWithoutOneOffs } from '../../src/sim/decisions';
import { compound } from '../../src/sim/model/growth';
import { conditionValue, conditionView, viewIndex } from '../../src/sim/model/conditions';
import { pow } from '../../src/sim/math';
import {
  defaultDecisions,
  newGame,
  selectLevers,
  selectOutcome,
  selectScore,
  submitDecisions,
  runGame,
  balancedPolicy,
  carelessPolicy,
  CONDITION_METRICS,
  answerEvent,
  branchGame,
  continueGame,
  type Game,
  type Decisions,
} from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const accepted = (): Decisions => cloneDecisions(scenario.startingDecisions);

/** A copy of `d` with the lever at dotted path `id` set to a different valid-looking value. */
function changed(d: Decisions, lever: ReturnType<typeof selectLevers>[number]): Decisions {
  const out = cloneDecisions(d);
  const keys = lever.id.split('.');
  const last = keys.pop() as string;
  let group = out as unknown as Record<string, unknown>;
  for (const k of keys) group = group[k] as Record<string, unknown>;
  const v = group[last];
  if (lever.kind === 'boolean') group[last] = !v;
  else if (lever.kind === 'choice')
    group[last] = (lever.choices ?? []).find((c) => c.value !== v)?.value;
  else if (lever.kind === 'number' || lever.kind === 'share')
    group[last] = (v as number) + (lever.step ?? 0.01);
  else if (lever.kind === 'staff-lines')
    group[last] = [...(v as unknown[]), { role: 'product', level: 'senior', count: 1 }];
  else group[last] = [...(v as string[]), 'some-id'];
  return out;
}

describe('repeatsWithoutOneOffs (submitDecisions skips the checks for it)', () => {
  it('holds for an exact repeat of accepted decisions', () => {
    expect(repeatsWithoutOneOffs(accepted(), accepted())).toBe(true);
  });

  it('fails when any single lever differs', () => {
    for (const lever of selectLevers()) {
      const d = changed(accepted(), lever);
      expect(repeatsWithoutOneOffs(d, accepted()), lever.id).toBe(false);
    }
  });

  it('fails for promotions or layoffs even when they repeat last quarter’s', () => {
    const prev = accepted();
    prev.org.promotionsToStaff = 1;
    expect(repeatsWithoutOneOffs(cloneDecisions(prev), prev)).toBe(false);
    const laid = accepted();
    laid.talent.layoffs = [{ role: 'product', level: 'junior', count: 1 }];
    expect(repeatsWithoutOneOffs(cloneDecisions(laid), laid)).toBe(false);
  });

  it('fails on malformed input instead of throwing, and tells -0 from 0', () => {
    for (const bad of [null, 7, {}, { org: {} }, { ...accepted(), budget: { tools: null } }])
      expect(repeatsWithoutOneOffs(bad, accepted())).toBe(false);
    const d = accepted();
    d.budget.contractors = -0;
    const prev = accepted();
    prev.budget.contractors = 0;
    expect(repeatsWithoutOneOffs(d, prev)).toBe(false);
  });

  it('still refuses an invalid plan after a repeated one', () => {
    let game = newGame(scenario, 1);
    const first = submitDecisions(game, defaultDecisions(game));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    game = { ...first.value, phase: 'planning', pending: [], quarter: 2 };
    const bad = defaultDecisions(game);
    bad.allocation.features += 1;
    expect(submitDecisions(game, bad).ok).toBe(false);
  });

  it('checks a starting plan that the scenario limits refuse, in every game', () => {
    // parseScenario refuses such a scenario; a Scenario built in code can still hold one.
    const strict = structuredClone(loadScenario());
    strict.startingDecisions.talent!.hiring = [{ role: 'product', level: 'senior', count: 5 }];
    strict.limits.maxHiresPerQuarter = 2;
    for (const seed of [1, 2]) {
      const game = newGame(strict, seed);
      const r = submitDecisions(game, defaultDecisions(game));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.map((p) => p.path)).toEqual(['talent.hiring']);
    }
  });
});

describe('other shortcuts', () => {
  it('every game step keeps the game’s fields in newGame’s order, a branch’s parent last', () => {
    const keysOf = (g: Game) => Object.keys(g).join(',');
    const played = runGame(scenario, 5, balancedPolicy);
    let game = branchGame(played, 3);
    const expected = keysOf(game);
    expect(expected).toBe(`${keysOf(newGame(scenario, 5))},parent`);
    while (game.phase !== 'ended') {
      if (game.phase === 'planning') {
        const r = submitDecisions(game, defaultDecisions(game));
        if (!r.ok) throw new Error('refused');
        game = r.value;
      } else if (game.phase === 'events') {
        const ev = game.pending[0]!;
        const r = answerEvent(game, ev.id, ev.defaultOptionId);
        if (!r.ok) throw new Error('refused');
        game = r.value;
      } else game = continueGame(game);
      expect(keysOf(game)).toBe(expected);
    }
  });

  it('the condition view holds every condition metric with the value conditionValue reads', () => {
    const game = runGame(scenario, 4, balancedPolicy);
    for (const record of game.history) {
      const view = conditionView(record.metrics, game.state, record.quarter);
      for (const metric of CONDITION_METRICS) {
        const i = viewIndex(metric);
        expect(i, metric).toBeDefined();
        expect(view[i as number], metric).toBe(
          conditionValue(metric, record.metrics, game.state, record.quarter),
        );
      }
    }
  });

  it('compound() returns exactly what pow() does', () => {
    for (const base of [1.015, 1.04, 0.97, 1])
      for (let k = -1; k < 300; k++) expect(compound(base, k)).toBe(pow(base, k));
    expect(compound(1.015, 2.5)).toBe(pow(1.015, 2.5));
  });

  it('selectScore agrees with selectOutcome', () => {
    for (const seed of [1, 2, 3]) {
      for (const policy of [balancedPolicy, carelessPolicy]) {
        const game = runGame(scenario, seed, policy);
        const o = selectOutcome(game);
        expect(selectScore(game)).toEqual({ status: o.status, score: o.score, grade: o.grade });
      }
    }
  });
});
