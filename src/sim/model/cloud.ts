/**
 * Cloud: usage grows with what the accounts use; the bill is usage x unit price grossed up by
 * waste and discounted by commitments. Flexera State of the Cloud: ~27-32% of spend is waste;
 * commitments (reserved instances, savings plans) discount large parts of on-demand price.
 */
import type { Scenario } from '../scenario/schema';

/**
 * Cloud usage a quarter (scenario units) at this ARR: the starting accounts' usage
 * (`usagePerCustomer` each) scaled by ARR against the starting ARR. Expansion sells seats and
 * consumption, and a downturn's contraction cuts them (customers cut seats: KeyBanc / Sapphire
 * SaaS surveys 2022-2023), so usage follows what the accounts pay for, not their number, and
 * hosting keeps about its share of revenue as the company grows. Until engine 1.37.0 usage
 * followed the customer count, so revenue an account added cost no hosting (docs/model.md,
 * "Engine 1.37.0 changes").
 */
export function cloudUsage(arr: number, company: Scenario['company']): number {
  return (Math.max(0, arr) / company.arr) * company.customers * company.cloud.usagePerCustomer;
}

/**
 * Discount on committed usage vs. on-demand: about what a one-year, no-upfront savings plan or
 * reserved instance gives (AWS: up to 66-72% for three years paid upfront, far less for one
 * year paid monthly).
 */
export const COMMITMENT_DISCOUNT = 0.3;
/**
 * How far the hour's usage strays from the quarter's mean: evenly from (1 - spread) to
 * (1 + spread) times it (a day's and a week's load: autoscaled services follow the traffic,
 * databases and storage run flat). A commitment is a rate per hour for a one- or three-year term,
 * paid every hour whether usage reaches it or not (AWS Savings Plans: "you commit to a
 * consistent amount of usage per hour"; what an hour does not use is the plan's
 * UnusedCommitment in Cost Explorer). So commitment up to the quiet hours' usage is used in
 * every hour, and each unit above it in fewer: it pays while it is used in more than
 * 1 - COMMITMENT_DISCOUNT of the hours. Calibration: with 0.5 a company whose usage holds still
 * does best at 80% coverage with its commitments 94% used (1 - spread (1 - 2 x discount)), the
 * top of the 60-80% coverage practitioners aim for while keeping utilisation near or above 95%
 * (FinOps Foundation, Rate Optimization: coverage and utilisation are reported together; "cover
 * the stable base, flex the rest"); the lower part of that band is for usage that may fall.
 */
export const HOURLY_SPREAD = 0.5;

/**
 * Share of the mean usage that runs on demand above a commitment of `level` times the mean
 * (E[max(u - level, 0)] for hourly usage u spread evenly as HOURLY_SPREAD says): 1 - level while
 * the commitment is under the quiet hours' usage, 0 above the busiest hour's.
 */
export function onDemandShare(level: number): number {
  const a = HOURLY_SPREAD;
  if (level <= 1 - a) return 1 - level;
  if (level >= 1 + a) return 0;
  const above = 1 + a - level;
  return (above * above) / (4 * a);
}
/** Waste creeps up each quarter without FinOps attention (idle resources, over-provisioning). */
export const WASTE_DRIFT = 0.012;

/** Factors of the bill; their product is the bill (so drivers split exactly). */
export interface CloudBill {
  usage: number;
  unitCost: number;
  /** 1 / (1 - waste) */
  wasteFactor: number;
  /** effective price multiplier from commitments, <= 1 unless over-committed */
  commitmentFactor: number;
  bill: number;
}

/**
 * The quarter's bill. Committed usage is paid every hour whether used or not, at the discount;
 * the hours' usage above it is paid on demand. Committing more than the quiet hours use, or more
 * than usage turns out to be once customers leave or rightsizing removes waste, costs money (the
 * lever's price).
 */
export function cloudBill(
  usage: number,
  unitCost: number,
  waste: number,
  committedUsage: number,
): CloudBill {
  const wasteFactor = 1 / (1 - waste);
  const gross = usage * wasteFactor;
  const commitmentFactor =
    gross > 0
      ? (committedUsage / gross) * (1 - COMMITMENT_DISCOUNT) + onDemandShare(committedUsage / gross)
      : 1;
  return {
    usage,
    unitCost,
    wasteFactor,
    commitmentFactor,
    bill: usage * unitCost * wasteFactor * commitmentFactor,
  };
}

/**
 * Waste no programme removes: headroom, dev and test environments, data kept for compliance.
 * 12% with no FinOps practice, 6% with a mature one (Flexera: organisations estimate ~27-32%
 * waste; the best FinOps teams report a remainder near 10%).
 */
export function wasteFloor(finops: number): number {
  return 0.12 - 0.06 * finops;
}

/**
 * Waste share next quarter: drifts up; FinOps recovers a share of the waste above the floor
 * each quarter (rightsizing 25% + 20% x practice, the practice alone 5% x practice), so each
 * quarter of rightsizing finds less to recover than the one before (diminishing returns).
 */
export function nextWaste(waste: number, rightsizing: boolean, finops: number): number {
  const floor = wasteFloor(finops);
  const share = rightsizing ? 0.25 + 0.2 * finops : 0.05 * finops;
  const recovered = share * Math.max(0, waste - floor);
  return Math.min(0.5, Math.max(0, waste + WASTE_DRIFT - recovered));
}

/**
 * Rightsizing near the floor cuts headroom, not waste. While the waste above the floor is large,
 * the programme finds idle and oversized resources; within RIGHTSIZING_SAFE_MARGIN of the floor,
 * what is left to cut is the spare capacity that absorbs load spikes and failovers, and resizing
 * it raises the incident rate, up to RIGHTSIZING_RISK at the floor. Reasoning: rightsizing tools
 * recommend from average utilisation, and peaks are what fail (Google SRE Book, ch. 21-22:
 * overload and cascading failures come from running without headroom; N+2 provisioning); the
 * risk is a quarter more incidents at most, as most services keep their autoscaling limits.
 */
export const RIGHTSIZING_SAFE_MARGIN = 0.1;
export const RIGHTSIZING_RISK = 0.25;

/** Multiplier on the quarter's incident rate from rightsizing at this waste (1 without). */
export function rightsizingRisk(rightsizing: boolean, waste: number, finops: number): number {
  if (!rightsizing) return 1;
  const above = Math.max(0, waste - wasteFloor(finops));
  return 1 + RIGHTSIZING_RISK * Math.max(0, 1 - above / RIGHTSIZING_SAFE_MARGIN);
}

/**
 * Commitment for next quarter: `coverage` of the usage just billed (grossUsage, waste included),
 * the lookback a purchase recommendation reads (AWS Cost Explorer: 7, 30 or 60 days of past
 * usage), not the usage to come. One-year terms bought a quarter at a time roll off a quarter of
 * the book a quarter and cannot be sold back (AWS Cost Optimization Hub: a savings plan purchase
 * has no rollback), so after usage falls the book follows it down over a year. Hence "rightsize
 * before you commit": waste removed after a purchase leaves the purchase unused.
 */
export function nextCommittedUsage(previous: number, coverage: number, grossUsage: number): number {
  return Math.max(coverage * grossUsage, previous * 0.75);
}
