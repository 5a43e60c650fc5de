import { describe, expect, it } from 'vitest';
import {
  breachCost,
  breachProbability,
  breachReach,
  companySizeFactor,
  securityPosture,
} from '../../../src/sim/model/security';
import { errorBudgetUsed, incidentRate, QUARTER_MINUTES } from '../../../src/sim/model/reliability';

const annual = (q: number) => 1 - Math.pow(1 - q, 4);
const rate = (over: Partial<Parameters<typeof incidentRate>[0]>) =>
  incidentRate({
    changeVolume: 35,
    deploysPerDay: 0.3,
    changeFailureRate: 0.2,
    infraDebt: 40,
    srePractice: 0.3,
    observability: 0.3,
    chaosEngineering: false,
    reliabilityShare: 0.1,
    outageMitigated: false,
    ...over,
  });

describe('reliability', () => {
  it('has more incidents with more failing changes and infrastructure debt', () => {
    expect(rate({ changeFailureRate: 0.4 })).toBeGreaterThan(rate({}));
    expect(rate({ infraDebt: 80 })).toBeGreaterThan(rate({}));
  });

  it('has fewer incidents when the same work ships in smaller, more frequent batches', () => {
    expect(rate({ deploysPerDay: 3 })).toBeLessThan(rate({ deploysPerDay: 0.1 }));
    expect(rate({ changeVolume: 70 })).toBeGreaterThan(rate({}));
  });

  it('has fewer incidents with SRE practice, chaos engineering, reliability work and drills', () => {
    expect(rate({ srePractice: 0.9 })).toBeLessThan(rate({}));
    expect(rate({ chaosEngineering: true, observability: 0.8 })).toBeLessThan(
      rate({ observability: 0.8 }),
    );
    expect(rate({ reliabilityShare: 0.25 })).toBeLessThan(rate({}));
    expect(rate({ outageMitigated: true })).toBeLessThan(rate({}));
  });

  it('has more incidents from chaos experiments run without the observability to see them', () => {
    expect(rate({ chaosEngineering: true, observability: 0 })).toBeGreaterThan(
      rate({ observability: 0 }),
    );
  });

  it('spends the whole error budget at (1 - SLO) of the quarter down', () => {
    expect(errorBudgetUsed(0.001 * QUARTER_MINUTES, 0.999)).toBeCloseTo(1, 9);
  });
});

describe('security (docs/model.md, brief 6.10)', () => {
  it('puts the annual breach probability at ~2% for small firms and ~25% for large ones', () => {
    expect(annual(breachProbability(50, 0.5, false))).toBeCloseTo(0.02, 2);
    expect(annual(breachProbability(5000, 0.5, false))).toBeCloseTo(0.25, 2);
  });

  it('makes breaches likelier with weak posture and security debt', () => {
    expect(securityPosture(0.2, 70)).toBeLessThan(securityPosture(0.8, 20));
    expect(breachProbability(500, securityPosture(0.2, 70), false)).toBeGreaterThan(
      2 * breachProbability(500, securityPosture(0.8, 20), false),
    );
  });

  it('puts about five to one between a weak posture (0.3) and a strong one (0.8) (BitSight)', () => {
    const ratio = breachProbability(1000, 0.3, false) / breachProbability(1000, 0.8, false);
    expect(ratio).toBeGreaterThan(4.5);
    expect(ratio).toBeLessThan(6);
  });

  it('lets a breach reach as far as the vulnerability backlog it finds (engine 1.16.0)', () => {
    expect(breachReach(0)).toBeCloseTo(0.4, 5);
    expect(breachReach(30)).toBeCloseTo(0.7, 5);
    expect(breachReach(60)).toBe(1);
    expect(breachReach(100)).toBe(1);
  });

  it('costs more in larger and regulated firms and ~$2M less with full automation', () => {
    expect(breachCost(4.8e6, 5000, 0, 0)).toBeCloseTo(4.8e6, -3);
    expect(breachCost(4.8e6, 100, 0, 0)).toBeLessThan(breachCost(4.8e6, 1000, 0, 0));
    expect(breachCost(4.8e6, 1000, 1, 0)).toBeGreaterThan(breachCost(4.8e6, 1000, 0, 0));
    const saved = breachCost(4.8e6, 5000, 0, 0) - breachCost(4.8e6, 5000, 0, 1);
    expect(saved).toBeGreaterThan(1.5e6);
    expect(saved).toBeLessThan(2.5e6);
    expect(companySizeFactor(10)).toBe(0);
    expect(companySizeFactor(1e6)).toBe(1);
  });
});
