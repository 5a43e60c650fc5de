import { describe, expect, it } from 'vitest';
import {
  cloudBill,
  cloudUsage,
  nextCommittedUsage,
  nextWaste,
  RIGHTSIZING_RISK,
  rightsizingRisk,
  wasteFloor,
} from '../../../src/sim/model/cloud';
import { competitivenessChange, csatChange, revenueFlows } from '../../../src/sim/model/business';
import {
  FLAKY_TEST_TIME,
  OBSERVABILITY_CLOUD_SHARE,
  OBSERVABILITY_CLOUD_SHARE_MAX,
  observabilityCloudShare,
  PLATFORM_FLAKE_RELIEF,
  OPEN_SOURCE_UPKEEP_FTE,
  openSourceUpkeep,
  processOverhead,
  programmeCost,
  RIGHTSIZING_FTE,
  RIGHTSIZING_TEAM_TIME,
  rightsizingUpkeep,
  SCAN_TRIAGE,
  SMALL_ESTATE_TEAMS,
} from '../../../src/sim/model/budget';
import { LADDER_MANAGER_TIME, LADDER_PAY_PRESSURE } from '../../../src/sim/model/people';
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

  it('follows what the accounts pay for: expansion adds usage, contraction removes it', () => {
    const company = loadScenario().company;
    const start = company.customers * company.cloud.usagePerCustomer;
    expect(cloudUsage(company.arr, company)).toBe(start);
    // Accounts that buy a tenth more seats use a tenth more, with no new customer.
    expect(cloudUsage(1.1 * company.arr, company)).toBeCloseTo(1.1 * start, 6);
    expect(cloudUsage(0.8 * company.arr, company)).toBeCloseTo(0.8 * start, 6);
    expect(cloudUsage(0, company)).toBe(0);
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

describe('rightsizing risk', () => {
  it('cuts waste safely while there is plenty, and headroom near the floor', () => {
    const floor = wasteFloor(0.3);
    expect(rightsizingRisk(false, floor, 0.3)).toBe(1);
    expect(rightsizingRisk(true, floor + 0.25, 0.3)).toBe(1);
    expect(rightsizingRisk(true, floor, 0.3)).toBeCloseTo(1 + RIGHTSIZING_RISK, 9);
    const mid = rightsizingRisk(true, floor + 0.05, 0.3);
    expect(mid).toBeGreaterThan(1);
    expect(mid).toBeLessThan(1 + RIGHTSIZING_RISK);
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
    // A quarter of a 60-person organisation: payroll and a cloud bill of its size.
    const cost = (x: typeof d) => programmeCost(x, 60, 6, 210000, 0, 3_000_000, 700_000, 8);
    expect(cost(d)).toBeGreaterThan(cost(none));
    expect(processOverhead(d, false, 0.1)).toBeGreaterThan(processOverhead(none, false, 0.1));
    const oss = structuredClone(d);
    oss.budget.sourcing = 'open-source';
    expect(cost(oss)).toBeLessThan(cost(d));
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
    // Payroll and a cloud bill that grow with the organisation (about $12k of cloud a person).
    const cost = (x: typeof d, people: number) =>
      programmeCost(x, people, 0, S, 0, (people * S) / 4, people * 12_000, 8);
    const net = (people: number) =>
      cost(all, people) - cost(oss, people) - (openSourceUpkeep(oss) * S) / 4;
    // Since the observability tool's price follows the cloud bill (engine 1.16.0), self-hosting
    // it saves more where the bill is large: a team of 40 with series-b-saas's bill about breaks
    // even, a team of 20 pays more in upkeep than it saves.
    expect(net(20)).toBeLessThan(0);
    expect(net(400)).toBeGreaterThan(0);
  });

  it('charges the security scanner triage time as well as money', () => {
    const off = structuredClone(d);
    const scan = structuredClone(d);
    off.budget.tools.securityScanning = false;
    scan.budget.tools.securityScanning = true;
    expect(processOverhead(scan, false, 0.1) - processOverhead(off, false, 0.1)).toBeCloseTo(
      SCAN_TRIAGE,
      9,
    );
  });

  it("takes the top level of test automation's flaky tests from everyone's time, less with a platform team", () => {
    const at = (level: number) => {
      const x = structuredClone(d);
      x.process.testAutomation = level;
      return x;
    };
    // Levels 1-2 cost their level's time only; the top level adds its flaky suite's upkeep.
    const step = (platform: boolean) =>
      processOverhead(at(3), platform, 0.1) - processOverhead(at(2), platform, 0.1);
    const lower = processOverhead(at(2), false, 0.1) - processOverhead(at(1), false, 0.1);
    expect(lower).toBeCloseTo(0.005 * 2, 9);
    expect(step(false)).toBeCloseTo(0.005 * 3 + FLAKY_TEST_TIME, 9);
    expect(step(true)).toBeCloseTo(0.005 * 3 + FLAKY_TEST_TIME * (1 - PLATFORM_FLAKE_RELIEF), 9);
    expect(step(true)).toBeLessThan(step(false));
  });

  it('prices the observability tool by the cloud bill it watches, not by the engineers', () => {
    const on = structuredClone(d);
    const off = structuredClone(d);
    on.budget.tools.observability = true;
    off.budget.tools.observability = false;
    const price = (bill: number, people: number, teams = 8) =>
      programmeCost(on, people, 6, 210000, 0, 3_000_000, bill, teams) -
      programmeCost(off, people, 6, 210000, 0, 3_000_000, bill, teams);
    expect(price(1_000_000, 60)).toBeCloseTo(OBSERVABILITY_CLOUD_SHARE * 1_000_000, 6);
    expect(price(1_000_000, 600)).toBeCloseTo(price(1_000_000, 60), 6);
    expect(price(4_000_000, 60)).toBeCloseTo(4 * price(1_000_000, 60), 6);
    // The same bill cut into more services sends more telemetry (engine 1.33.0).
    expect(price(1_000_000, 60, 32)).toBeCloseTo(2 * price(1_000_000, 60, 8), 6);
  });

  it('charges a larger share of the cloud bill for telemetry the more services the estate has', () => {
    expect(observabilityCloudShare(1)).toBe(OBSERVABILITY_CLOUD_SHARE);
    expect(observabilityCloudShare(SMALL_ESTATE_TEAMS)).toBe(OBSERVABILITY_CLOUD_SHARE);
    expect(observabilityCloudShare(18)).toBeCloseTo(1.5 * OBSERVABILITY_CLOUD_SHARE, 9);
    expect(observabilityCloudShare(500)).toBe(OBSERVABILITY_CLOUD_SHARE_MAX);
  });

  it("charges a career ladder the pay its bands lift and its managers' calibration time", () => {
    const on = structuredClone(d);
    const off = structuredClone(d);
    on.talent.careerLadder = true;
    off.talent.careerLadder = false;
    const money = (payroll: number) =>
      programmeCost(on, 60, 6, 210000, 0, payroll, 0, 8) -
      programmeCost(off, 60, 6, 210000, 0, payroll, 0, 8);
    expect(money(4_000_000) - money(2_000_000)).toBeCloseTo(LADDER_PAY_PRESSURE * 2_000_000, 6);
    const time = (managerShare: number) =>
      processOverhead(on, false, managerShare) - processOverhead(off, false, managerShare);
    expect(time(0.2)).toBeCloseTo(LADDER_MANAGER_TIME * 0.2, 9);
    expect(time(0.2)).toBeCloseTo(2 * time(0.1), 9);
  });

  it('charges rightsizing a practitioner whatever the size, and each team its own resizing', () => {
    const on = structuredClone(d);
    const off = structuredClone(d);
    on.budget.rightsizing = true;
    off.budget.rightsizing = false;
    expect(rightsizingUpkeep(on)).toBe(RIGHTSIZING_FTE);
    expect(rightsizingUpkeep(off)).toBe(0);
    const teams = (platform: boolean) =>
      processOverhead(on, platform, 0.1) - processOverhead(off, platform, 0.1);
    expect(teams(false)).toBeCloseTo(RIGHTSIZING_TEAM_TIME, 9);
    expect(teams(true)).toBeCloseTo(RIGHTSIZING_TEAM_TIME / 2, 9);
  });
});
