import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETTINGS,
  inThreadEvaluator,
  runBalanceLab,
  type LabSettings,
} from '../../../src/sim/index';
import { searchShape } from '../../../src/sim/analysis/balance/search';
import { optionValues } from '../../../src/sim/analysis/balance/options';
import type { Evaluate } from '../../../src/sim/analysis/balance/evaluate';
import type { LabTask } from '../../../src/sim/analysis/balance/tasks';
import { loadBuiltin } from '../../scenarios/builtin';

const scenario = loadBuiltin('fintech-regulated.json');
const SMALL: LabSettings = {
  ...DEFAULT_LAB_SETTINGS,
  seeds: 6,
  budget: 60,
  searchSeeds: 2,
  population: 6,
  sensitivitySeeds: 1,
  optionDraws: 2,
  optionPoolSeeds: 6,
  foresightSeeds: 2,
  foresightBudget: 20,
};

describe('the balance lab', () => {
  it('reports every section, with paired comparisons on the same hold-out seeds', async () => {
    const progress: string[] = [];
    const r = await runBalanceLab(scenario, SMALL, inThreadEvaluator(scenario), (p) =>
      progress.push(p.stage),
    );
    const names = r.policies.map((p) => p.name);
    expect(names).toContain('reference');
    expect(names).toContain('max-everything');
    expect(names).toContain('best-fixed-plan');
    for (const p of r.policies) {
      expect(p.scores).toHaveLength(SMALL.seeds);
      if (p.name !== 'reference') expect(p.vsReference).toBeDefined();
    }
    expect(r.search?.games).toBeLessThanOrEqual(SMALL.budget);
    expect(r.sensitivity?.length).toBeGreaterThan(10);
    // The same levers in each of the scenario's starting situations, on seeds that start there.
    expect(r.sensitivityBySituation?.map((x) => x.situation.id)).toEqual(
      scenario.situations?.map((s) => s.id),
    );
    for (const row of r.sensitivityBySituation ?? []) {
      expect(row.seeds).toHaveLength(SMALL.sensitivitySeeds);
      expect(row.levers.map((l) => l.lever)).toEqual(r.sensitivity?.map((c) => c.lever));
      expect(row.levers.every((l) => l.givenUp >= 0)).toBe(true);
    }
    expect(r.options?.length).toBeGreaterThan(0);
    expect(r.foresight?.seeds.map((s) => s.seed)).toEqual([1, 2]);
    // Each event's options are judged on the games in which it came up, at most optionDraws.
    for (const o of r.options ?? []) {
      expect(o.draws).toBeGreaterThan(0);
      expect(o.draws).toBeLessThanOrEqual(SMALL.optionDraws);
    }
    expect(r.targets.map((t) => t.id)).toEqual([
      'beats-best-fixed-plan',
      'beats-max-everything',
      'random-median-grade',
      'reference-rarely-s',
      'policy-explains-variance',
      'no-dominated-option',
    ]);
    expect(new Set(progress)).toEqual(
      new Set([
        'search',
        'hold-out',
        'sensitivity',
        'sensitivity-by-situation',
        'options',
        'foresight',
      ]),
    );
  });

  it('gives the same report for the same settings (deterministic search and games)', async () => {
    const settings: LabSettings = { ...SMALL, sections: ['search'] };
    const a = await runBalanceLab(scenario, settings, inThreadEvaluator(scenario));
    const b = await runBalanceLab(scenario, settings, inThreadEvaluator(scenario, 7));
    expect(b).toEqual(a);
  });

  it('marks the targets of sections it did not run as not measured', async () => {
    const r = await runBalanceLab(
      scenario,
      { ...SMALL, sections: ['policies'] },
      inThreadEvaluator(scenario),
    );
    expect(r.targets.find((t) => t.id === 'beats-best-fixed-plan')?.met).toBeNull();
    expect(r.targets.find((t) => t.id === 'no-dominated-option')?.met).toBeNull();
    expect(r.targets.find((t) => t.id === 'random-median-grade')?.met).not.toBeNull();
  });
});

describe('the option values', () => {
  it("play each event's options only on the first seeds of the pool in which it came up", async () => {
    const evaluate = inThreadEvaluator(scenario);
    const played: LabTask[] = [];
    const spy: Evaluate = async (tasks, onPlayed) => {
      played.push(...tasks);
      return evaluate(tasks, onPlayed);
    };
    const settings = { optionDraws: 3, optionPoolSeeds: 12 };
    const values = await optionValues(scenario, settings, spy);
    const scouted = await evaluate(
      Array.from({ length: 12 }, (_, i) => ({
        policy: { kind: 'named', name: 'reference' } as const,
        seed: i + 1,
        risks: 'expected' as const,
      })),
    );
    // Every game of the section counts card risks at their expected value, never drawn.
    expect(played.every((t) => t.risks === 'expected')).toBe(true);
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) {
      const expected = scouted
        .filter((g) => g.drawn.includes(v.source))
        .slice(0, 3)
        .map((g) => g.seed);
      const seedsPlayed = played
        .filter((t) => t.policy.kind === 'forced-option' && t.policy.source === v.source)
        .map((t) => t.seed);
      expect(v.draws).toBe(expected.length);
      expect([...new Set(seedsPlayed)]).toEqual(expected);
    }
  });
});

describe('the search budget', () => {
  it('fits whole generations of the asked population after the known plans', () => {
    expect(searchShape(3000, 2, 6, 20)).toEqual({ population: 20, generations: 24 });
  });

  it('runs one smaller generation when the budget cannot pay for one of the asked size', () => {
    // 80 games, 2 known plans on 6 seeds (12 games): 68 left, 11 candidates on 6 seeds.
    expect(searchShape(80, 2, 6, 20)).toEqual({ population: 11, generations: 1 });
  });

  it('refuses a budget too small for the known plans and a minimal generation, saying how many', () => {
    expect(() => searchShape(30, 2, 6, 20)).toThrow(/too small.*36 games/);
  });

  it('never plays more games than the budget, and sweeps no more seeds than the hold-out seeds', async () => {
    const r = await runBalanceLab(
      scenario,
      { ...SMALL, budget: 30, searchSeeds: 2, sections: ['search', 'sensitivity'] },
      inThreadEvaluator(scenario),
    );
    expect(r.search?.games).toBeLessThanOrEqual(30);
    expect(r.settings.sensitivitySeeds).toBeLessThanOrEqual(SMALL.seeds);
  });
});
