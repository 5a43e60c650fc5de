import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  carelessPolicy,
  MAX_DECISIONS,
  MIN_DECISION_EFFECT,
  runGame,
  selectDebriefDecisions,
  selectOutcome,
  selectPlanChanges,
} from '../../src/sim/index';
import { fixedPolicy, loadScenario, play, seeds } from './helpers';

const scenario = loadScenario();

/** Hires the scenario's maximum every quarter on 20% raises (a company with little cash). */
const overHiring = fixedPolicy('over-hiring', (game, base) => {
  base.talent.hiring = [
    { role: 'product', level: 'senior', count: game.scenario.limits.maxHiresPerQuarter },
  ];
  base.talent.payAdjustmentPct = 20;
  return base;
});

describe('the decisions behind the turning points', () => {
  it("name lever changes of the quarter and the two before, pointing the score's way", () => {
    for (const seed of seeds(3)) {
      for (const policy of [balancedPolicy, carelessPolicy]) {
        const game = runGame(scenario, seed, policy);
        const outcome = selectOutcome(game);
        const named = selectDebriefDecisions(game).turningPoints;
        expect(named.map((n) => n.quarter)).toEqual(outcome.turningPoints.map((p) => p.quarter));
        for (const [i, n] of named.entries()) {
          const move = outcome.turningPoints[i]!.scoreChange;
          expect(n.decisions.length).toBeLessThanOrEqual(MAX_DECISIONS);
          for (const d of n.decisions) {
            expect(d.quarter).toBeGreaterThanOrEqual(n.quarter - 2);
            expect(d.quarter).toBeLessThanOrEqual(n.quarter);
            if (move !== 0) expect(Math.sign(d.score)).toBe(Math.sign(move));
            expect(Math.abs(d.score)).toBeGreaterThanOrEqual(MIN_DECISION_EFFECT);
            // The effect is the report's own measure of that change.
            const change = selectPlanChanges(game, d.quarter).find((c) => c.lever.id === d.leverId);
            expect(change?.score).toBe(d.score);
          }
        }
      }
    }
  });

  it('has no cash account for a game that did not run out of cash', () => {
    expect(selectDebriefDecisions(runGame(scenario, 1, balancedPolicy)).bankruptcy).toBeNull();
  });

  it('tells a bankrupt player where the cash went and which decisions sent it there', () => {
    const short = loadScenario((raw) => {
      raw.company.cash /= 10;
    });
    const game = play(short, 1, overHiring);
    expect(game.status).toBe('bankrupt');
    const causes = selectDebriefDecisions(game).bankruptcy!;
    expect(causes.quarter).toBe(game.history.length);
    expect(causes.cashEnd).toBeLessThan(0);
    // Payroll is the largest outflow, set by the hires and the raise, quarter by quarter.
    const payroll = causes.outflows[0]!;
    expect(payroll.driver).toBe('payroll');
    const totalPayroll = game.history.reduce((sum, h) => sum + h.drivers.cash![1]!, 0);
    expect(payroll.total).toBeCloseTo(totalPayroll, 6);
    const hiring = payroll.decisions.filter((d) => d.leverId === 'talent.hiring');
    expect(hiring.map((d) => d.quarter)).toEqual(game.history.map((h) => h.quarter));
    expect(
      payroll.decisions.some((d) => d.leverId === 'talent.payAdjustmentPct' && d.to === 20),
    ).toBe(true);
    // The quarter the cash ran out is a turning point.
    expect(selectOutcome(game).turningPoints.at(-1)?.text.en).toContain('ran out of cash');
  });
});
