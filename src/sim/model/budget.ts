/**
 * Budget: what the levers cost. Money costs are expressed relative to a senior engineer's
 * annual loaded cost (S) so that they hold in any currency; capacity costs as a share of
 * the engineering pool's time.
 */
import type { Decisions } from '../types';

/** Tool prices per engineer per quarter, as a share of S (observability ~ $4k/engineer/year at S = $210k). */
export const TOOL_PRICE = { observability: 0.005, ci: 0.003, securityScanning: 0.004 };
/** Open-source tools cost ~25% of the licence money but need upkeep time (capacity). */
export const OPEN_SOURCE_PRICE_SHARE = 0.25;
export const OPEN_SOURCE_UPKEEP = 0.008;

/** Money spent on programmes this quarter (tools, training, coaching, process, risk register). */
export function programmeCost(
  d: Decisions,
  headcount: number,
  managers: number,
  seniorAnnualCost: number,
  riskCost: number,
): number {
  const S = seniorAnnualCost;
  const oss = d.budget.sourcing === 'open-source' ? OPEN_SOURCE_PRICE_SHARE : 1;
  const tools =
    ((d.budget.tools.observability ? TOOL_PRICE.observability : 0) +
      (d.budget.tools.ci ? TOOL_PRICE.ci : 0) +
      (d.budget.tools.securityScanning ? TOOL_PRICE.securityScanning : 0)) *
    oss *
    S *
    headcount;
  // Training budget: ~$850 per engineer per level per quarter at S = $210k.
  const training = 0.004 * d.talent.training * S * headcount;
  // Pipeline infrastructure, test environments.
  const process = 0.001 * (d.process.ciCd + d.process.testAutomation) * S * headcount;
  const ladder = d.talent.careerLadder ? 0.002 * S * headcount : 0;
  const leadership = 0.02 * d.coaching.leadershipTraining * S * managers;
  const chaos = d.trends.chaosEngineering ? 0.001 * S * headcount : 0;
  // AI assistant seats (~$40/month) and guardrail tooling.
  const ai = (0.0006 * d.trends.aiAdoption + 0.0004 * d.trends.aiGuardrails) * S * headcount;
  return tools + training + process + ladder + leadership + chaos + ai + riskCost;
}

/** Share of pool time the process and programme levers take (before allocation). */
export function processOverhead(d: Decisions, platformTeam: boolean): number {
  const oss = d.budget.sourcing === 'open-source';
  const toolsOn =
    (d.budget.tools.observability ? 1 : 0) +
    (d.budget.tools.ci ? 1 : 0) +
    (d.budget.tools.securityScanning ? 1 : 0);
  return (
    0.008 * d.process.ciCd +
    0.008 * d.process.testAutomation +
    0.02 * d.process.codeReview +
    (d.process.postmortems ? 0.008 : 0) +
    0.006 * d.process.documentation +
    (d.trends.chaosEngineering ? 0.012 : 0) +
    0.006 * d.trends.aiGuardrails +
    0.005 * d.talent.training +
    (d.talent.careerLadder ? 0.004 : 0) +
    0.003 * d.coaching.oneOnOnes +
    0.002 * d.coaching.leadershipTraining +
    (d.budget.rightsizing && !platformTeam ? 0.01 : 0) +
    (oss ? OPEN_SOURCE_UPKEEP * toolsOn : 0)
  );
}
