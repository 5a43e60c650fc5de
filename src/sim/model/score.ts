/**
 * Score: each outcome area scored 0-100 from the played quarters, weighted by the scenario.
 * Reference points come from docs/model.md, brief 5 (DORA tiers, burn multiple bands, SaaS
 * growth and margin medians, attrition ~13%).
 */
import {
  KPI_AREAS,
  type Game,
  type GameStatus,
  type KpiArea,
  type MarketCycle,
  type Outcome,
  type QuarterMetrics,
} from '../types';
import { log10, log2, pow } from '../math';
import { engineeringShare } from './budget';
import { breachReach } from './security';
import { expectedFeatures } from './growth';
import { marketIndex } from './peer';
import { turningPoints } from './turning-points';

const clamp100 = (v: number) => Math.min(100, Math.max(0, v));
/** Engineering spend (contractors included) per unit of revenue in a quarter (1 without revenue). */
const rdShare = engineeringShare;

/**
 * What the ending does to the weighted score: a game that ends early cannot be scored like one
 * that ran its course, and running out of cash (the one failure nobody can undo) costs more
 * than losing the board's confidence. The debrief shows the factor beside the score.
 */
export const ENDING_FACTOR: Record<GameStatus, number> = {
  playing: 1,
  completed: 1,
  fired: 0.6,
  bankrupt: 0.4,
};

/** Business-area points lost when the last quarter ends with under RUNWAY_PENALTY_BELOW quarters of runway. */
export const RUNWAY_PENALTY = 15;
export const RUNWAY_PENALTY_BELOW = 2;

/** The runway penalty the business area takes for the last played quarter (0 or RUNWAY_PENALTY). */
export function runwayPenalty(last: QuarterMetrics): number {
  return last.runwayQuarters < RUNWAY_PENALTY_BELOW ? RUNWAY_PENALTY : 0;
}

/**
 * A quarter's burn points, 0-100 (Sacks 2020: under 1 amazing, over 3 bad): 100 at a burn
 * multiple of 1 or less, 30 fewer per unit above it, 0 from 4.3. The cost area takes the mean
 * of the quarters' points. It used to grade the mean of the raw multiples: a quarter in which
 * ARR did not grow has a multiple of 99 (a stand-in for "no growth bought"), so one quarter of
 * a breach's churn or a downturn's lost renewals made the mean over 8 and wiped out eleven
 * efficient quarters, a cliff of luck no plan could prepare for. Graded per quarter, a bad
 * quarter weighs like one bad quarter: a twelfth of the part.
 */
export function burnPoints(burnMultiple: number): number {
  return clamp100(100 - 30 * (burnMultiple - 1));
}

/**
 * Area scores from a list of quarter metrics (the first entry is the quarter-0 baseline).
 * `market` is the market's index over the played quarters (model/peer.ts marketIndex): the
 * business area grades ARR growth against what the market path did to a company at par, so a
 * downturn that cuts every company's bookings does not cut the grade of the one that held up
 * best. Until engine 1.41.0 it graded the raw ARR, and the market path, drawn from the seed,
 * moved every policy's score together: in enterprise-dx and mega-venture about 0.5 points for
 * each downturn quarter, most of the seed's share of the score variance (docs/model.md, "Engine
 * 1.41.0 changes"), luck no plan could prepare for. The ARR itself, the runway, the burn and the
 * stakeholders still meet the market as it is.
 */
