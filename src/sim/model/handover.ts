/**
 * Contractor hand-over (docs/model.md, brief 2.5, budget: contractors; vendor dependence and knowledge loss).
 * Contractors hold knowledge of the code they built and run. Letting them go faster than the
 * organisation can take that knowledge over leaves a knowledge gap (in contractor seats whose
 * knowledge left with them) that costs capacity and code quality until in-house engineers
 * have rebuilt it. A gradual exit, documentation and an exit plan keep the gap small.
 */

/**
 * Contractors that can leave in one quarter without loss: one seat (a single person's work is
 * picked up by a teammate) plus a share of last quarter's bench. Reasoning: outsourcing
 * transitions are planned over several quarters (a few work packages at a time, each with
 * shadowing); 20% a quarter empties a bench in about five quarters.
 */
export const SAFE_EXIT_SEATS = 1;
export const SAFE_EXIT_SHARE = 0.2;
/**
 * With an exit plan (documentation and hand-over clauses in the contract) the vendor documents
 * and shadows as it leaves: 30% a quarter is safe (a bench of 35 in about four quarters).
 */
export const SAFE_EXIT_SHARE_WITH_PLAN = 0.3;
/** Share of an unplanned exit's knowledge that an exit plan still saves (the clauses oblige hand-over documents). */
export const EXIT_PLAN_LOSS = 0.5;
/**
 * Share of the gap still open the next quarter: in-house engineers relearn unfamiliar code
 * like new hires ramp up (3-9 months, Abdel-Hamid and Madnick), so half the gap closes each
 * quarter.
 */
export const GAP_RETENTION = 0.5;
/**
 * Engineer-quarters lost per seat of knowledge gap: engineers taking over code nobody left can
 * explain work at about half speed on it (new hires are ~50% productive at first).
 */
export const CAPACITY_PER_GAP_SEAT = 0.5;
/** Most of the pool's capacity a gap can take (the rest of the code base is still known). */
export const MAX_CAPACITY_LOSS = 0.4;
/**
 * Code-debt points per seat of gap each quarter: changes made without knowing the code add
 * workarounds and duplication. At 0.15 an abrupt exit of 33 of 35 SIer contractors (gap ~17)
 * adds ~5 points over its quarters, about what the insourcing card's "cheaper integrator"
 * hand-over costs (+4).
 */
export const DEBT_PER_GAP_SEAT = 0.15;

/** Contractors that may leave this quarter without a knowledge gap. */
export function safeExit(lastContractors: number, exitPlan: boolean): number {
  const share = exitPlan ? SAFE_EXIT_SHARE_WITH_PLAN : SAFE_EXIT_SHARE;
  return SAFE_EXIT_SEATS + share * lastContractors;
}

/**
 * The knowledge gap after this quarter's exits, in contractor seats: what is still open from
 * earlier quarters plus the seats cut beyond a safe exit, weighted by what documentation does
 * not hold (1 - documentation) and by an exit plan.
 */
export function knowledgeGap(
  previousGap: number,
  lastContractors: number,
  contractors: number,
  documentation: number,
  exitPlan: boolean,
): number {
  const excess = Math.max(0, lastContractors - contractors - safeExit(lastContractors, exitPlan));
  const lost = excess * (1 - documentation) * (exitPlan ? EXIT_PLAN_LOSS : 1);
  return GAP_RETENTION * previousGap + lost;
}

/** Capacity factor (0.6-1) while a gap of `gap` seats is open in a pool of `pool` engineer-equivalents. */
export function handoverFactor(gap: number, pool: number): number {
  if (gap <= 0) return 1;
  return 1 - Math.min(MAX_CAPACITY_LOSS, (CAPACITY_PER_GAP_SEAT * gap) / Math.max(1, pool));
}

/** Code-debt points added this quarter by an open gap. */
export function handoverDebt(gap: number): number {
  return DEBT_PER_GAP_SEAT * gap;
}

/**
 * Onboarding (brief 7: contractors cost onboarding): a contractor seat new this quarter works
 * at half its output while it learns the code base and the team's ways, and an in-house senior
 * spends a tenth of a quarter getting it started (about half a new hire's mentoring: vendors
 * send people who know the stack, not the product). Reasoning: Abdel-Hamid and Madnick's
 * ramp-up (new people ~50% productive at first), shortened for experienced contract staff.
 */
export const NEW_SEAT_OUTPUT = 0.5;
export const CONTRACTOR_MENTORING = 0.1;

/** Contractor seats engaged this quarter that were not on last quarter's bench. */
export function newContractorSeats(lastContractors: number, contractors: number): number {
  return Math.max(0, contractors - lastContractors);
}

/**
 * Vendor dependence (brief 7: contractors cost dependence): specifying, reviewing and
 * integrating work done outside the organisation costs the in-house team time that grows with
 * the square of the contractors' share of the pool: a bench of a tenth costs 0.4% of capacity,
 * a third 4%, a half 9%. Reasoning: client-side coordination costs of outsourced software work
 * (requirements, hand-offs, acceptance) grow with how much of the work sits outside (Dibbern,
 * Winkler and Heinzl, MIS Quarterly 2008: client extra costs rise with the knowledge the
 * vendor lacks); a few contractors are cheap flexibility, a large bench a second organisation
 * to manage.
 */
export const VENDOR_COORDINATION = 0.35;

/** Share of capacity spent coordinating contractor work, from contractors over the whole pool. */
export function vendorCoordination(contractors: number, pool: number): number {
  if (contractors <= 0) return 0;
  const share = contractors / Math.max(1, pool);
  return VENDOR_COORDINATION * share * share;
}
