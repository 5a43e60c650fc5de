import { describe, expect, it } from 'vitest';
import {
  attritionProbability,
  BASE_QUARTERLY_ATTRITION,
  candidateSupply,
  OFFICE_OFFER_PAY,
  workspaceShare,
  ENGAGEMENT_PARTS,
  engagementChange,
  exhaustionChange,
  exhaustionQuits,
  LADDER_FULL_MANAGERS,
  LADDER_RETENTION_MAX,
  ladderQuits,
  managerEffectivenessChange,
  offerAcceptance,
  TYPICAL_EXHAUSTION,
  workloadPressure,
  workPolicyAttrition,
} from '../../../src/sim/model/people';

const annual = (q: number) => 1 - Math.pow(1 - q, 4);

describe('career ladder', () => {
  it("keeps seniors who would leave for a title, as many as the market's offers", () => {
    const many = LADDER_FULL_MANAGERS;
    expect(ladderQuits(false, 1.35, many)).toBe(1);
    // A downturn's market (0.75) sends few offers: the ladder keeps no one.
    expect(ladderQuits(true, 0.75, many)).toBe(1);
    expect(ladderQuits(true, 0.6, many)).toBe(1);
    expect(ladderQuits(true, 1.35, many)).toBeCloseTo(1 - LADDER_RETENTION_MAX, 9);
    expect(ladderQuits(true, 1.5, many)).toBeCloseTo(1 - LADDER_RETENTION_MAX, 9);
    const normal = ladderQuits(true, 1, many);
    expect(normal).toBeLessThan(1);
    expect(normal).toBeGreaterThan(1 - LADDER_RETENTION_MAX);
  });

  it('keeps fewer where a handful of managers decide every promotion together (engine 1.28.0)', () => {
    // series-b-saas starts with 6 managers, mega-venture with 45: in a boom the ladder keeps
    // half as many of the small organisation's leavers, and no more beyond a dozen managers.
    const kept = (managers: number) => 1 - ladderQuits(true, 1.35, managers);
    expect(kept(6)).toBeCloseTo(LADDER_RETENTION_MAX / 2, 9);
    expect(kept(45)).toBeCloseTo(LADDER_RETENTION_MAX, 9);
    expect(kept(LADDER_FULL_MANAGERS)).toBe(kept(45));
    expect(kept(0)).toBe(0);
    expect(kept(3)).toBeLessThan(kept(6));
  });
});

