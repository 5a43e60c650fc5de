/**
 * Engineering capabilities (0-1): investment moves them toward 1 with diminishing returns;
 * without investment they decay slowly (people leave, tooling rots).
 */
import { exp } from '../math';
import type { Capabilities, Decisions } from '../types';

/** Share of the gap to 1 closed per quarter at full investment. */
export const LEARNING_RATE = 0.3;
/** Share lost per quarter without investment. */
export const DECAY = 0.03;

/** Investment intensity per capability, 0-1+ (computed in step.ts from the levers). */
export type CapabilityInvestment = Capabilities;

/**
 * Investment intensity as effort actually absorbed: diminishing returns, never a hard cap, so
 * one more source of investment (a tool on top of a platform team) still helps a little and
 * says how little (1 - e^(-1.4 i): 0.5 -> 0.50, 1 -> 0.75, 1.5 -> 0.88). A team absorbs only
 * so much change at once (Forsgren et al., Accelerate 2018: capabilities build over years).
 */
export function absorbed(i: number): number {
  return 1 - exp(-1.4 * Math.max(0, i));
}

function move(v: number, i: number): number {
  const next = v + LEARNING_RATE * absorbed(i) * (1 - v) - DECAY * v;
  return Math.min(1, Math.max(0, next));
}

export function nextCapabilities(c: Capabilities, inv: CapabilityInvestment): Capabilities {
  return {
    ciCd: move(c.ciCd, inv.ciCd),
    testAutomation: move(c.testAutomation, inv.testAutomation),
    observability: move(c.observability, inv.observability),
    infraAsCode: move(c.infraAsCode, inv.infraAsCode),
    securityPractice: move(c.securityPractice, inv.securityPractice),
    documentation: move(c.documentation, inv.documentation),
    srePractice: move(c.srePractice, inv.srePractice),
    finops: move(c.finops, inv.finops),
    aiGuardrails: move(c.aiGuardrails, inv.aiGuardrails),
  };
}

/**
 * A capability the organisation builds itself or buys as a tool: the share of it the teams get
 * (0-1). The two are two ways to the same thing and overlap, so a tool bought on top of a team
 * that already does the work duplicates most of it and adds only what the team does not cover:
 * with shares b (built) and t (the tool's), 1 - (1 - b)(1 - t). Without the team the tool is the
 * cheap way to it. (Skelton and Pais, Team Topologies 2019: a platform or enabling team's service
 * as a product the stream teams consume.)
 */
export function boughtOrBuilt(built: number, tool: number): number {
  return 1 - (1 - built) * (1 - tool);
}
/**
 * Investment in the pipelines themselves when a platform team builds and runs them for every
 * stream team (a paved road: build, test and deploy as a service; Skelton and Pais, Team
 * Topologies 2019). Equal to the pipeline work of two levels of CI/CD investment.
 */
export const PLATFORM_PIPELINES = 0.4;
/**
 * Share of that a bought CI service gives stream teams without a platform team: hosted runners,
 * caching and pipeline templates, but not the shared deployment tooling a platform team builds
 * (reasoning: a quarter, +0.1 investment, as on engines before 1.28.0).
 */
export const CI_TOOL_SHARE = 0.25;

/**
 * Pipeline investment from a platform team and a bought CI service: two ways to the same
 * pipelines, overlapping (boughtOrBuilt). Where a platform team runs the pipelines the service
 * duplicates it and adds nothing, while its seats are paid in full (model/budget.ts,
 * TOOL_PRICE.ci). Engines before 1.28.0 added the two (+0.1 on top of a platform team's 0.4),
 * which left the tool worth its seats in every scenario.
 */
export function pipelineInvestment(ciTool: boolean, platformTeam: boolean): number {
  return PLATFORM_PIPELINES * boughtOrBuilt(platformTeam ? 1 : 0, ciTool ? CI_TOOL_SHARE : 0);
}
/**
 * Security engineers as a share of the individual contributors from which the security team
 * runs scanning in every pipeline itself (open-source SAST and dependency scanners it tunes and
 * triages): one engineer in twelve. Reasoning: BSIMM's software security groups average about
 * 1.4 people per 100 developers (BSIMM 11-14); a security function five to six times that size
 * builds and runs its own scanning rather than buying it.
 */
export const SECURITY_TEAM_RUNS_SCANNING = 0.08;

