/**
 * Business: competitiveness, new and existing revenue, customers and satisfaction.
 * Calibration targets (docs/model.md, brief 5): NRR ~100-110%, gross margin ~75%, growth well above the
 * public median of ~22% for a scale-up.
 */
import { exp } from '../math';
import { compound } from './growth';
import { CYCLE_EFFECTS, type CycleEffects } from './market';
import { CUSTOMER_EXPECTED_AVAILABILITY } from './reliability';

/** Most competitiveness points innovation time can earn in a quarter (at a very large share). */
export const INNOVATION_CEILING = 3;
/** Innovation share at which ~63% of that ceiling is reached (Google's 20%, 3M's 15%). */
export const INNOVATION_SCALE = 0.1;

/**
 * Competitiveness points from innovation time: diminishing returns (the first hack weeks find
 * the best ideas), and ideas reach the market only through delivery, so a team behind the
 * market's expectation realises them in proportion.
 */
export function innovationGain(
  innovationShare: number,
  featureRatio: number,
  dataShare: number,
): number {
  return (
    INNOVATION_CEILING *
    (1 - exp(-innovationShare / INNOVATION_SCALE)) *
    Math.min(1, Math.max(0, featureRatio)) *
    (1 + dataShare * 2)
  );
}

/** Competitiveness moves with delivered features vs. the market's expectation, plus innovation. */
export function competitivenessChange(
  featureRatio: number,
  innovationShare: number,
  dataShare: number,
): number {
  const delivery = Math.max(-6, Math.min(6, 8 * (featureRatio - 1)));
  const innovation = innovationGain(innovationShare, featureRatio, dataShare);
  // The market moves on: standing still loses ground.
  return delivery + innovation - 1;
}

/** 0.5 + competitiveness/100: 1.0 at par with the market. */
export function competitivenessFactor(competitiveness: number): number {
  return 0.5 + competitiveness / 100;
}

export interface RevenueFlows {
  newArr: number;
  expansion: number;
  churn: number;
  /** quarterly churn rate */
  churnRate: number;
  expansionRate: number;
}

export function revenueFlows(
  arr: number,
  baseNewArr: number,
  quarter: number,
  demandGrowth: number,
  competitiveness: number,
  csat: number,
  baseChurn: number,
  baseExpansion: number,
  securityPosture: number,
  cycle: CycleEffects = CYCLE_EFFECTS.normal,
): RevenueFlows {
  const comp = 1 + cycle.featurePull * (competitivenessFactor(competitiveness) - 1);
  const demand = baseNewArr * compound(1 + demandGrowth, quarter - 1);
  // Enterprise buyers send security questionnaires and ask for audit reports: a weak posture
  // (a long vulnerability backlog, no scanning) fails vendor reviews and loses deals, a strong
  // one wins them (posture 0.5 = par; +-30% of new bookings at the extremes).
  const security = 0.7 + 0.6 * securityPosture;
  const newArr = demand * cycle.bookings * comp * (0.7 + 0.3 * (csat / 70)) * security;
  // Unhappy customers leave, and they leave faster when the product falls behind.
  // Renewals bring the same security reviews: a weak posture adds churn, a strong one keeps
  // accounts (x1.2 at posture 0, x0.8 at 1).
  const churnRate =
    baseChurn *
    cycle.churn *
    (1 + (cycle.satisfactionChurn * Math.max(0, 70 - csat)) / 30) *
    (1.5 - 0.5 * Math.min(1.5, comp)) *
    (1.2 - 0.4 * securityPosture);
  const expansionRate = baseExpansion * cycle.expansion * comp * (csat / 70);
  return {
    newArr,
    expansion: arr * expansionRate,
    churn: 0 - arr * churnRate, // 0 - x: never -0
    churnRate,
    expansionRate,
  };
}

/** Satisfaction target: reliability and product; csat moves 40% of the way each quarter. */
export function csatChange(
  csat: number,
  sloAttainment: number,
  sev1: number,
  competitiveness: number,
): number {
  // Customers judge availability against what they expect (CUSTOMER_EXPECTED_AVAILABILITY),
  // not against the team's own target: a loose SLO does not make an outage acceptable.
  const sloMet = sloAttainment >= CUSTOMER_EXPECTED_AVAILABILITY ? 6 : -8;
  const target = 66 + sloMet - 4 * sev1 + 0.2 * (competitiveness - 50);
  return 0.4 * (Math.max(0, Math.min(100, target)) - csat);
}
