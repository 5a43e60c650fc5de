/**
 * The SaaS calibration figures of a set of games, pooled over company-years (each whole year
 * played, company-years.ts): what docs/model.md's bands are checked against.
 */
import { percentile, sortedAscending } from '../stats';
import type { TaskResult } from './tasks';

export interface Calibration {
  companyYears: number;
  /** medians over company-years */
  growth: number;
  nrr: number;
  grossMargin: number;
  attrition: number;
  /** share of company-years with the year's growth% + operating margin% >= 40 */
  ruleOf40Share: number;
}

export function calibrationOf(results: readonly TaskResult[]): Calibration {
  const years = results.flatMap((r) => r.years);
  const median = (xs: number[]) => percentile(sortedAscending(xs), 0.5);
  return {
    companyYears: years.length,
    growth: median(years.map((y) => y.growth)),
    nrr: median(years.map((y) => y.nrr)),
    grossMargin: median(years.map((y) => y.grossMargin)),
    attrition: median(years.map((y) => y.attrition)),
    ruleOf40Share:
      years.length === 0 ? Number.NaN : years.filter((y) => y.ruleOf40 >= 40).length / years.length,
  };
}

const GRADE_ORDER = ['S', 'A', 'B', 'C', 'D', 'F'];

/** Count of each grade, every grade present (S..F). */
export function gradeCounts(results: readonly TaskResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of GRADE_ORDER) out[g] = 0;
  for (const r of results) out[r.grade] = (out[r.grade] ?? 0) + 1;
  return out;
}

/** The median grade (grades ordered S best .. F worst). */
export function medianGrade(results: readonly TaskResult[]): string {
  const ranks = sortedAscending(results.map((r) => GRADE_ORDER.indexOf(r.grade)));
  const mid = ranks[Math.floor((ranks.length - 1) / 2)];
  return mid === undefined ? '-' : (GRADE_ORDER[mid] ?? '-');
}

/** Whether grade a is at or below (worse than or equal to) grade b. */
export function gradeAtOrBelow(a: string, b: string): boolean {
  return GRADE_ORDER.indexOf(a) >= GRADE_ORDER.indexOf(b);
}
