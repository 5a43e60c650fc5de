/**
 * Cloud: usage grows with customers; the bill is usage x unit price grossed up by waste and
 * discounted by commitments. Flexera State of the Cloud: ~27-32% of spend is waste;
 * commitments (reserved instances, savings plans) discount large parts of on-demand price.
 */

/** Discount on committed usage vs. on-demand. */
export const COMMITMENT_DISCOUNT = 0.3;
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
 * The quarter's bill. Committed usage is paid whether used or not: committing more than
 * you end up using costs money (the lever's risk).
 */
export function cloudBill(
  usage: number,
  unitCost: number,
  waste: number,
  committedUsage: number,
): CloudBill {
  const wasteFactor = 1 / (1 - waste);
  const gross = usage * wasteFactor;
  const committed = Math.min(committedUsage, gross);
  const unused = Math.max(0, committedUsage - gross);
  const price =
    committed * (1 - COMMITMENT_DISCOUNT) +
    (gross - committed) +
    unused * (1 - COMMITMENT_DISCOUNT);
  const commitmentFactor = gross > 0 ? price / gross : 1;
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

/** Commitments roll off over a year (4 quarters); new commitments add on top. */
export function nextCommittedUsage(previous: number, coverage: number, grossUsage: number): number {
  return Math.max(coverage * grossUsage, previous * 0.75);
}