describe('people', () => {
  it('loses ~13% a year at baseline', () => {
    expect(annual(BASE_QUARTERLY_ATTRITION)).toBeCloseTo(0.13, 6);
    // The base is a typical organisation's: hybrid work (engine 1.8.0), the office half again.
    // ... at a typical team's exhaustion (Gallup 2018: 23% burned out very often or always).
    const typical = TYPICAL_EXHAUSTION;
    expect(annual(attritionProbability(55, typical, 0, 'hybrid', 1, 0.5))).toBeCloseTo(0.13, 2);
    expect(annual(attritionProbability(55, typical, 0, 'office', 1, 0.5))).toBeCloseTo(0.19, 2);
  });

  it('cuts quits by a third with hybrid work', () => {
    expect(workPolicyAttrition('hybrid') / workPolicyAttrition('office')).toBeCloseTo(0.67, 2);
    expect(attritionProbability(55, 30, 0, 'hybrid', 1, 0.5)).toBeLessThan(
      attritionProbability(55, 30, 0, 'office', 1, 0.5),
    );
  });

  it('costs juniors few quits in the office and many fully remote, seniors the reverse', () => {
    const junior = (p: 'office' | 'hybrid' | 'remote') =>
      attritionProbability(55, 30, 0, p, 1, 0.5, false, 0);
    const senior = (p: 'office' | 'hybrid' | 'remote') =>
      attritionProbability(55, 30, 0, p, 1, 0.5, false, 1);
    expect(junior('office') / junior('hybrid')).toBeLessThan(senior('office') / senior('hybrid'));
    expect(junior('remote') / junior('hybrid')).toBeGreaterThan(
      senior('remote') / senior('hybrid'),
    );
    expect(junior('remote')).toBeGreaterThan(junior('office'));
    expect(senior('remote')).toBeLessThan(senior('office'));
  });

  it('draws from a wider pool fully remote and a narrower one in the office', () => {
    expect(candidateSupply(60, 1, 'remote')).toBeGreaterThan(candidateSupply(60, 1, 'hybrid'));
    expect(candidateSupply(60, 1, 'office')).toBeLessThan(candidateSupply(60, 1, 'hybrid'));
    // An office offer is weighed like one OFFICE_OFFER_PAY points lower.
    expect(offerAcceptance(0.65, 0, 60, 1, 'office')).toBeCloseTo(
      offerAcceptance(0.65, -OFFICE_OFFER_PAY, 60, 1, 'hybrid'),
      12,
    );
    expect(offerAcceptance(0.65, 0, 60, 1, 'remote')).toBe(
      offerAcceptance(0.65, 0, 60, 1, 'hybrid'),
    );
  });

  it('pays for the space it gives up for the quarter of the move, and for new space at once', () => {
    expect(workspaceShare('office', 'office')).toBeGreaterThan(workspaceShare('hybrid', 'hybrid'));
    expect(workspaceShare('hybrid', 'hybrid')).toBeGreaterThan(workspaceShare('remote', 'remote'));
    expect(workspaceShare('office', 'remote')).toBe(workspaceShare('office', 'office'));
    expect(workspaceShare('remote', 'office')).toBe(workspaceShare('office', 'office'));
  });

  it('raises attrition with last quarter’s exhaustion, low engagement and low pay', () => {
    const calm = attritionProbability(55, 30, 0, 'hybrid', 1, 0.5);
    // The burned-out share seeks other jobs 2.6 times as often (Gallup 2018): from a typical
    // team's 23% to 80% burned out, quits rise by two thirds.
    expect(attritionProbability(55, 80, 0, 'hybrid', 1, 0.5) / calm).toBeCloseTo(
      exhaustionQuits(80) / exhaustionQuits(30),
      9,
    );
    expect(exhaustionQuits(TYPICAL_EXHAUSTION)).toBe(1);
    expect(exhaustionQuits(18)).toBeLessThan(1);
    expect(exhaustionQuits(80)).toBeCloseTo((1 + 1.6 * 0.8) / (1 + 1.6 * 0.23), 12);
    // Quits answer exhaustion below 40 too (engine 1.24.0 counted it only above 40).
    expect(attritionProbability(55, 35, 0, 'hybrid', 1, 0.5)).toBeGreaterThan(calm);
    expect(attritionProbability(25, 30, 0, 'hybrid', 1, 0.5)).toBeGreaterThan(calm);
    expect(attritionProbability(55, 30, -10, 'hybrid', 1, 0.5)).toBeGreaterThan(calm);
    expect(attritionProbability(0, 100, -10, 'office', 1.5, 0)).toBeLessThanOrEqual(0.1);
  });

  it('builds exhaustion under sustained pressure and drains it with slack', () => {
    let e = 30;
    for (let i = 0; i < 4; i++) e += exhaustionChange(e, 1.4);
    expect(e).toBeGreaterThan(60);
    let f = 80;
    for (let i = 0; i < 4; i++) f += exhaustionChange(f, 0.9);
    expect(f).toBeLessThan(45);
    expect(workloadPressure(0.9, 3, 0.05, 0.1, false, 0.12)).toBeGreaterThan(
      workloadPressure(0.6, 0, 0, 0, false, 0.12),
    );
  });

  it('wins more offers with better pay and brand, fewer in a hot market', () => {
    expect(offerAcceptance(0.65, 10, 60, 1, 'hybrid')).toBeGreaterThan(
      offerAcceptance(0.65, 0, 60, 1, 'hybrid'),
    );
    expect(offerAcceptance(0.65, 0, 80, 1, 'hybrid')).toBeGreaterThan(
      offerAcceptance(0.65, 0, 40, 1, 'hybrid'),
    );
    expect(offerAcceptance(0.65, 0, 60, 1.3, 'hybrid')).toBeLessThan(
      offerAcceptance(0.65, 0, 60, 1, 'hybrid'),
    );
  });

  it('returns engagement parts that sum to the change', () => {
    const out = ENGAGEMENT_PARTS.map(() => 0);
    const total = engagementChange(
      {
        engagement: 60,
        exhaustion: 50,
        payPosition: 5,
        payCut: 3,
        managerEffectiveness: 0.7,
        training: 2,
        workPolicy: 'hybrid',
        innovationShare: 0.1,
        layoffShare: 0.05,
        codeDebt: 70,
        majorIncidents: 2,
        promotions: 1,
        headcount: 50,
        newcomerShare: 0.4,
      },
      out,
    );
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 12);
    expect(out[ENGAGEMENT_PARTS.indexOf('layoffs')]).toBeLessThan(0);
    // 40% newcomers is past what an organisation absorbs: culture dilutes.
    expect(out[ENGAGEMENT_PARTS.indexOf('dilution')]).toBeLessThan(-3);
  });

  it('dilutes culture only when newcomers outrun onboarding (~8-10% growth a quarter is fine)', () => {
    const dilution = (newcomerShare: number) => {
      const out = ENGAGEMENT_PARTS.map(() => 0);
      engagementChange(
        {
          engagement: 60,
          exhaustion: 30,
          payPosition: 0,
          payCut: 0,
          managerEffectiveness: 0.5,
          training: 0,
          workPolicy: 'hybrid',
          innovationShare: 0,
          layoffShare: 0,
          codeDebt: 40,
          majorIncidents: 0,
          promotions: 0,
          headcount: 100,
          newcomerShare,
        },
        out,
      );
      return out[ENGAGEMENT_PARTS.indexOf('dilution')]!;
    };
    expect(dilution(0.17)).toBe(0);
    expect(dilution(0.35)).toBeLessThan(dilution(0.3));
    expect(dilution(0.3)).toBeLessThan(0);
  });

  it('makes managers more effective with coaching and spans of 6-8', () => {
    expect(managerEffectivenessChange(0.5, 3, 2, 7)).toBeGreaterThan(0);
    expect(managerEffectivenessChange(0.5, 0, 0, 14)).toBeLessThan(0);
  });
});