export function areaScores(
  baseline: QuarterMetrics,
  played: readonly QuarterMetrics[],
  expectedFeatures: (q: number) => number,
  market = 1,
): Record<KpiArea, number> {
  const last = played[played.length - 1] ?? baseline;
  const n = Math.max(1, played.length);
  // One pass for every per-quarter sum (each summed from 0 in quarter order, as a reduce would).
  let ratioSum = 0;
  let breaches = 0;
  let sev1Sum = 0;
  let incidentSum = 0;
  let engagementSum = 0;
  let attritionSum = 0;
  let exhaustionSum = 0;
  let marginSum = 0;
  let burnSum = 0;
  let rdShareSum = 0;
  for (let i = 0; i < played.length; i++) {
    const m = played[i] as QuarterMetrics;
    ratioSum += Math.min(1.25, m.featuresDelivered / expectedFeatures(i + 1));
    // Each breach weighs by its reach (model/security.ts): the backlog of that quarter.
    breaches += m.breaches * breachReach(m.securityDebt);
    sev1Sum += m.sev1Incidents;
    incidentSum += m.incidents;
    engagementSum += m.engagement;
    attritionSum += m.attritionRate;
    exhaustionSum += m.exhaustion;
    marginSum += m.grossMargin;
    burnSum += burnPoints(m.burnMultiple);
    rdShareSum += rdShare(m);
  }
  const mean = (sum: number) => (played.length > 0 ? sum / played.length : 0);
  const g = pow(Math.max(1e-9, last.arr / (baseline.arr * market)), 4 / n) - 1;
  // Growth 30% a year in a normal market scores 50 (a healthy scale-up); ~70% scores 100.
  const business = clamp100(50 + 120 * (g - 0.3) - runwayPenalty(last));
  // Output beyond 125% of what the market asks earns competitiveness (the business area), not
  // more delivery points: a quarter's ratio counts up to 1.25.
  const ratio = mean(ratioSum);
  const deploy = clamp100(50 + 25 * log10(Math.max(1e-3, last.deployFrequency) / 0.14));
  const cfr = clamp100(100 - 250 * (last.changeFailureRate - 0.05));
  const lead = clamp100(100 - 25 * log2(Math.max(1, last.leadTimeDays)));
  const delivery = clamp100(0.5 * (50 + 120 * (ratio - 1)) + 0.5 * ((deploy + cfr + lead) / 3));
  const reliability = clamp100(100 - 20 * mean(sev1Sum) - 5 * mean(incidentSum) - 25 * breaches);
  const engagement = mean(engagementSum);
  const attrition = mean(attritionSum);
  const exhaustion = mean(exhaustionSum);
  const people = clamp100(
    0.5 * engagement + 0.5 * (100 - 300 * (attrition - 0.08)) - 0.5 * Math.max(0, exhaustion - 50),
  );
  const margin = clamp100(50 + 250 * (mean(marginSum) - 0.72));
  const burn = mean(burnSum);
  // Engineering spend per unit of revenue against the start (docs/model.md, brief 4: cost per engineer):
  // head count bought faster than revenue grows costs points even when cash is plentiful.
  const efficiency = clamp100(50 + 250 * (rdShare(baseline) - mean(rdShareSum)));
  const cost = (margin + burn + efficiency) / 3;
  const stakeholders = clamp100(last.boardConfidence);
  return { business, delivery, reliability, people, cost, stakeholders };
}

export function gradeOf(score: number): Outcome['grade'] {
  return score >= 85
    ? 'S'
    : score >= 72
      ? 'A'
      : score >= 60
        ? 'B'
        : score >= 48
          ? 'C'
          : score >= 35
            ? 'D'
            : 'F';
}

/** The score's parts: area scores, their weights' sum, and the score (0-100, one decimal). */
interface ScoreParts {
  areas: Record<KpiArea, number>;
  weightSum: number;
  /** the weighted sum of the area scores, before the ending's factor */
  weighted: number;
  score: number;
}

const KEYS = KPI_AREAS;

/**
 * The area scores of `played` (quarters 1..n's metrics) and their weighted sum (0-100, before the
 * ending's factor): the score of a game that played these quarters and goes on. `path` is the
 * game's market path (state.marketPath; without it the market counts as normal).
 */
export function weightedScore(
  scenario: Game['scenario'],
  baseline: QuarterMetrics,
  played: readonly QuarterMetrics[],
  path: readonly MarketCycle[] = [],
): Omit<ScoreParts, 'score'> {
  const market = marketIndex(scenario, path, played.length);
  const areas = areaScores(baseline, played, (q) => expectedFeatures(scenario, q), market);
  const w = scenario.scoring;
  const weightSum = w.business + w.delivery + w.reliability + w.people + w.cost + w.stakeholders;
  let weighted = 0;
  for (const k of KEYS) weighted += (areas[k] * w[k]) / weightSum;
  return { areas, weightSum, weighted };
}

function scoreParts(game: Game): ScoreParts {
  const played = game.history.map((h) => h.metrics);
  const parts = weightedScore(game.scenario, game.baseline, played, game.state.marketPath);
  const score = Math.round(parts.weighted * ENDING_FACTOR[game.status] * 10) / 10;
  return { ...parts, score };
}

/** Status, score and grade only: what batches keep (no turning points, no texts). */
export function gameScore(game: Game): Pick<Outcome, 'status' | 'score' | 'grade'> {
  const { score } = scoreParts(game);
  return { status: game.status, score, grade: gradeOf(score) };
}

export function scoreGame(game: Game): Outcome {
  const { areas, weightSum, weighted: weightedSum, score } = scoreParts(game);
  const w = game.scenario.scoring;
  const last = game.history[game.history.length - 1]?.metrics ?? game.baseline;
  const keys = KEYS;
  // The score after each quarter from the quarters played so far (index 0: after quarter 1).
  const played = game.history.map((h) => h.metrics);
  const running = played.map((_, i) =>
    weightedScore(game.scenario, game.baseline, played.slice(0, i + 1), game.state.marketPath),
  );
  return {
    status: game.status,
    score,
    grade: gradeOf(score),
    byArea: keys.map((k) => ({
      area: k,
      score: Math.round(areas[k] * 10) / 10,
      weight: w[k] / weightSum,
      points: Math.round(((areas[k] * w[k]) / weightSum) * 10) / 10,
    })),
    formula: {
      weightedSum: Math.round(weightedSum * 10) / 10,
      endingFactor: ENDING_FACTOR[game.status],
      runwayPenalty: runwayPenalty(last),
      runwayPenaltyBelow: RUNWAY_PENALTY_BELOW,
    },
    turningPoints: turningPoints(game, running, ENDING_FACTOR[game.status]),
  };
}
