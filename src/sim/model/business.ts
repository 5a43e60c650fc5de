/**
 * Business: competitiveness, new and existing revenue, customers and satisfaction.
 * Calibration targets (MODEL.md 5): NRR ~100-110%, gross margin ~75%, growth well above the
 * public median of ~22% for a scale-up.
 */
import { compound } from './growth';

/** Competitiveness moves with delivered features vs. the market's expectation, plus innovation. */
export function competitivenessChange(
  featureRatio: number,
  innovationShare: number,
  dataShare: number,
): number {
  const delivery = Math.max(-6, Math.min(6, 8 * (featureRatio - 1)));
  const innovation = 14 * innovationShare * (1 + dataShare * 2);
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
): RevenueFlows {
  const comp = competitivenessFactor(competitiveness);
  const demand = baseNewArr * compound(1 + demandGrowth, quarter - 1);
  // Enterprise buyers send security questionnaires and ask for audit reports: a weak posture
  // (a long vulnerability backlog, no scanning) fails vendor reviews and loses deals, a strong
  // one wins them (posture 0.5 = par; +-30% of new bookings at the extremes).
  const security = 0.7 + 0.6 * securityPosture;
  const newArr = demand * comp * (0.7 + 0.3 * (csat / 70)) * security;
  // Unhappy customers leave, and they leave faster when the product falls behind.
  // Renewals bring the same security reviews: a weak posture adds churn, a strong one keeps
  // accounts (x1.2 at posture 0, x0.8 at 1).
  const churnRate =
    baseChurn *
    (1 + Math.max(0, 70 - csat) / 30) *
    (1.5 - 0.5 * Math.min(1.5, comp)) *
    (1.2 - 0.4 * securityPosture);
  const expansionRate = baseExpansion * comp * (csat / 70);
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
  sloTarget: number,
  sev1: number,
  competitiveness: number,
): number {
  const sloMet = sloAttainment >= sloTarget ? 6 : -8;
  const target = 66 + sloMet - 4 * sev1 + 0.2 * (competitiveness - 50);
  return 0.4 * (Math.max(0, Math.min(100, target)) - csat);
}
