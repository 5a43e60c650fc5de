/**
 * Stakeholders: trust (0-100) of CEO, CFO, CTO, CPO and HR moves with what each cares about;
 * board confidence is their weighted sum. Commitments are judged when due.
 */
import type {
  Commitment,
  CommitmentMeasure,
  MarketCycle,
  QuarterMetrics,
  StakeholderId,
  Trust,
} from '../types';
import { clamp } from '../math';
import { breachReach } from './security';

export const STAKEHOLDERS: readonly StakeholderId[] = ['ceo', 'cfo', 'cto', 'cpo', 'hr'];

/** The board listens most to the CEO and CFO. */
export const BOARD_WEIGHTS: Trust = { ceo: 0.35, cfo: 0.3, cto: 0.1, cpo: 0.15, hr: 0.1 };

export function boardConfidence(t: Trust): number {
  return (
    BOARD_WEIGHTS.ceo * t.ceo +
    BOARD_WEIGHTS.cfo * t.cfo +
    BOARD_WEIGHTS.cto * t.cto +
    BOARD_WEIGHTS.cpo * t.cpo +
    BOARD_WEIGHTS.hr * t.hr
  );
}

/**
 * The CFO grades capital efficiency on Sacks's burn-multiple bands (2020): under 1 amazing,
 * 1-1.5 great, 1.5-2 good, 2-3 suspect, over 3 bad. 0 means profitable.
 */
export function burnMultipleTrust(burnMultiple: number): number {
  return burnMultiple < 1
    ? 1.5
    : burnMultiple < 1.5
      ? 1
      : burnMultiple < 2
        ? 0
        : burnMultiple <= 3
          ? -1.5
          : -3;
}

/** What each stakeholder reacts to this quarter (points), before commitments and events. */
/**
 * Runway (quarters) under which the board worries: a year and a half normally (Sacks 2020:
 * plan for 18-24 months), two years in a downturn, when the next round may not come (Y
 * Combinator's letter to founders, May 2022: plan for 24 months without new money; Sequoia,
 * "Adapting to Endure", 2022).
 */
export const RUNWAY_WORRY: Record<MarketCycle, number> = { boom: 6, normal: 6, downturn: 8 };
/**
 * How hard the CFO grades the burn multiple: in a downturn efficiency is what boards and
 * investors ask for first (Sacks's burn multiple was written for the 2022 downturn), so a bad
 * multiple costs twice the trust and a good one earns half again as much.
 */
export const BURN_SCRUTINY: Record<MarketCycle, number> = { boom: 1, normal: 1, downturn: 2 };

export function trustReactions(
  m: QuarterMetrics,
  prev: QuarterMetrics,
  expectedFeatures: number,
  cycle: MarketCycle = 'normal',
): Trust {
  // Over the envelope the CFO loses trust in proportion (20% over: -3 a quarter, at most -5);
  // well inside it (10% under) the CFO notices (+0.5).
  // m.budgetUse: spend against the envelope agreed with the CFO (budget.ts, engineeringEnvelope).
  const overEnvelope = m.budgetUse - 1;
  const envelopeTrust =
    overEnvelope > 0 ? -Math.min(5, 15 * overEnvelope) : overEnvelope < -0.1 ? 0.5 : 0;
  // The board watches runway: under a year and a half the CEO feels the pressure of the next
  // raise (Sacks 2020: plan for 18-24 months of runway).
  const worry = RUNWAY_WORRY[cycle];
  const runwayWorry = m.runwayQuarters < worry ? Math.min(3, 0.5 * (worry - m.runwayQuarters)) : 0;
  const burnTrust = burnMultipleTrust(m.burnMultiple);
  // The CEO and the CPO judge delivery against the market's ask linearly down to nothing
  // shipped (CEO -4, CPO -8 a quarter at nothing): a roadmap that ships nothing is worse news
  // than one that ships a quarter of it. Until engine 1.36.0 both were cut at -3 and -5, reached
  // at a quarter and three eighths of the ask, so a year with no features at all cost the
  // VPoE no more trust than a year at a quarter of the ask (model/business.ts
  // competitivenessChange has the same reasoning for the market).
  const featureRatio = Math.max(0, m.featuresDelivered / expectedFeatures);
  // A breach shakes trust by how far it reached (model/security.ts breachReach).
  const reached = m.breaches * breachReach(m.securityDebt);
  const ceo =
    clamp(12 * (m.growth - 0.3), -4, 4) +
    Math.min(3, 4 * (featureRatio - 1)) -
    2 * m.sev1Incidents -
    8 * reached -
    // Boards now oversee cyber risk (SEC 2023 disclosure rule; Japan's FSA and METI guidelines):
    // a growing vulnerability backlog worries the CEO before any breach.
    Math.min(2, Math.max(0, (m.securityDebt - 40) / 10)) -
    runwayWorry;
  const cfo =
    envelopeTrust +
    burnTrust * (burnTrust < 0 ? BURN_SCRUTINY[cycle] : 1 + (BURN_SCRUTINY[cycle] - 1) / 2) +
    (m.runwayQuarters < 4 ? -4 : 0) +
    clamp(-25 * (m.costs / Math.max(1, prev.costs) - 1.04), -4, 2) +
    clamp(20 * (m.grossMargin - 0.72), -3, 2);
  const cto =
    clamp(-0.4 * (m.techDebt - prev.techDebt), -4, 4) -
    1.5 * m.sev1Incidents -
    6 * reached +
    (m.changeFailureRate < 0.15 ? 1 : -1) -
    Math.min(3, Math.max(0, (m.securityDebt - 45) / 10));
  const cpo =
    Math.min(4, 8 * (featureRatio - 1)) +
    clamp(0.3 * (m.competitiveness - prev.competitiveness), -3, 3);
  const hr =
    clamp(-30 * (m.attritionRate - 0.13), -5, 3) +
    clamp(0.3 * (m.engagement - prev.engagement), -3, 3) -
    (m.exhaustion > 60 ? 2 : 0);
  return { ceo, cfo, cto, cpo, hr };
}

