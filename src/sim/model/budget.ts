/**
 * Budget: what the levers cost. Money costs are expressed relative to a senior engineer's
 * annual loaded cost (S) so that they hold in any currency; capacity costs as a share of
 * the engineering pool's time.
 */
import type { Scenario } from '../scenario/schema';
import type { Decisions, QuarterMetrics } from '../types';
import { LADDER_MANAGER_TIME, LADDER_PAY_PRESSURE } from './people';
import { sloWork } from './reliability';

/** Headroom the CFO grants over the starting organisation's cost share of revenue. */
export const ENVELOPE_HEADROOM = 1.15;

const envelopes = new WeakMap<Scenario, number>();

/**
 * The engineering budget envelope agreed with the CFO, as a share of revenue: the starting
 * organisation's payroll and contractors over the starting ARR, plus 15% headroom for
 * programmes and tools. Engineering may grow as fast as revenue does (R&D 20-50% of revenue
 * when expanding, 15-25% mature: BCG, SaaS Capital); spending beyond it costs the CFO's trust.
 */
export function engineeringEnvelope(scenario: Scenario): number {
  const hit = envelopes.get(scenario);
  if (hit !== undefined) return hit;
  const m = scenario.market;
  const cost: Record<string, number> = m.annualCost;
  let payroll = 0;
  for (const line of scenario.org.staff) payroll += line.count * (cost[line.level] ?? 0);
  const contractors =
    Math.min(scenario.startingDecisions.budget.contractors, scenario.limits.maxContractors) *
    m.contractorAnnualCost;
  const share = (ENVELOPE_HEADROOM * (payroll + contractors)) / Math.max(1, scenario.company.arr);
  envelopes.set(scenario, share);
  return share;
}

/**
 * Engineering spend against the envelope (1 = at it), capped at 99 like runway: without revenue
 * or without an envelope (a scenario that starts with nobody) any spend is far over it.
 */
export function budgetUse(spend: number, revenue: number, scenario: Scenario): number {
  const envelope = engineeringEnvelope(scenario);
  if (spend <= 0) return 0;
  if (revenue <= 0 || envelope <= 0) return 99;
  return Math.min(99, spend / revenue / envelope);
}

/** Engineering spend (payroll, contractors, programmes) as a share of the quarter's revenue. */
export function engineeringShare(m: QuarterMetrics): number {
  return m.revenue > 0 ? (m.costPerEngineer * m.headcount) / m.revenue : 1;
}

/** Tool prices per engineer per quarter, as a share of S (CI ~ $2.5k/engineer/year at S = $210k). */
export const TOOL_PRICE = { ci: 0.003, securityScanning: 0.004 };
/**
 * The observability tool's price as a share of the quarter's cloud bill: vendors price by hosts,
 * ingested logs, metrics and traces and their retention, so the bill follows the infrastructure
 * it watches, not the engineers who read it. Practitioners' rule of thumb puts observability at
 * 10-30% of the infrastructure bill (Majors, "The Cost Crisis in Observability Tooling",
 * Honeycomb 2024); the tool here is what is bought beyond the cloud provider's own monitoring,
 * so the low end. Was 0.5% of S per engineer (~$4k a year): at series-b-saas's size about the
 * same, two to three times that where the cloud bill is large for the team (fintech-regulated,
 * enterprise-dx, mega-venture).
 */
export const OBSERVABILITY_CLOUD_SHARE = 0.1;
/**
 * Stream teams up to which the observability bill is OBSERVABILITY_CLOUD_SHARE of the cloud
 * bill: a handful of services, as at series-b-saas's size where the share was set.
 */
export const SMALL_ESTATE_TEAMS = 8;
/** The top of the practitioners' range (Majors 2024: 10-30% of the infrastructure bill). */
export const OBSERVABILITY_CLOUD_SHARE_MAX = 0.3;

/**
 * The observability tool's bill as a share of the cloud bill, growing with the services the
 * estate is cut into: telemetry follows the calls between services, not only the hosts (each
 * service a request crosses adds its spans, and metric series multiply with services and their
 * endpoints: cardinality), so the same compute cut into more services sends more telemetry.
 * Each team owns its services (Conway), so the stream teams stand for them. Reasoning for the
 * shape: x sqrt(teams / 8), as a request crosses more services in a larger estate but far fewer
 * than all of them; 10% at 8 teams, 14% at 15, 25% at 49, at most 30% (Majors, "The Cost Crisis
 * in Observability Tooling", Honeycomb 2024: bills grow faster than the infrastructure as systems
 * become distributed). Engines before 1.33.0 charged 10% at any size.
 */
