/**
 * Engine 1.5.0's trade-off relations (docs/model.md, "Engine 1.5.0"): contractors cost
 * onboarding and dependence, programmes beyond what a team absorbs strain it, re-forming teams
 * costs a quarter's momentum, and the budget agreed with the CFO is on the dashboard.
 */
import { describe, expect, it } from 'vitest';
import { budgetUse, engineeringEnvelope } from '../../../src/sim/model/budget';
import { reformCost } from '../../../src/sim/model/delivery';
import { newContractorSeats, vendorCoordination } from '../../../src/sim/model/handover';
import {
  CHANGE_ABSORBED,
  ENGAGEMENT_PARTS,
  attritionProbability,
  engagementChange,
  returnsToOffice,
  workloadPressure,
  type EngagementInputs,
} from '../../../src/sim/model/people';
import { idleStaffLeverage } from '../../../src/sim/model/staff';
import {
  applyAction,
  balancedPolicy,
  newGame,
  policyAction,
  selectBriefing,
  selectKpis,
  type Game,
} from '../../../src/sim/index';
import { loadBuiltin } from '../../scenarios/builtin';

describe('trade-offs (engine 1.5.0)', () => {
  it('makes a large contractor bench a second organisation to manage', () => {
    // Growing with the square of the bench's share: a few are cheap flexibility.
    expect(vendorCoordination(2, 60)).toBeLessThan(0.001);
    expect(vendorCoordination(35, 105)).toBeGreaterThan(0.03);
    expect(vendorCoordination(50, 100)).toBeGreaterThan(2 * vendorCoordination(35, 105));
    // Only seats new this quarter need onboarding.
    expect(newContractorSeats(10, 14)).toBe(4);
    expect(newContractorSeats(14, 10)).toBe(0);
  });

  it('strains a team that runs more programmes than it absorbs, and only then', () => {
    const base = workloadPressure(0.6, 1, 0.02, 0.05, false, CHANGE_ABSORBED);
    expect(workloadPressure(0.6, 1, 0.02, 0.05, false, 0.1)).toBe(base);
    expect(workloadPressure(0.6, 1, 0.02, 0.05, false, 0.25)).toBeGreaterThan(base + 0.1);
  });

  it('costs momentum when teams are re-formed, in proportion to the teams that change', () => {
    expect(reformCost(10, 10)).toBe(0);
    expect(reformCost(10, 11)).toBeLessThan(0.02);
    expect(reformCost(10, 20)).toBeGreaterThan(reformCost(10, 11));
    expect(reformCost(0, 5)).toBe(0); // no teams before: nothing to re-form
  });

  it('shows the budget agreed with the CFO on the dashboard and warns above it', () => {
    const sc = loadBuiltin('series-b-saas.json');
    expect(budgetUse(0, 100, sc)).toBe(0);
    expect(budgetUse(10, 0, sc)).toBe(99);
    const atEnvelope = engineeringEnvelope(sc) * 100;
    expect(budgetUse(atEnvelope, 100, sc)).toBeCloseTo(1, 12);
    const overspend = {
      ...balancedPolicy,
      // Every contractor the scenario allows: over the envelope in quarter 1.
      decide: (g: Game) => {
        const d = balancedPolicy.decide(g);
        return { ...d, budget: { ...d.budget, contractors: sc.limits.maxContractors } };
      },
    };
    let game = newGame(sc, 4);
    while (game.quarter < 2 || game.phase !== 'planning') {
      const r = applyAction(game, policyAction(game, overspend));
      if (!r.ok) throw new Error('refused');
      game = r.value;
    }
    const kpi = selectKpis(game).find((k) => k.id === 'budgetUse');
    expect(kpi?.value).toBe(game.state.last.budgetUse);
    expect(game.state.last.budgetUse).toBeGreaterThan(1);
    expect(selectBriefing(game).warnings.map((w) => w.id)).toContain('over-budget');
  });

  it('makes a pay cut hurt more than the lower pay alone, and a raise no more than its level', () => {
    const inputs: EngagementInputs = {
      engagement: 60,
      exhaustion: 30,
      payPosition: 0,
      payCut: 0,
      managerEffectiveness: 0.6,
      training: 1,
      workPolicy: 'hybrid',
      innovationShare: 0.05,
      layoffShare: 0,
      codeDebt: 40,
      majorIncidents: 0,
      promotions: 0,
      headcount: 60,
      newcomerShare: 0.1,
    };
    const out = new Array<number>(ENGAGEMENT_PARTS.length).fill(0);
    const held = engagementChange(inputs, out);
    const cut = engagementChange({ ...inputs, payCut: 10 }, out);
    expect(held - cut).toBeCloseTo(4, 9);
  });

  it('adds quits in the quarter people are called back to the office', () => {
    expect(returnsToOffice('hybrid', 'office')).toBe(true);
    expect(returnsToOffice('office', 'office')).toBe(false);
    expect(returnsToOffice('office', 'remote')).toBe(false);
    // Remote to hybrid calls people back for three days a week (most mandates were that).
    expect(returnsToOffice('remote', 'hybrid')).toBe(true);
    expect(returnsToOffice('hybrid', 'remote')).toBe(false);
    const base = attritionProbability(55, 30, 0, 'office', 1, 0.6);
    expect(attritionProbability(55, 30, 0, 'office', 1, 0.6, true)).toBeCloseTo(base * 1.15, 12);
  });

  it("gives a staff engineer a staff engineer's leverage only where there is work for one", () => {
    expect(idleStaffLeverage(4, 8)).toBe(0);
    expect(idleStaffLeverage(10, 8)).toBeCloseTo(0.3 * 6, 12);
  });
});
