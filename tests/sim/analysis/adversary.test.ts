import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETTINGS,
  inThreadEvaluator,
  runBalanceLab,
  SEARCH_SEED_BASE,
  strongestFixedPlan,
  type FixedPlanCandidate,
  type KeptPlan,
  type LabSettings,
  type PairedComparison,
} from '../../../src/sim/index';
import type { Evaluate } from '../../../src/sim/analysis/balance/evaluate';
import { readPlanLibrary } from '../../../src/cli/plan-library';
import { withEveryInvestmentAt } from '../../../src/sim/analysis/lever-space';
import { loadBuiltin } from '../../scenarios/builtin';
import { markedPlan, scriptedEvaluate } from './scripted-lab';

const scenario = loadBuiltin('series-b-saas.json');
const SEARCH_ONLY: LabSettings = {
  ...DEFAULT_LAB_SETTINGS,
  seeds: 6,
  budget: 60,
  searchSeeds: 2,
  population: 6,
  sections: ['search'],
};

const marked = (name: string) => markedPlan(scenario, name);

/**
 * Games that are not played: every score is set per plan and per kind of seed, so a plan can
 * be made best on the search's seeds and weak on the hold-out seeds.
 */
const scripted = (scores: Record<string, { search: number; holdOut: number }>): Evaluate =>
  scriptedEvaluate(scenario, (who, seed) => {
    const s = scores[who] ?? { search: 10, holdOut: 10 };
    return seed >= SEARCH_SEED_BASE ? s.search : s.holdOut;
  });

