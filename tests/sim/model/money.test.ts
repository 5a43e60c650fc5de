import { describe, expect, it } from 'vitest';
import { cloudBill, nextCommittedUsage, nextWaste } from '../../../src/sim/model/cloud';
import { competitivenessChange, csatChange, revenueFlows } from '../../../src/sim/model/business';
import {
  OPEN_SOURCE_UPKEEP_FTE,
  openSourceUpkeep,
  processOverhead,
  programmeCost,
  SCAN_TRIAGE,
} from '../../../src/sim/model/budget';
import { CYCLE_EFFECTS } from '../../../src/sim/model/market';
import { loadScenario } from '../helpers';

describe('cloud', () => {
  it('bills usage x price, grossed up by waste, discounted by commitments', () => {
    const b = cloudBill(1000, 1, 0.3, 0);
    expect(b.bill).toBeCloseTo(1000 / 0.7, 9);
    expect(b.usage * b.unitCost * b.wasteFactor * b.commitmentFactor).toBeCloseTo(b.bill, 9);
    expect(cloudBill(1000, 1, 0.3, 700).bill).toBeLessThan(b.bill);
    expect(cloudBill(2000, 1, 0.3, 0).bill).toBeCloseTo(2 * b.bill, 9);
  });

  it('charges for commitments that go unused', () => {
    const right = cloudBill(1000, 1, 0.2, 1250).bill;
    const over = cloudBill(1000, 1, 0.2, 2500).bill;
    expect(over).toBeGreaterThan(right);
    expect(nextCommittedUsage(1000, 0, 800)).toBe(750);
  });

  it('lets waste drift up without FinOps and recovers it with rightsizing', () => {
    expect(nextWaste(0.3, false, 0)).toBeGreaterThan(0.3);
    expect(nextWaste(0.3, true, 0.5)).toBeLessThan(0.25);
  });
});

describe('business', () => {
  it('wins more and loses less when competitive and customers are happy', () => {
    const good = revenueFlows(24e6, 1.5e6, 1, 0, 70, 80, 0.025, 0.04, 0.6);
    const bad = revenueFlows(24e6, 1.5e6, 1, 0, 30, 50, 0.025, 0.04, 0.3);
    expect(good.newArr).toBeGreaterThan(bad.newArr);
    expect(good.churn).toBeGreaterThan(bad.churn); // churn is negative
    expect(good.expansion).toBeGreaterThan(bad.expansion);
  });

  it('makes dissatisfaction cost more renewals in a downturn and fewer in a boom', () => {
    // The churn an unhappy customer base (satisfaction 40) adds over a content one (70), as a
    // share of the content one's churn: the cycle's own churn multiplier cancels out.
    const added = (cycle: 'boom' | 'normal' | 'downturn') => {
      const flows = (csat: number) =>
        revenueFlows(24e6, 1.5e6, 1, 0, 50, csat, 0.025, 0.04, 0.5, CYCLE_EFFECTS[cycle]);
      return flows(40).churnRate / flows(70).churnRate - 1;
    };
    expect(added('normal')).toBeCloseTo(1, 9);
    expect(added('downturn')).toBeCloseTo(1.5, 9);
    expect(added('boom')).toBeCloseTo(0.75, 9);
  });

  it('puts NRR near 100-110% for a scale-up at par', () => {
    const f = revenueFlows(24e6, 1.5e6, 1, 0, 50, 70, 0.025, 0.04, 0.5);
    const nrr = Math.pow(1 + f.expansionRate - f.churnRate, 4);
    expect(nrr).toBeGreaterThan(1);
    expect(nrr).toBeLessThan(1.1);
  });

  it('moves competitiveness with delivery against expectations and innovation', () => {
    expect(competitivenessChange(1.3, 0, 0)).toBeGreaterThan(0);
    expect(competitivenessChange(0.6, 0, 0)).toBeLessThan(-3);
    expect(competitivenessChange(1, 0.2, 0.1)).toBeGreaterThan(competitivenessChange(1, 0, 0.1));
    expect(csatChange(60, 0.9999, 0, 50)).toBeGreaterThan(csatChange(60, 0.99, 2, 50));
    // Customers expect 99.9% whatever the team's own target: 99.5% disappoints them.
    expect(csatChange(70, 0.995, 0, 50)).toBeLessThan(csatChange(70, 0.9995, 0, 50));
  });
});

describe('budget', () => {
  const d = loadScenario().startingDecisions;
  it('charges money and time for every programme lever', () => {
    const none = structuredClone(d);
    none.budget.tools = { observability: false, ci: false, securityScanning: false };
    none.talent.training = 0;
    none.process = {
      ciCd: 0,
      testAutomation: 0,
      codeReview: 0,
      postmortems: false,
      documentation: 0,
    };
    expect(programmeCost(d, 60, 6, 210000, 0)).toBeGreaterThan(
      programmeCost(none, 60, 6, 210000, 0),
    );
    expect(processOverhead(d, false)).toBeGreaterThan(processOverhead(none, false));
    const oss = structuredClone(d);
    oss.budget.sourcing = 'open-source';
    expect(programmeCost(oss, 60, 6, 210000, 0)).toBeLessThan(programmeCost(d, 60, 6, 210000, 0));
  });

  it('charges open-source tools a fixed upkeep, so they pay in a large organisation and cost a small one', () => {
    const all = structuredClone(d);
    all.budget.tools = { observability: true, ci: true, securityScanning: true };
    all.budget.sourcing = 'commercial';
    const oss = structuredClone(all);
    oss.budget.sourcing = 'open-source';
    expect(openSourceUpkeep(all)).toBe(0);
    expect(openSourceUpkeep(oss)).toBeCloseTo(3 * OPEN_SOURCE_UPKEEP_FTE, 9);
    // Licence money saved a quarter against upkeep time valued at a senior's cost, per size.
    const S = 210000;
    const net = (people: number) =>
      programmeCost(all, people, 0, S, 0) -
      programmeCost(oss, people, 0, S, 0) -
      (openSourceUpkeep(oss) * S) / 4;
    expect(net(40)).toBeLessThan(0);
    expect(net(400)).toBeGreaterThan(0);
  });

  it('charges the security scanner triage time as well as money', () => {
    const off = structuredClone(d);
    const scan = structuredClone(d);
    off.budget.tools.securityScanning = false;
    scan.budget.tools.securityScanning = true;
    expect(processOverhead(scan, false) - processOverhead(off, false)).toBeCloseTo(SCAN_TRIAGE, 9);
  });
});
