/**
 * The market the company sells and hires in: a demand cycle (boom, normal, downturn) drawn for
 * each game and moving between quarters, and the hiring market that follows it. Both are public
 * news (the briefing's market line, the quarter's report); neither is the same on every seed, so
 * a plan fixed in advance cannot be right for both: a boom rewards hiring and investing to
 * capture demand, a downturn punishes the same plan with a burn the revenue no longer carries.
 * docs/model.md, "Market cycle", gives the figures and their sources.
 */
import { type Rng, rngFromState, seedRng, uniform } from '../rng';
import type { MarketCycle } from '../types';

export interface CycleEffects {
  /** multiplier on new bookings */
  bookings: number;
  /** multiplier on expansion of existing accounts */
  expansion: number;
  /** multiplier on churn */
  churn: number;
  /** multiplier on the chance that investors fund a round */
  funding: number;
  /** where the hiring-market index settles in this phase (1 = normal) */
  hiringMarket: number;
  /**
   * how much the product's standing against the market moves bookings (1 = as normal; the
   * standing's factor is raised to this power, model/business.ts): buyers with money shop for
   * capability, buyers cutting budgets consolidate vendors and buy on price
   */
  featurePull: number;
  /**
   * multiplier on the churn that dissatisfaction adds (model/business.ts, revenueFlows): how
   * hard buyers punish an unreliable product at renewal
   */
  satisfactionChurn: number;
}

/**
 * Reasoning and sources: after the 2021 boom, private SaaS companies' new bookings fell by
 * roughly half into 2023 and net revenue retention by 5-10 points as customers cut seats
 * (KeyBanc Capital Markets / Sapphire SaaS surveys 2022-2023; Bessemer State of the Cloud 2023:
 * growth of the median cloud company roughly halved); in 2021 bookings ran well ahead of plan.
 * Venture funding fell about 35% from 2021 to 2022 and further in 2023 (Crunchbase), and tech
 * hiring followed (2021's "Great Resignation" in tech; 2022-23 layoffs, layoffs.fyi), so the
 * hiring market heats in a boom and cools in a downturn. The pull of features on bookings is
 * reasoning: in a boom buyers add tools for capability, in a downturn they consolidate vendors
 * and buy on price and proven return (Gartner's 2023 software buying surveys report longer
 * cycles and more scrutiny of spend), so what the roadmap ships wins half as many deals.
 * Dissatisfaction's churn follows the same money: a buyer cutting budgets drops the vendor that
 * let them down first (vendor consolidation, Gartner's 2023 buying surveys), so the churn an
 * unhappy customer adds (satisfaction below 70) is half again as large in a downturn, and a
 * quarter smaller in a boom, when budgets renew with less scrutiny (reasoning, about as far
 * from normal as the cycle's churn multiplier). A downturn thus pays for keeping the customers
 * already won (availability they expect, fewer severe incidents), a boom for what ships.
 */
export const CYCLE_EFFECTS: Record<MarketCycle, CycleEffects> = {
  boom: {
    bookings: 1.5,
    expansion: 1.25,
    churn: 0.85,
    funding: 1.4,
    hiringMarket: 1.35,
    featurePull: 1.5,
    satisfactionChurn: 0.75,
  },
  normal: {
    bookings: 1,
    expansion: 1,
    churn: 1,
    funding: 1,
    hiringMarket: 1,
    featurePull: 1,
    satisfactionChurn: 1,
  },
  downturn: {
    bookings: 0.5,
    expansion: 0.65,
    churn: 1.4,
    funding: 0.35,
    hiringMarket: 0.75,
    featurePull: 0.5,
    satisfactionChurn: 1.5,
  },
};

/**
 * Chance a quarter that a normal market turns (to a boom or a downturn, each), and that a boom or
 * a downturn ends. Business cycles in software last a few years in all (NBER dates US
 * contractions at about a year on average; the 2022-23 tech slowdown ran about six quarters):
 * a phase lasts five quarters on average, so most three-year games see a turn.
 */
export const CYCLE_TURN = 0.1;
export const CYCLE_END = 0.2;
/** The hiring-market index moves this share of the way to where the cycle settles it each quarter. */
export const HIRING_MARKET_PULL = 0.5;

/**
 * The market a game opens in, drawn once from its seed: the cycle's long-run shares (a half
 * normal, a quarter each boom and downturn, from CYCLE_TURN and CYCLE_END).
 */
export function openingCycle(rng: Rng): MarketCycle {
  const u = uniform(rng);
  return u < 0.25 ? 'boom' : u < 0.5 ? 'downturn' : 'normal';
}

/**
 * The market's path for a game: its phase in each quarter, index 0 the opening (quarter 1),
 * index q the phase after quarter q. Drawn at the start from a stream of its own (the seed
 * mixed with MARKET_STREAM), so every policy meets the same market on the same seed: the
 * market does not care what the company does, and paired comparisons stay paired.
 */
export function marketPath(seed: number, quarters: number): MarketCycle[] {
  const rng = rngFromState(seedRng((seed ^ MARKET_STREAM) | 0));
  const path: MarketCycle[] = [openingCycle(rng)];
  for (let q = 1; q <= quarters; q++) path.push(nextCycle(rng, path[q - 1] as MarketCycle));
  return path;
}
/** Mixed into the seed for the market's own stream (any constant unlike small seeds). */
const MARKET_STREAM = 0x6d61726b;

/** The next quarter's phase of the cycle (one draw). */
export function nextCycle(rng: Rng, cycle: MarketCycle): MarketCycle {
  const u = uniform(rng);
  if (cycle === 'normal')
    return u < CYCLE_TURN ? 'boom' : u < 2 * CYCLE_TURN ? 'downturn' : 'normal';
  return u < CYCLE_END ? 'normal' : cycle;
}
