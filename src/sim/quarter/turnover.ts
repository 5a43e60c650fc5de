/**
 * Resignations (drawn per head-count cell) and new requisitions (offers drawn by acceptance).
 */
import { type Rng, stochasticRound } from '../rng';
import { LEAVER_CASH_COST } from '../model/people';
import type { PipelineEntry, StaffLine } from '../types';

export interface Turnover {
  leavers: number;
  /** senior, staff and managers: knowledge walks out with them */
  seniorLeavers: number;
  leaverCost: number;
}

/** Removes this quarter's leavers from `staff` (only with a generator; previews get expectations). */
export function applyAttrition(
  staff: number[],
  /** quarterly probability of leaving, by level (junior, senior, staff, manager) */
  pLeave: readonly number[],
  rng: Rng | null,
  annualCost: readonly number[],
  payMult: number,
): Turnover {
  let leavers = 0;
  let seniorLeavers = 0;
  let leaverCost = 0;
  for (let r = 0; r < 4; r++)
    for (let l = 0; l < 4; l++)
      for (let c = 0; c < 4; c++) {
        const i = (r * 4 + l) * 4 + c; // staffIndex, inlined in the hot loop
        const n = staff[i] ?? 0;
        if (n === 0) continue;
        const p = pLeave[l] ?? 0;
        const out = rng ? Math.min(n, stochasticRound(rng, n * p)) : n * p;
        if (out === 0) continue;
        if (rng) staff[i] = n - out;
        leavers += out;
        if (l >= 1) seniorLeavers += out;
        leaverCost += out * (LEAVER_CASH_COST[l] ?? 0) * (annualCost[l] ?? 0) * payMult;
      }
  return { leavers, seniorLeavers, leaverCost };
}

/** Opens up to `reqs` requisitions; accepted offers join the pipeline. */
export function openRequisitions(
  pipeline: PipelineEntry[],
  hiring: readonly StaffLine[],
  reqs: number,
  /** probability that a requisition ends in an accepted offer (fill rate x acceptance) */
  acceptance: number,
  /** share of the accepted who start next quarter; the rest start the one after */
  soonShare: number,
  quarter: number,
  rng: Rng,
): void {
  let budget = reqs;
  for (const line of hiring) {
    const count = Math.min(line.count, budget);
    budget -= count;
    if (count <= 0) continue;
    const accepted = Math.min(count, stochasticRound(rng, count * acceptance));
    if (accepted === 0) continue;
    // Requisition to start takes 2-4 months: most start next quarter, the rest the one after.
    const soon = Math.ceil(accepted * soonShare);
    pipeline.push({ role: line.role, level: line.level, count: soon, arrivesQuarter: quarter + 1 });
    if (accepted > soon)
      pipeline.push({
        role: line.role,
        level: line.level,
        count: accepted - soon,
        arrivesQuarter: quarter + 2,
      });
  }
}