/**
 * Practice built per share of individual contributors that security engineers spend on security
 * work, on top of the work itself (2.5 per share of capacity): a specialist's threat models,
 * secure-coding coaching and reviews build more of it than a generalist's hour. Only their time
 * on security counts: the practice is the activities a software security group performs (BSIMM
 * 11-14), and an engineer shipping features performs none of them, so without security work the
 * practice decays like any other (DECAY). Engines before 1.42.0 counted every security engineer
 * whatever the plan: with no security work, scanning or mitigation, enterprise-dx's practice still
 * rose from 0.3 to about 0.6 in twelve quarters, and a plan without security ran at half the
 * breach odds of a weak posture instead of BitSight's five times a strong one (model/security.ts).
 */
export const SECURITY_ENGINEER_PRACTICE = 3;

/**
 * The security engineers' time on security work, as a share of the individual contributors: at
 * most the capacity the plan gives security work. They sit in the stream pool, so a plan that
 * gives security less time than they have has the rest of them ship features.
 */
export function securityEngineersOnSecurity(
  securityEngineerShare: number,
  securityShare: number,
): number {
  return Math.max(0, Math.min(securityEngineerShare, securityShare));
}

/**
 * How much of the pipelines are scanned (0-1): by the organisation's own security engineers
 * (in proportion up to SECURITY_TEAM_RUNS_SCANNING, while the plan funds security work) or by a
 * bought scanner (all of them), the two overlapping like a platform team and a bought tool
 * (boughtOrBuilt). A scanner bought where the security team already scans adds little but costs
 * its licence and its findings' triage in full (model/budget.ts). Engine 1.11.0 counted the
 * scanner alone, whatever the team did.
 */
export function scanningCoverage(
  scanner: boolean,
  securityEngineerShare: number,
  securityShare: number,
): number {
  // The security engineers scan only while security work is funded.
  const onSecurity = securityEngineersOnSecurity(securityEngineerShare, securityShare);
  const team = Math.min(1, onSecurity / SECURITY_TEAM_RUNS_SCANNING);
  return boughtOrBuilt(team, scanner ? 1 : 0);
}

/**
 * How hard each capability is invested in this quarter (0 = not at all, 1 = fully): levers
 * and capacity on the matching work. Every lever that builds a practice appears here.
 */
export function capabilityInvestment(
  d: Decisions,
  o: {
    reliabilityShare: number;
    securityShare: number;
    platformTeam: boolean;
    /** share of the stream teams an enabling team coaches (model/enabling.ts) */
    enablingReach: number;
    /** security engineers as a share of ICs */
    secEngShare: number;
  },
): CapabilityInvestment {
  const aR = o.reliabilityShare;
  return {
    ciCd: 0.2 * d.process.ciCd + pipelineInvestment(d.budget.tools.ci, o.platformTeam),
    testAutomation: 0.22 * d.process.testAutomation + 0.25 * o.enablingReach,
    observability:
      (d.budget.tools.observability ? 0.3 : 0) + (o.platformTeam ? 0.25 : 0) + 1.2 * aR,
    infraAsCode: (o.platformTeam ? 0.5 : 0) + 0.8 * aR + 0.05,
    securityPractice:
      2.5 * o.securityShare +
      0.3 * scanningCoverage(d.budget.tools.securityScanning, o.secEngShare, o.securityShare) +
      SECURITY_ENGINEER_PRACTICE * securityEngineersOnSecurity(o.secEngShare, o.securityShare),
    documentation: 0.22 * d.process.documentation + 0.2 * o.enablingReach,
    srePractice:
      (d.process.postmortems ? 0.25 : 0) +
      (d.trends.errorBudgetPolicy === 'freeze' ? 0.15 : 0) +
      (d.trends.chaosEngineering ? 0.15 : 0) +
      1.2 * aR +
      (o.platformTeam ? 0.15 : 0),
    // The practice is the work of finding waste (usage optimisation); buying commitments lowers
    // the rate paid for the usage there is and finds none (FinOps Foundation: Rate Optimization
    // and Workload Optimization are separate capabilities), so coverage does not build it.
    finops: d.budget.rightsizing ? 0.6 : 0,
    aiGuardrails: 0.3 * d.trends.aiGuardrails + 0.05 * d.process.codeReview,
  };
}
