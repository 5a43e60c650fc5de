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

/** Waste share next quarter: drifts up; rightsizing with FinOps practice recovers part of it. */
export function nextWaste(waste: number, rightsizing: boolean, finops: number): number {
  const recovered = rightsizing ? 0.05 + 0.07 * finops : 0.02 * finops;
  return Math.min(0.5, Math.max(0.05, waste + WASTE_DRIFT - recovered));
}

/** Commitments roll off over a year (4 quarters); new commitments add on top. */
export function nextCommittedUsage(previous: number, coverage: number, grossUsage: number): number {
  return Math.max(coverage * grossUsage, previous * 0.75);
}
