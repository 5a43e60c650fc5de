/**
 * The reduced balance check (issue 11, item 3): in every built-in scenario the responsive
 * reference plays against the best fixed plan a small cross-entropy search finds, every plan kept
 * in docs/balance/plans and the max-everything plan, on hold-out seeds the search never saw, and
 * is judged against the strongest of them there (the lab's adversary). It fails when a change to the
 * model lets a recipe that ignores the situation win. The full lab (more seeds, a larger
 * budget, every section) is `npm run sim -- balance`; its reports are in docs/balance/.
 *
 * Three checks a scenario:
 * - the reference beats max-everything in >= 75% of paired seeds (met by the current model);
 * The search starts from the plans earlier full searches found (docs/balance/plans, kept by
 * `sim balance --plan-library`), so a model change that lets any of them win is caught here even
 * though this search is too small to find such plans itself.
 *
 * - no fixed plan clearly wins: the reference wins at least
 *   REGRESSION_WIN_FLOOR of the paired seeds against the strongest fixed plan and loses by less than
 *   REGRESSION_MARGIN_FLOOR points on average (engine 1.3.0 failed this: fixed plans won 86-99%
 *   of seeds). A guard against regressions, not proof of balance: on engine 1.18.0 the full lab's
 *   3000-game search still finds plans within 1.5 points of the reference in enterprise-dx
 *   (docs/model.md, engine 1.18.0), and on 1.17.0 with another search seed one that ties it (49%
 *   of seeds, +0.1; docs/model.md, "How far the best plan found depends on the search"), which
 *   this 243-game search does not reach;
 * - the target, >= 75% of paired seeds and >= 5 points against the strongest fixed plan.
 *   Engines 1.4.0-1.6.0 did not meet it anywhere; where a scenario still does not, it is an
 *   expected failure (the scenarios listed in TARGET_NOT_YET_MET); when a
 *   model change meets it in a scenario, vitest reports the expected failure as passing and the
 *   scenario must be taken off the list, so the target is then guarded for good.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_LAB_SETTINGS,
  inThreadEvaluator,
  runBalanceLab,
  type BalanceReport,
  type LabSettings,
  type TargetCheck,
} from '../../src/sim/index';
import { readPlanLibrary } from '../../src/cli/plan-library';
import { idFromFile, loadBuiltin, SCENARIO_FILES } from '../scenarios/builtin';

/** The plans earlier full searches found (docs/balance/plans): the reduced search starts from them. */
const PLAN_LIBRARY = 'docs/balance/plans';

/** Small enough for `npm test` on 2 cores: about 330 games a scenario, a few seconds each. */
const REDUCED_CHECK: LabSettings = {
  ...DEFAULT_LAB_SETTINGS,
  seeds: 30,
  budget: 243,
  searchSeeds: 3,
  population: 10,
  sections: ['search'],
};

/**
 * Scenarios where the model does not yet meet the fixed-plan target in this reduced check
 * (engine 1.5.0 and 1.6.0: all four; 1.7.0, the market cycle: all but series-b-saas; 1.9.0 to
 * 1.18.0: none, but then the reduced search started from the two recipes only and never reached
 * the plans a full search finds). Since the search starts from the plans kept in
 * docs/balance/plans (full 3000-game searches, search seeds 1-3 on engine 1.19.0), the check
 * sees them: on 1.19.0 the reference wins 50% of the 30 seeds by +0.2 in enterprise-dx, 83%
 * by +2.5 in fintech-regulated, 93% by +2.8 in mega-venture, and misses in series-b-saas too.
 * On 1.24.0 the full lab (docs/balance, 100 seeds, a 3000-game search from the kept plans)
 * still misses it everywhere: 88% +2.6 / 80% +2.9 / 59% +0.6 / 82% +1.4 (series-b-saas,
 * fintech-regulated, enterprise-dx, mega-venture); against the strongest fixed plan on the
 * hold-out seeds (every kept plan played there too) 81% +2.3 / 80% +2.9 / 56% +0.3 / 82% +1.4;
 * on 1.27.0 77% +2.2 / 86% +3.0 / 48% +0.2 / 81% +1.4, with knowing a seed worth (the lab's
 * foresight section, seeds 1-10) +3.6 / +6.5 / +4.0 / +2.1 over the strongest fixed plan.
 * With the reference's rules of thumb measured on tuning seeds (docs/model.md, "The reference's
 * rules of thumb"; engine 1.34.0) the full lab meets it in series-b-saas (100%, +5.4) and
 * fintech-regulated (96%, +5.8), and this check does too, so those two are guarded for good;
 * on 1.36.0, against the plans that day's searches found, enterprise-dx (81%, +2.1) and
 * mega-venture (100%, +3.7) still miss the margin. Those two "met" were against plans whose
 * answers any card-by-card pass improves: once the search polishes its plans' answers
 * (analysis/balance/polish.ts, 2026-12-03) and keeps them, the full lab on 1.39.0 gives 98% +4.9 /
 * 94% +5.4 / 74% +1.7 / 98% +4.0, and this check's 30 seeds 100% +4.8 in series-b-saas and 90% +4.9
 * in fintech-regulated: the target is not met here in any scenario. On 1.41.0, with the plans
 * stronger searches found kept (docs/model.md, "How close a fixed plan comes"), the full lab gives
 * 75% +1.7 / 91% +3.8 / 53% +0.7 / 90% +2.6 and this check 83% +1.9 / 93% +3.4 / 57% +0.4 / 87%
 * +2.3.
 */
