/**
 * The head-count moves at the start of a quarter: cohorts age, accepted offers arrive (and the
 * staff's pay against the hub's rates follows them: people.ts, nextLocationPay), layoffs and
 * promotions. Mutates the step-owned copy of the state.
 */
import {
  ageCohorts,
  LEVEL_INDEX,
  MANAGER,
  removeStaff,
  ROLE_INDEX,
  staffIndex,
} from '../model/staff';
import { HIRE_PAY, nextLocationPay, RECRUITING_FEE, SEVERANCE } from '../model/people';
import type { Decisions, SimState } from '../types';

export interface StaffMoves {
  arrivals: number;
  /** recruiting fees paid on arrival */
  recruitingCost: number;
  laidOff: number;
  severanceCost: number;
  promotions: number;
}

export function applyStaffMoves(
  s: SimState,
  d: Decisions,
  quarter: number,
  annualCost: readonly number[],
  payMult: number,
): StaffMoves {
  let arrivals = 0;
  let recruitingCost = 0;
  ageCohorts(s.staff);
  let headcountBefore = 0;
  for (const n of s.staff) headcountBefore += n;
  const hirePay = HIRE_PAY[d.trends.workPolicy];
  if (s.pipeline.length > 0) {
    const waiting = [];
    for (const p of s.pipeline) {
      if (p.arrivesQuarter <= quarter) {
        const i = staffIndex(ROLE_INDEX[p.role], LEVEL_INDEX[p.level], 0);
        s.staff[i] = (s.staff[i] ?? 0) + p.count;
        arrivals += p.count;
        recruitingCost +=
          p.count * RECRUITING_FEE * (annualCost[LEVEL_INDEX[p.level]] ?? 0) * payMult * hirePay;
      } else waiting.push(p);
    }
    s.pipeline = waiting;
  }
  s.locationPay = nextLocationPay(
    s.locationPay,
    s.workPolicy,
    d.trends.workPolicy,
    headcountBefore,
    arrivals,
  );
  let laidOff = 0;
  let severanceCost = 0;
  for (const line of d.talent.layoffs) {
    const li = LEVEL_INDEX[line.level];
    const n = removeStaff(s.staff, ROLE_INDEX[line.role], li, line.count);
    laidOff += n;
    severanceCost += n * SEVERANCE * (annualCost[li] ?? 0) * payMult * s.locationPay;
  }
  const promotions =
    promote(s.staff, MANAGER, d.org.promotionsToManager) +
    promote(s.staff, 2, d.org.promotionsToStaff);
  return { arrivals, recruitingCost, laidOff, severanceCost, promotions };
}

/** Promotes ramped seniors (product first) to `toLevel`; returns how many. */
function promote(staff: number[], toLevel: number, count: number): number {
  let done = 0;
  for (let r = 0; r < 4 && done < count; r++) {
    const from = staffIndex(r, 1, 3);
    const n = Math.min(staff[from] ?? 0, count - done);
    staff[from] = (staff[from] ?? 0) - n;
    const to = staffIndex(r, toLevel, 3);
    staff[to] = (staff[to] ?? 0) + n;
    done += n;
  }
  return done;
}