export function observabilityCloudShare(streamTeams: number): number {
  const spread = Math.sqrt(Math.max(1, streamTeams / SMALL_ESTATE_TEAMS));
  return Math.min(OBSERVABILITY_CLOUD_SHARE_MAX, OBSERVABILITY_CLOUD_SHARE * spread);
}
/** Open-source tools cost ~25% of the licence money but need upkeep time (capacity). */
export const OPEN_SOURCE_PRICE_SHARE = 0.25;
/**
 * Engineer-quarters a quarter to run one self-hosted open-source tool (upgrades, scaling,
 * on-call for the tool itself), whatever the organisation's size: about half a platform
 * engineer each (reasoning; self-hosted CI, observability and scanning stacks are typically
 * run by a fraction of a platform team). Licences scale with seats and upkeep does not, so
 * open source pays in a large organisation and costs a small one (was 0.8% of everyone's time
 * per tool, which made it the wrong choice at every size).
 */
export const OPEN_SOURCE_UPKEEP_FTE = 0.5;
/**
 * Share of engineering time spent triaging a security scanner's findings: most SAST and
 * dependency alerts are false positives or unreachable code, and each needs a look (Johnson et
 * al., ICSE 2013: false positives and triage time are why developers drop static analysis).
 * Reasoning for the figure: about half an hour a week per engineer, 1% of the time.
 */
export const SCAN_TRIAGE = 0.01;

/**
 * Share of everyone's time the top level of test automation's flaky tests take: the top level
 * adds the large end-to-end and integration suite on top of unit and service tests, and large
 * tests are the flaky ones (Listfield, "Where do our flaky tests come from?", Google Testing Blog
 * 2017: flakiness grows with a test's size; Micco 2016: about 1 in 7 of Google's tests showed
 * some flakiness, and most pass-to-fail transitions in its CI involved a flaky test). Every flaky
 * failure is a re-run, a look at a failure that is not one's own, a blocked merge. Reasoning for
 * the figure: Atlassian put flaky tests at 15-21% of its main-branch build failures and about
 * 150,000 engineering hours a year (Atlassian Engineering 2025, "Taming Test Flakiness"), some
 * 2% of its engineers' time; here 2%.
 */
export const FLAKY_TEST_TIME = 0.02;
/**
 * Share of that a platform team takes off the stream teams: test infrastructure that re-runs a
 * failed test, quarantines the flaky ones and routes them to their owners, and hermetic test
 * environments (Atlassian's Flakinator and Google's TAP are platform tooling; Micco 2016).
 * Reasoning: three quarters; someone still fixes each quarantined test.
 */
export const PLATFORM_FLAKE_RELIEF = 0.75;

/** Share of everyone's time the top level of test automation's flaky tests take (FLAKY_TEST_TIME). */
export function flakyTestUpkeep(testAutomation: number, platformTeam: boolean): number {
  if (testAutomation < 3) return 0;
  return FLAKY_TEST_TIME * (platformTeam ? 1 - PLATFORM_FLAKE_RELIEF : 1);
}

/** Engineer-quarters a quarter of upkeep for the tools a plan self-hosts (open-source sourcing). */
export function openSourceUpkeep(d: Decisions): number {
  if (d.budget.sourcing !== 'open-source') return 0;
  const toolsOn =
    (d.budget.tools.observability ? 1 : 0) +
    (d.budget.tools.ci ? 1 : 0) +
    (d.budget.tools.securityScanning ? 1 : 0);
  return OPEN_SOURCE_UPKEEP_FTE * toolsOn;
}

/**
 * The cost of a 0-3 investment level in units of level 1: 1, 3, 6 (each step costs one more
 * unit than the last). The top level is a programme, not a habit: the last step buys the
 * least (capabilities.ts, absorbed) and costs the most.
 */
export function levelCost(level: number): number {
  return (level * (level + 1)) / 2;
}