const TARGET_NOT_YET_MET = new Set<string>([
  'series-b-saas',
  'fintech-regulated',
  'enterprise-dx',
  'mega-venture',
]);

/**
 * The reference must win at least this share of paired seeds against the best plan found...
 * (0.25 and -4 points until 1.41.0, set when fixed plans still won 86-99% of seeds; with the
 * stronger plans kept, enterprise-dx's strongest is level within a point, so a change that lets a
 * fixed plan win there by a point now fails, while 30 seeds' noise, about half a point, does not.)
 */
const REGRESSION_WIN_FLOOR = 0.35;
/** ...and lose by less than this many points on average. */
const REGRESSION_MARGIN_FLOOR = -1;

describe.each(SCENARIO_FILES)('%s: no fixed plan wins (reduced balance lab)', (file) => {
  const id = idFromFile(file);
  let report: BalanceReport;
  const target = (targetId: string): TargetCheck => {
    const t = report.targets.find((x) => x.id === targetId);
    if (!t) throw new Error(`${id}: the lab reported no target ${targetId}`);
    return t;
  };
  /** The strongest fixed plan on the hold-out seeds (the lab's adversary) and its comparison. */
  const strongest = () => {
    const name = report.adversary?.policy;
    const p = report.policies.find((x) => x.name === name);
    if (!p?.vsReference) throw new Error(`${id}: no strongest fixed plan in the report`);
    return { name: p.name, ...p.vsReference };
  };

  beforeAll(async () => {
    const scenario = loadBuiltin(file);
    const { library, skipped } = readPlanLibrary(PLAN_LIBRARY, scenario);
    // A kept plan that no longer fits the levers would silently weaken the check.
    expect(skipped, `${id}: stale plans in ${PLAN_LIBRARY}`).toEqual([]);
    report = await runBalanceLab(
      scenario,
      REDUCED_CHECK,
      inThreadEvaluator(scenario),
      undefined,
      library.plans,
    );
  }, 120_000);

  it('starts its search from every plan kept in docs/balance/plans', () => {
    expect(report.search?.keptPlans).toBeGreaterThan(0);
  });

  it('plays the reference, the search’s best, max-everything and every kept plan on every hold-out seed', () => {
    const kept = report.policies.filter((p) => p.kind === 'kept');
    expect(kept).toHaveLength(report.search?.keptPlans ?? -1);
    for (const name of [
      'reference',
      'max-everything',
      'best-fixed-plan',
      ...kept.map((p) => p.name),
    ])
      expect(report.policies.find((p) => p.name === name)?.scores).toHaveLength(
        REDUCED_CHECK.seeds,
      );
    expect(report.search?.games).toBeLessThanOrEqual(REDUCED_CHECK.budget);
    // The target is judged against the strongest of them, and says which it is.
    expect(report.fixedPlans?.map((c) => c.policy)).toEqual(
      expect.arrayContaining(['max-everything', 'best-fixed-plan', ...kept.map((p) => p.name)]),
    );
    expect(target('beats-best-fixed-plan').measured.en).toContain(`“${strongest().name}”`);
  });

  it('the reference beats the max-everything plan in >= 75% of paired seeds', () => {
    const t = target('beats-max-everything');
    expect(t.met, `${id}: ${t.measured.en}`).toBe(true);
  });

  it('no fixed plan clearly wins: the reference is level or better against the strongest', () => {
    const c = strongest();
    const measured = `${id}: reference wins ${c.referenceWins}, margin ${c.meanMargin} against "${c.name}"`;
    expect(c.referenceWins, measured).toBeGreaterThanOrEqual(REGRESSION_WIN_FLOOR);
    expect(c.meanMargin, measured).toBeGreaterThan(REGRESSION_MARGIN_FLOOR);
  });

  (TARGET_NOT_YET_MET.has(id) ? it.fails : it)(
    'the reference beats the best fixed plan found in >= 75% of paired seeds, by >= 5 points',
    () => {
      const t = target('beats-best-fixed-plan');
      expect(t.met, `${id}: ${t.measured.en}`).toBe(true);
    },
  );
});