describe('the adversary of the fixed-plan target', () => {
  it('is the fixed plan strongest on the hold-out seeds, not the one the search chose on its own seeds', async () => {
    // The decoy wins the search's seeds; on the hold-out seeds the reference beats it by 10
    // points, and the strong plan by 1 (which misses the target's 5 points).
    const evaluate = scripted({
      reference: { search: 70, holdOut: 70 },
      decoy: { search: 90, holdOut: 60 },
      strong: { search: 80, holdOut: 69 },
      weak: { search: 50, holdOut: 40 },
    });
    const kept = [marked('weak'), marked('decoy'), marked('strong')];
    const r = await runBalanceLab(scenario, SEARCH_ONLY, evaluate, undefined, kept);
    expect(r.search?.source).toBe('decoy');
    expect(r.policies.find((p) => p.name === 'best-fixed-plan')?.vsReference?.meanMargin).toBe(10);
    expect(r.adversary).toEqual({ policy: 'strong', origin: 'kept', from: 'a test: strong' });
    const target = r.targets.find((t) => t.id === 'beats-best-fixed-plan');
    expect(target?.met).toBe(false);
    expect(target?.measured.en).toBe('wins 100%, margin 1.0, against kept plan “strong”');
    // Every kept plan was played on the hold-out seeds, under its own name.
    expect(r.policies.filter((p) => p.kind === 'kept').map((p) => p.name)).toEqual([
      'weak',
      'decoy',
      'strong',
    ]);
  });

  it('is met only against every fixed plan: a plan beaten by more but in too few seeds fails it', async () => {
    // The reference scores 70. "steady" scores 64 on every seed (the reference wins 100%, +6:
    // it passes, and it is the strongest by margin); "streaky" scores 90 on odd seeds and 30 on
    // even ones (the reference wins 50%, +10): judged against the strongest alone the target
    // would be met.
    const evaluate = scriptedEvaluate(scenario, (who, seed) =>
      who === 'reference'
        ? 70
        : who === 'steady'
          ? 64
          : who === 'streaky'
            ? seed % 2
              ? 90
              : 30
            : 10,
    );
    const r = await runBalanceLab(scenario, SEARCH_ONLY, evaluate, undefined, [
      marked('streaky'),
      marked('steady'),
    ]);
    expect(r.adversary?.policy).toBe('steady');
    const target = r.targets.find((t) => t.id === 'beats-best-fixed-plan');
    expect(target?.met).toBe(false);
    expect(target?.measured.en).toBe('wins 50%, margin 10.0, against kept plan “streaky”');
  });

  it('with real games: a library with a weak and a strong plan names the strong one', async () => {
    const { library } = readPlanLibrary('docs/balance/plans', scenario);
    const found = library.plans[0] as KeptPlan;
    const strong: KeptPlan = { ...found, name: 'strong' };
    const cautious = withEveryInvestmentAt(scenario.startingDecisions, scenario, 'min');
    const weak: KeptPlan = {
      name: 'weak',
      foundBy: 'a test: every investment at its minimum',
      phases: [{ fromQuarter: 1, decisions: cautious }],
      choices: {},
    };
    const r = await runBalanceLab(scenario, SEARCH_ONLY, inThreadEvaluator(scenario), undefined, [
      weak,
      strong,
    ]);
    const margin = (name: string) =>
      r.policies.find((p) => p.name === name)?.vsReference?.meanMargin ?? NaN;
    expect(margin('strong')).toBeLessThan(margin('weak'));
    expect(r.adversary?.policy).toBe('strong');
    expect(r.targets.find((t) => t.id === 'beats-best-fixed-plan')?.measured.en).toContain(
      'against kept plan “strong”',
    );
  });

  it('plays a kept plan that is the search’s best once, and names it rather than the copy', async () => {
    const evaluate = scripted({
      reference: { search: 70, holdOut: 70 },
      strong: { search: 90, holdOut: 69 },
    });
    let games = 0;
    const counting: Evaluate = (tasks, onPlayed) => {
      games += tasks.length;
      return evaluate(tasks, onPlayed);
    };
    const r = await runBalanceLab(scenario, SEARCH_ONLY, counting, undefined, [marked('strong')]);
    expect(r.search?.source).toBe('strong');
    expect(r.adversary?.policy).toBe('strong');
    // reference, max-everything and the kept plan: the search's copy of it is not played again.
    expect(games - (r.search?.games ?? 0)).toBe(3 * SEARCH_ONLY.seeds);
    const best = r.policies.find((p) => p.name === 'best-fixed-plan');
    expect(best?.scores).toEqual(r.policies.find((p) => p.name === 'strong')?.scores);
  });

  it('gives a kept plan whose name another policy has a name of its own', async () => {
    const evaluate = scripted({ reference: { search: 70, holdOut: 70 } });
    const r = await runBalanceLab(scenario, SEARCH_ONLY, evaluate, undefined, [
      { ...marked('x'), name: 'reference' },
      { ...marked('y'), name: 'reference' },
    ]);
    expect(r.policies.map((p) => p.name)).toEqual([
      'reference',
      'max-everything',
      'best-fixed-plan',
      'reference (2)',
      'reference (3)',
    ]);
  });

  it('is not chosen when the search did not run, and kept plans are then not played', async () => {
    const evaluate = scripted({ reference: { search: 70, holdOut: 70 } });
    const r = await runBalanceLab(
      scenario,
      { ...SEARCH_ONLY, sections: ['policies'] },
      evaluate,
      undefined,
      [marked('strong')],
    );
    expect(r.adversary).toBeUndefined();
    expect(r.policies.some((p) => p.kind === 'kept')).toBe(false);
    expect(r.targets.find((t) => t.id === 'beats-best-fixed-plan')?.met).toBeNull();
  });
});

describe('strongestFixedPlan', () => {
  const c = (policy: string): FixedPlanCandidate => ({ policy, origin: 'kept' });
  const vs = (meanMargin: number, referenceWins: number): PairedComparison => ({
    meanMargin,
    referenceWins,
    ties: 0,
  });

  it('picks the plan the reference beats by the least, then in the fewest seeds, then the first', () => {
    const table: Record<string, PairedComparison> = {
      a: vs(2, 0.6),
      b: vs(0.5, 0.9),
      c: vs(0.5, 0.7),
      d: vs(0.5, 0.7),
    };
    expect(strongestFixedPlan([c('a'), c('b'), c('c'), c('d')], (p) => table[p])?.policy).toBe('c');
    expect(strongestFixedPlan([c('a'), c('b')], (p) => table[p])?.policy).toBe('b');
  });

  it('skips a candidate that was not played, and finds none among none', () => {
    expect(
      strongestFixedPlan([c('gone'), c('a')], (p) => (p === 'a' ? vs(3, 1) : undefined)),
    ).toEqual(c('a'));
    expect(strongestFixedPlan([], () => vs(0, 0))).toBeUndefined();
  });
});