/**
 * What a rightsizing programme takes: someone runs it (a FinOps practitioner's quarter: tagging,
 * cost allocation, the recommendations, chasing the owners), RIGHTSIZING_FTE engineer-quarters
 * whatever the size of the organisation, and every service team reviews and resizes its own
 * services and load-tests the new sizes, RIGHTSIZING_TEAM_TIME of everyone's time (half a day
 * an engineer a quarter; half that when a platform team automates the resizing). Reasoning: the
 * FinOps Foundation's maturity model starts with a dedicated practitioner once the cloud bill
 * justifies one; the fixed part makes rightsizing pay where the cloud estate is large for the
 * team and cost a small team more than it saves. Was 1% of everyone's time (0.5% with a
 * platform team), which left rightsizing best in every scenario.
 */
export const RIGHTSIZING_FTE = 1;
export const RIGHTSIZING_TEAM_TIME = 0.008;

/** Engineer-quarters a quarter that running the rightsizing programme takes (its fixed part). */
export function rightsizingUpkeep(d: Decisions): number {
  return d.budget.rightsizing ? RIGHTSIZING_FTE : 0;
}

/** Money spent on programmes this quarter (tools, training, coaching, process, risk register). */
export function programmeCost(
  d: Decisions,
  headcount: number,
  managers: number,
  seniorAnnualCost: number,
  riskCost: number,
  /** the quarter's payroll (the career ladder's pay pressure follows it) */
  payroll: number,
  /** the quarter's cloud bill (the observability tool's price follows it) */
  cloudBill: number,
  /** stream teams (the observability bill's share of the cloud bill grows with them) */
  streamTeams: number,
): number {
  const S = seniorAnnualCost;
  const oss = d.budget.sourcing === 'open-source' ? OPEN_SOURCE_PRICE_SHARE : 1;
  const tools =
    (((d.budget.tools.ci ? TOOL_PRICE.ci : 0) +
      (d.budget.tools.securityScanning ? TOOL_PRICE.securityScanning : 0)) *
      S *
      headcount +
      (d.budget.tools.observability ? observabilityCloudShare(streamTeams) * cloudBill : 0)) *
    oss;
  // Training budget: ~$850 per engineer per level per quarter at S = $210k.
  // ~$630 per engineer a quarter at level 1, ~$3,800 at level 3 (conferences, courses, coaches).
  const training = 0.003 * levelCost(d.talent.training) * S * headcount;
  // Pipeline infrastructure, test environments.
  const process =
    0.0007 * (levelCost(d.process.ciCd) + levelCost(d.process.testAutomation)) * S * headcount;
  // The ladder's running (HR partner, calibration tooling) and the pay its bands lift (people.ts).
  const ladder = d.talent.careerLadder ? 0.002 * S * headcount + LADDER_PAY_PRESSURE * payroll : 0;
  const leadership = 0.012 * levelCost(d.coaching.leadershipTraining) * S * managers;
  const chaos = d.trends.chaosEngineering ? 0.001 * S * headcount : 0;
  // AI assistant seats (~$40/month) and guardrail tooling.
  const ai = (0.0006 * d.trends.aiAdoption + 0.0004 * d.trends.aiGuardrails) * S * headcount;
  return tools + training + process + ladder + leadership + chaos + ai + riskCost;
}

/** Share of pool time the process and programme levers take (before allocation). */
export function processOverhead(
  d: Decisions,
  platformTeam: boolean,
  /** managers as a share of head count (the career ladder's calibration is their time) */
  managerShare: number,
): number {
  // Levels cost levelCost(level) units of time: the top level of a practice is the dearest.
  return (
    0.005 * levelCost(d.process.ciCd) +
    0.005 * levelCost(d.process.testAutomation) +
    flakyTestUpkeep(d.process.testAutomation, platformTeam) +
    0.02 * d.process.codeReview +
    (d.process.postmortems ? 0.008 : 0) +
    0.004 * levelCost(d.process.documentation) +
    (d.trends.chaosEngineering ? 0.012 : 0) +
    0.004 * levelCost(d.trends.aiGuardrails) +
    0.004 * levelCost(d.talent.training) +
    (d.talent.careerLadder ? LADDER_MANAGER_TIME * managerShare : 0) +
    // A weekly hour with every report at level 3 (manager and report time alike).
    0.003 * levelCost(d.coaching.oneOnOnes) +
    0.002 * levelCost(d.coaching.leadershipTraining) +
    (d.budget.rightsizing
      ? platformTeam
        ? RIGHTSIZING_TEAM_TIME / 2
        : RIGHTSIZING_TEAM_TIME
      : 0) +
    (d.budget.tools.securityScanning ? SCAN_TRIAGE : 0) +
    sloWork(d.trends.sloTarget)
  );
}
