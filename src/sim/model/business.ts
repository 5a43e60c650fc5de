/**
 * Business: competitiveness, new and existing revenue, customers and satisfaction.
 * Calibration targets (docs/model.md, brief 5): NRR ~100-110%, gross margin ~75%, growth well above the
 * public median of ~22% for a scale-up.
 */
import { exp, pow } from '../math';
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

/** Most competitiveness points a quarter's output beyond the market's ask earns (at 1.75 of it). */
export const SURPLUS_CEILING = 6;

/**
 * Competitiveness moves with delivered features vs. the market's expectation, plus innovation.
 * The delivery term is linear in the share of the ask delivered, 8 points for the whole ask:
 * output beyond it saturates at SURPLUS_CEILING (customers absorb only so much new capability
 * in a quarter), while a shortfall does not saturate before nothing ships: competitors ship
 * their roadmaps whatever this company does, so a quarter that ships nothing falls behind by the
 * whole ask (-8), further than one that ships a quarter of it (-6). Until engine 1.36.0 the
 * shortfall was cut at -6 too, so from a quarter of the ask down, shipping less cost no
 * standing: a fixed plan that froze features for its first year (mega-venture, 0% of capacity
 * on features in quarters 1-4) lost no more ground than one that shipped a quarter of the ask.
 */
export function competitivenessChange(
  featureRatio: number,
  innovationShare: number,
  dataShare: number,
): number {
  const delivery = Math.min(SURPLUS_CEILING, 8 * (Math.max(0, featureRatio) - 1));
  const innovation = innovationGain(innovationShare, featureRatio, dataShare);
  // The market moves on: standing still loses ground.
  return delivery + innovation - 1;
}

/**
 * Competitiveness under which buyers begin to leave the product off their shortlists (points,
 * 0-100; par is 50). Sensible play keeps the product between about 20 and 50 (the reference's
 * lowest quarter is 19-25 at the 10th percentile of games), so the bend below sits under it.
 */
export const SHORTLIST_LINE = 25;

/**
 * What the product's standing does to bookings, expansion and churn: 0.5 + competitiveness/100
 * from SHORTLIST_LINE up (1 at par, 50; 1.5 at 100), and below it a curve that meets that line
 * with the same value and slope and falls to 0 at 0 (0.75 x (c / 25)^(1/3): 0.55 at 10, 0.44 at 5,
 * 0.26 at 1). Buyers research vendors, shortlist a few and pick by capability fit: a product
 * somewhat behind still wins deals on relationship, price and integration, but one at the bottom
 * of the scale, which has shipped next to nothing for a year or more, is no longer shortlisted
 * (reasoning). Engine 1.17.0 used the line throughout, so a product at 0 still sold half as much
 * as one at par: a company that shipped no feature for three years (the all-debt extreme;
 * random play, whose allocation averages a fifth on features) doubled its ARR.
 */
export function competitivenessFactor(competitiveness: number): number {
  const atLine = 0.5 + SHORTLIST_LINE / 100;
  if (competitiveness >= SHORTLIST_LINE) return 0.5 + competitiveness / 100;
  // (c / line)^k has slope k x atLine / line at the line: k = (1 / 100) x line / atLine.
  const k = SHORTLIST_LINE / 100 / atLine;
  return atLine * pow(Math.max(0, competitiveness) / SHORTLIST_LINE, k);
}

/**
 * A company at par, where each of revenueFlows' factors is 1: its product at the market's par
 * standing (competitivenessFactor 1), customers neither pleased nor unhappy (satisfaction that
 * adds no churn and scales bookings and expansion by 1) and an average security posture (vendor
 * reviews neither win nor lose deals). The score grades growth against it (model/peer.ts).
 */
export const PAR = { competitiveness: 50, satisfaction: 70, securityPosture: 0.5 } as const;

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
  // The cycle scales how much the product's standing moves buyers (model/market.ts featurePull):
  // the factor to that power, so a product buyers no longer shortlist sells nothing in any cycle.
  const comp = pow(competitivenessFactor(competitiveness), cycle.featurePull);
  const demand = baseNewArr * compound(1 + demandGrowth, quarter - 1);
  // Enterprise buyers send security questionnaires and ask for audit reports: a weak posture
  // (a long vulnerability backlog, no scanning) fails vendor reviews and loses deals, a strong
  // one wins them (neither at PAR's posture, 0.5; +-30% of new bookings at the extremes).
  const security = 0.7 + 0.6 * securityPosture;
  const newArr =
    demand * cycle.bookings * comp * (0.7 + 0.3 * (csat / PAR.satisfaction)) * security;
  // Unhappy customers leave, and they leave faster when the product falls behind.
  // Renewals bring the same security reviews: a weak posture adds churn, a strong one keeps
  // accounts (x1.2 at posture 0, x0.8 at 1).
  const churnRate =
    baseChurn *
    cycle.churn *
    (1 + (cycle.satisfactionChurn * Math.max(0, PAR.satisfaction - csat)) / 30) *
    (1.5 - 0.5 * Math.min(1.5, comp)) *
    (1.2 - 0.4 * securityPosture);
  const expansionRate = baseExpansion * cycle.expansion * comp * (csat / PAR.satisfaction);
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
