/**
 * People: engagement, exhaustion, attrition, hiring and manager effectiveness.
 */
import type { WorkPolicy } from '../types';
import { pow } from '../math';

/** Software attrition ~13% a year (LinkedIn 2018; Japan ~12%, MHLW 2023), per quarter. */
export const BASE_QUARTERLY_ATTRITION = 1 - pow(1 - 0.13, 0.25);

/**
 * Replacement cost charged in cash per leaver, as a share of annual loaded cost: recruiting,
 * hand-over and hiring-manager time. Gallup's ~80% (technical) / ~200% (managers) also
 * counts lost productivity, which the model charges as lost capacity instead.
 */
export const LEAVER_CASH_COST = [0.3, 0.3, 0.35, 0.8];
/** Severance per laid-off person, share of annual cost. */
export const SEVERANCE = 0.25;
/** Recruiting fee per hire, share of annual cost (agency/referral fees, tooling). */
export const RECRUITING_FEE = 0.15;
/** Sourcing cost per open requisition (ads, recruiter time), share of a senior's annual cost. */
export const SOURCING_COST = 0.03;
/** Interviewing load per open requisition, engineer-quarters (~35-41 days of process). */
export const INTERVIEW_LOAD = 0.06;

/** Hybrid (2 days home): quits -33% at no output loss (Bloom et al., Nature 2024). */
export function workPolicyAttrition(policy: WorkPolicy): number {
  return policy === 'hybrid' ? 0.67 : policy === 'remote' ? 0.8 : 1;
}

export interface EngagementInputs {
  engagement: number;
  exhaustion: number;
  payAdjustmentPct: number;
  managerEffectiveness: number;
  careerLadder: boolean;
  training: number;
  workPolicy: WorkPolicy;
  innovationShare: number;
  /** share of the staff laid off this quarter */
  layoffShare: number;
  codeDebt: number;
  /** severity-1 and -2 incidents this quarter (on-call pain) */
  majorIncidents: number;
  promotions: number;
  headcount: number;
  /** people in their first two quarters as a share of head count */
  newcomerShare: number;
}

export const ENGAGEMENT_PARTS = [
  'reversion',
  'pay',
  'managers',
  'growth',
  'workPolicy',
  'innovation',
  'exhaustion',
  'layoffs',
  'debtFrustration',
  'incidents',
  'dilution',
] as const;

/**
 * Share of newcomers (first two quarters) an organisation absorbs without losing its norms:
 * sustainable growth of ~8% a quarter keeps it near 15%. Past 20%, culture dilutes
 * (Gil, High Growth Handbook 2018: hypergrowth strains culture, onboarding and managers).
 */
export const DILUTION_THRESHOLD = 0.2;
/** Engagement points lost per point of newcomer share above the threshold, each quarter. */
export const DILUTION_PER_POINT = 0.3;

/**
 * Additive parts of the engagement change (points); out[] is parallel to ENGAGEMENT_PARTS.
 * Negative parts are written `0 - x` so that a zero is +0 (-0 does not survive JSON).
 */
export function engagementChange(i: EngagementInputs, out: number[]): number {
  out[0] = 0.2 * (55 - i.engagement);
  out[1] = 0.25 * i.payAdjustmentPct;
  out[2] = 6 * (i.managerEffectiveness - 0.5);
  out[3] =
    (i.careerLadder ? 1 : 0) +
    0.4 * i.training +
    (i.headcount > 0 ? Math.min(2, (30 * i.promotions) / i.headcount) : 0);
  out[4] = i.workPolicy === 'hybrid' ? 0.5 : i.workPolicy === 'remote' ? 0.3 : -0.8;
  out[5] = 15 * i.innovationShare;
  out[6] = 0 - 0.1 * Math.max(0, i.exhaustion - 40);
  out[7] = 0 - 80 * i.layoffShare;
  out[8] = 0 - 0.04 * Math.max(0, i.codeDebt - 50);
  out[9] = 0 - 0.6 * i.majorIncidents;
  out[10] = 0 - DILUTION_PER_POINT * 100 * Math.max(0, i.newcomerShare - DILUTION_THRESHOLD);
  let sum = 0;
  for (let k = 0; k < ENGAGEMENT_PARTS.length; k++) sum += out[k] ?? 0;
  return sum;
}

/**
 * Workload pressure, 1 = sustainable. Feature pushes above ~65%, accepted commitments,
 * incidents and mentoring load all add to it.
 */
export function workloadPressure(
  featureShare: number,
  openCommitments: number,
  incidentWorkShare: number,
  mentoringShare: number,
  freeze: boolean,
): number {
  return (
    0.85 +
    1.5 * Math.max(0, featureShare - 0.65) +
    0.07 * openCommitments +
    1.5 * incidentWorkShare +
    // Onboarding lands on the seniors who also carry the roadmap (~20-25% of a senior per new
    // hire, MODEL.md 5): hiring faster than ~10% a quarter overloads them.
    1.5 * mentoringShare +
    (freeze ? 0.05 : 0)
  );
}

/** Exhaustion builds under pressure above 1 and drains with slack (points per quarter). */
export function exhaustionChange(exhaustion: number, pressure: number): number {
  return 40 * Math.max(0, pressure - 1) - 0.25 * exhaustion + 0.25 * 18;
}

/**
 * Quarterly attrition probability per person. Exhaustion acts with a lag: it is last
 * quarter's exhaustion that drives this quarter's resignations.
 */
export function attritionProbability(
  engagement: number,
  lastExhaustion: number,
  payAdjustmentPct: number,
  policy: WorkPolicy,
  hiringMarket: number,
  managerEffectiveness: number,
): number {
  const engagementMult = Math.min(2.5, Math.max(0.4, 1 + (55 - engagement) / 40));
  const exhaustionMult = 1 + Math.max(0, lastExhaustion - 40) / 30;
  const payMult = Math.max(0.5, 1 - 0.03 * payAdjustmentPct);
  const managerMult = 1.25 - 0.5 * managerEffectiveness;
  // Capped at ~10% a quarter (~35% a year): even badly run teams rarely lose more.
  return Math.min(
    0.1,
    BASE_QUARTERLY_ATTRITION *
      engagementMult *
      exhaustionMult *
      payMult *
      workPolicyAttrition(policy) *
      hiringMarket *
      managerMult,
  );
}

/** Offer acceptance: pay vs. market and employer brand; a hot market makes offers harder. */
export function offerAcceptance(
  base: number,
  payAdjustmentPct: number,
  brand: number,
  hiringMarket: number,
): number {
  const p = (base * (1 + 0.025 * payAdjustmentPct) * (0.7 + 0.6 * (brand / 100))) / hiringMarket;
  return Math.min(0.98, Math.max(0.1, p));
}

/**
 * Manager effectiveness moves toward a target set by coaching investment and span of control
 * (6-8 reports is right: Grove, High Output Management).
 */
export function managerEffectivenessChange(
  current: number,
  oneOnOnes: number,
  leadershipTraining: number,
  span: number,
): number {
  const target =
    0.35 +
    0.1 * oneOnOnes +
    0.07 * leadershipTraining -
    0.04 * Math.max(0, span - 8) -
    0.03 * Math.max(0, 5 - span);
  return 0.25 * (Math.min(1, Math.max(0, target)) - current);
}
