/**
 * The organisation outside engineering: sales, marketing and G&A. Its part that is not a share of
 * revenue (the scenario's `otherOpexFixedPerQuarter`: the sales team, marketing programmes and
 * the back office built for the company's size) grows with the company's plan, as far as the
 * scenario says it does, and stops growing when the runway is short. Outside the VPoE's levers:
 * it is the company's money that engineering shares.
 */
import type { Scenario } from '../scenario/schema';
import type { MarketCycle } from '../types';
import { RUNWAY_WORRY } from './stakeholders';

/**
 * The quarterly ARR growth the company's plan assumes: bookings at par competitiveness plus
 * expansion less churn, over the starting ARR (mega-venture: 5.2% + 3% - 2% = 6.2% a quarter,
 * about 27% a year).
 */
export function planGrowth(scenario: Scenario): number {
  const m = scenario.market;
  const arr = Math.max(1, scenario.company.arr);
  return Math.max(0, m.newArrPerQuarter / arr + m.expansionPerQuarter - m.churnPerQuarter);
}

/**
 * The fixed part's size next quarter, against its quarter-1 size. It grows as the plan's ARR
 * does, times the scenario's `otherOpexFollowsPlan` (0: built once and flat, as a funded company
 * builds its sales team ahead of revenue; 1: grown with the plan, as quota capacity, account
 * managers, support and the back office are hired to the revenue the plan expects). Reasoning:
 * sales capacity is hired ahead to the bookings target (KBCM's 2019 private SaaS survey: ~$1.1 of
 * fully loaded sales and marketing behind $1 of new ARR) and G&A to the company's size; growing
 * SaaS companies still spend ~69% of revenue there at IPO (Blossom Street Ventures, 81 SaaS IPOs
 * from October 2017). The plan is set for the horizon and does not follow the market (a listed
 * Japanese company budgets to its three-year medium-term plan, chūki keiei keikaku): a boom's
 * revenue outgrows it, a downturn's falls short of it while the spend goes on, which is how
 * 2022's burn grew (Sequoia, "Adapting to Endure", 2022). When the quarter's runway is under the
 * board's worry line for the market ahead (stakeholders.ts RUNWAY_WORRY: a year and a half, two
 * years in a downturn) the CEO and CFO freeze its hiring and it stops growing (Y Combinator's
 * letter to founders, May 2022: plan for two years without new money).
 */
export function nextSalesOrgScale(
  scale: number,
  runwayQuarters: number,
  cycle: MarketCycle,
  scenario: Scenario,
): number {
  if (runwayQuarters < RUNWAY_WORRY[cycle]) return scale;
  return scale * (1 + scenario.market.otherOpexFollowsPlan * planGrowth(scenario));
}

/** The quarter's sales, marketing and G&A: a share of revenue plus the organisation's fixed part. */
export function otherOpex(scenario: Scenario, revenue: number, salesOrgScale: number): number {
  const m = scenario.market;
  return m.otherOpexShareOfRevenue * revenue + m.otherOpexFixedPerQuarter * salesOrgScale;
}
