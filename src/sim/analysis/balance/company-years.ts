/**
 * A game's company-years: the SaaS calibration figures over each whole year played (quarters
 * 1-4, 5-8, 9-12), measured as the published figures are, over the year and not at its last
 * quarter. The Rule of 40's ~16% of company-years (McKinsey 2021) adds a year's revenue growth
 * to its margin; a year-end quarter's annualised growth carries that one quarter's market phase
 * (a boom quarter's bookings x1.5, model/market.ts) four times over, and a growing company's
 * margin is highest in its last quarter, so a year read at quarter 4 clears 40 points more often
 * than the year did (on engine 1.34.0 under the reference, 26% of years pooled against 16%).
 * The lab's calibration table and scripts/calibrate.ts both read these.
 */
import type { QuarterMetrics } from '../../types';

export interface CompanyYear {
  /** ARR at the year's end over ARR at its start, minus 1; fraction */
  growth: number;
  /** (revenue - costs) / revenue over the year's four quarters, financing excluded; fraction */
  operatingMargin: number;
  /** growth% + operating margin%, points (met at 40) */
  ruleOf40: number;
  /** revenue kept and expanded from existing accounts over the year (the quarters' rates compounded) */
  nrr: number;
  /** the year's gross profit over its revenue; fraction */
  grossMargin: number;
  /** share of the engineers that left during the year (the quarters' leaving rates compounded) */
  attrition: number;
  /** the year's net burn / its net new ARR (Sacks 2020); 0 when not burning, 99 without net new ARR */
  burnMultiple: number;
}

/** The whole years of a game: `baseline` is quarter 0, `quarters` the played quarters in order. */
export function companyYears(
  baseline: QuarterMetrics,
  quarters: readonly QuarterMetrics[],
): CompanyYear[] {
  const years: CompanyYear[] = [];
  for (let end = 4; end <= quarters.length; end += 4) {
    const year = quarters.slice(end - 4, end);
    const arrStart = (end === 4 ? baseline : quarters[end - 5]!).arr;
    const arrEnd = year[3]!.arr;
    const revenue = sum(year.map((m) => m.revenue));
    const costs = sum(year.map((m) => m.costs));
    const growth = arrStart > 0 ? arrEnd / arrStart - 1 : 0;
    const operatingMargin = revenue > 0 ? (revenue - costs) / revenue : -1;
    const netBurn = costs - revenue;
    const netNewArr = arrEnd - arrStart;
    years.push({
      growth,
      operatingMargin,
      ruleOf40: 100 * growth + 100 * operatingMargin,
      // A quarter's figure is annualised (its rate to the fourth power): a fourth root each, compounded.
      nrr: product(year.map((m) => fourthRoot(m.nrr))),
      grossMargin: revenue > 0 ? sum(year.map((m) => m.grossMargin * m.revenue)) / revenue : 0,
      attrition: 1 - product(year.map((m) => fourthRoot(1 - m.attritionRate))),
      burnMultiple: netBurn <= 0 ? 0 : netNewArr > 0 ? Math.min(99, netBurn / netNewArr) : 99,
    });
  }
  return years;
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);
const product = (xs: readonly number[]) => xs.reduce((a, x) => a * x, 1);
/** Two square roots, exactly rounded on every engine (math.ts: Math.pow is not). */
const fourthRoot = (x: number) => Math.sqrt(Math.sqrt(Math.max(0, x)));
