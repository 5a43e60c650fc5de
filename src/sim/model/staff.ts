/**
 * Head-count bookkeeping: staff is a flat array of integer counts indexed by role, level and
 * tenure cohort (see types.ts). Cheap loops over 64 cells, no allocation in the hot path.
 */
import {
  COHORTS,
  LEVELS,
  ROLES,
  type Level,
  type Role,
  type SimState,
  type WorkPolicy,
} from '../types';

export const ROLE_INDEX: Record<Role, number> = { product: 0, platform: 1, security: 2, data: 3 };
export const LEVEL_INDEX: Record<Level, number> = { junior: 0, senior: 1, staff: 2, manager: 3 };
export const CELLS = ROLES.length * LEVELS.length * COHORTS;
export const MANAGER = 3;

export function staffIndex(role: number, level: number, cohort: number): number {
  return (role * 4 + level) * 4 + cohort;
}

/**
 * Individual-contributor output of a ramped person per level, in senior-engineer units.
 * Managers spend most time managing (Grove: a manager's output is the team's output).
 */
export const LEVEL_OUTPUT = [0.6, 1.0, 1.3, 0.2];

/**
 * A staff engineer's leverage over a senior (LEVEL_OUTPUT 1.3 against 1.0) comes from work
 * across teams: technical direction, architecture, the hardest problems. There is such work for
 * about one staff engineer per STAFF_TEAMS teams; beyond that, a staff engineer produces like a
 * senior at a staff engineer's pay. Reasoning: Larson, Staff Engineer (2021): staff-plus roles
 * (tech lead, architect, solver, right hand) each span a few teams; career ladders keep the
 * level narrow (engineering ladders put roughly one staff-plus engineer per 8-15 engineers).
 */
export const STAFF_TEAMS = 2;

/** Capacity (senior units) lost because staff engineers outnumber the work that needs them. */
export function idleStaffLeverage(staffEngineers: number, teams: number): number {
  const needed = Math.ceil(teams / STAFF_TEAMS);
  return (LEVEL_OUTPUT[2]! - LEVEL_OUTPUT[1]!) * Math.max(0, staffEngineers - needed);
}

/**
 * Productivity by tenure cohort, by work policy. New hires arrive during their first quarter and
 * are ~50% productive once set up, so the arrival quarter averages far lower; full output after
 * 3 quarters (ramp-up 3-9 months: Abdel-Hamid and Madnick; engineer surveys). That is the
 * hybrid organisation's ramp, the typical policy the figures come from (people.ts,
 * workPolicyAttrition). Sitting with the team speeds it: engineers whose teammates sat in the
 * same building received about a fifth more feedback on their code, most of it going to juniors
 * and new hires (Emanuel, Harrington and Pallais 2023, "The Power of Proximity to Coworkers");
 * fully remote newcomers build smaller, more siloed networks and learn the unwritten rules
 * later (Yang et al., Nature Human Behaviour 2022, Microsoft's move to remote work). So the
 * office closes about a fifth of hybrid's ramp gap sooner (1.1 engineer-quarters lost per hire
 * instead of 1.35) and remote work opens about a sixth more (1.55). What the office costs for it
 * is in people.ts: more quits, lower engagement, a desk for everyone.
 */
export const RAMP: Record<WorkPolicy, readonly number[]> = {
  office: [0.25, 0.7, 0.95, 1.0],
  hybrid: [0.15, 0.6, 0.9, 1.0],
  remote: [0.1, 0.5, 0.85, 1.0],
};

/** Senior time spent mentoring each new hire: ~20-25% in the first quarter (docs/model.md, brief 5). */
export const MENTORING_LOAD = [0.25, 0.1, 0, 0];

export interface StaffTotals {
  headcount: number;
  managers: number;
  /** ICs by role (all levels but manager) */
  icsByRole: [number, number, number, number];
  /** capacity if everyone were ramped, senior units, by role */
  rampedByRole: [number, number, number, number];
  /** capacity with ramp-up, senior units, by role */
  actualByRole: [number, number, number, number];
  mentoring: number;
  /** people in cohorts 0-1 */
  newcomers: number;
  /** junior ICs, all roles */
  juniors: number;
  /** staff/lead ICs, all roles */
  staffEngineers: number;
  /** sum of annual loaded cost at market pay */
  annualCost: number;
}

export function staffTotals(
  staff: readonly number[],
  annualCost: readonly number[],
  workPolicy: WorkPolicy,
): StaffTotals {
  const ramp = RAMP[workPolicy];
  const t: StaffTotals = {
    headcount: 0,
    managers: 0,
    icsByRole: [0, 0, 0, 0],
    rampedByRole: [0, 0, 0, 0],
    actualByRole: [0, 0, 0, 0],
    mentoring: 0,
    newcomers: 0,
    juniors: 0,
    staffEngineers: 0,
    annualCost: 0,
  };
  for (let r = 0; r < 4; r++) {
    for (let l = 0; l < 4; l++) {
      const out = LEVEL_OUTPUT[l] ?? 0;
      const cost = annualCost[l] ?? 0;
      for (let c = 0; c < COHORTS; c++) {
        const n = staff[staffIndex(r, l, c)] ?? 0;
        if (n === 0) continue;
        t.headcount += n;
        t.annualCost += n * cost;
        if (l === MANAGER) t.managers += n;
        else t.icsByRole[r as 0] += n;
        t.rampedByRole[r as 0] += n * out;
        t.actualByRole[r as 0] += n * out * (ramp[c] ?? 1);
        t.mentoring += n * (MENTORING_LOAD[c] ?? 0);
        if (c < 2) t.newcomers += n;
        if (l === 0) t.juniors += n;
        if (l === 2) t.staffEngineers += n;
      }
    }
  }
  return t;
}

/** Moves every cohort one quarter on (cohort 3 is the ramped pool). Mutates a fresh copy. */
export function ageCohorts(staff: number[]): void {
  for (let r = 0; r < 4; r++)
    for (let l = 0; l < 4; l++) {
      const base = staffIndex(r, l, 0);
      staff[base + 3] = (staff[base + 3] ?? 0) + (staff[base + 2] ?? 0);
      staff[base + 2] = staff[base + 1] ?? 0;
      staff[base + 1] = staff[base] ?? 0;
      staff[base] = 0;
    }
}

/** Removes up to `count` people of a role and level, most senior cohort first; returns removed. */
export function removeStaff(staff: number[], role: number, level: number, count: number): number {
  let left = count;
  for (let c = COHORTS - 1; c >= 0 && left > 0; c--) {
    const i = staffIndex(role, level, c);
    const take = Math.min(staff[i] ?? 0, left);
    staff[i] = (staff[i] ?? 0) - take;
    left -= take;
  }
  return count - left;
}

export function countOf(state: SimState, role: number, level: number): number {
  let n = 0;
  for (let c = 0; c < COHORTS; c++) n += state.staff[staffIndex(role, level, c)] ?? 0;
  return n;
}