/** Pull toward a neutral 50 so that trust reflects recent quarters more than old ones. */
export function trustReversion(t: number): number {
  return 0.05 * (50 - t);
}

/** The measure's current value from a quarter's metrics (or the running total). */
export function measureValue(
  measure: CommitmentMeasure,
  m: QuarterMetrics,
  featuresTotal: number,
): number {
  switch (measure) {
    case 'featuresDelivered':
      return featuresTotal;
    case 'costPerQuarter':
      return m.costs;
    case 'attritionRate':
      return m.attritionRate;
    case 'debtIndex':
      return m.techDebt;
    case 'incidents':
      return m.incidents;
  }
}

/** Target for a new request: from last quarter's value and the template's factor. */
export function requestTarget(
  measure: CommitmentMeasure,
  factor: number,
  dueInQuarters: number,
  last: QuarterMetrics,
): number {
  switch (measure) {
    case 'featuresDelivered':
      return Math.round(last.featuresDelivered * factor * dueInQuarters * 10) / 10;
    case 'costPerQuarter':
      return Math.round(last.costs * factor);
    case 'attritionRate':
      return Math.round(Math.max(0.05, Math.min(0.2, last.attritionRate)) * factor * 1000) / 1000;
    case 'debtIndex':
      return Math.round(last.techDebt * factor);
    case 'incidents':
      return Math.max(0, Math.round(last.incidents * factor));
  }
}

/**
 * Feature points still owed to open feature promises: what each needs beyond what it has counted.
 * A promise of feature points is a scope (the flagship release, the bank's integration, the
 * three roadmap items), and one team's delivered points build one scope at a time: a point built
 * for the flagship does not also ship the bank's integration. So a promise accepted while others
 * are open starts counting only after their outstanding points (`baseline` at acceptance, game.ts),
 * and a team that takes a second scope on the same pace owes both: the lesson of overcommitment
 * (DeMarco, "Slack", 2001; Reinertsen, "The Principles of Product Development Flow", 2009, ch. 3:
 * work taken on beyond capacity queues behind the work already promised). Before engine 1.31.0
 * the same points counted for every open promise, so a second promise cost nothing to keep.
 */
export function featurePointsOwed(open: readonly Commitment[], featuresTotal: number): number {
  let owed = 0;
  for (const c of open)
    if (c.measure === 'featuresDelivered')
      owed += Math.max(0, c.target - Math.max(0, featuresTotal - c.baseline));
  return owed;
}

/**
 * The figure a commitment is judged on, in the target's unit: feature points delivered since it
 * was accepted (after the points then owed to earlier promises: featurePointsOwed), else the
 * measure's value this quarter.
 */
export function commitmentActual(c: Commitment, m: QuarterMetrics, featuresTotal: number): number {
  const v = measureValue(c.measure, m, featuresTotal);
  return c.measure === 'featuresDelivered' ? Math.max(0, v - c.baseline) : v;
}

/** Whether a due commitment was met. */
export function commitmentMet(c: Commitment, m: QuarterMetrics, featuresTotal: number): boolean {
  const actual = commitmentActual(c, m, featuresTotal);
  return c.measure === 'featuresDelivered' ? actual >= c.target : actual <= c.target;
}
