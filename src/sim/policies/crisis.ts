/**
 * The last resort when the cash will not last, the same for every policy that plays sensibly
 * (the reference and the balanced policy): under RUNWAY_CRISIS quarters of runway
 * (RUNWAY_CRISIS_DOWNTURN in a downturn) with more quarters than that still to play, a share of
 * the product engineers goes, juniors first. A company out of cash is bankrupt; a layoff costs
 * severance and morale but keeps it alive.
 */
import type { StaffLine } from '../types';

/** Runway (quarters) under which a sensible policy lays people off. */
export const RUNWAY_CRISIS = 3;
/**
 * The same in a downturn, when investors fund a third as often (model/market.ts CYCLE_EFFECTS
 * funding) and the round a company counts on may not come: cut while the cut can still reach
 * break-even before the cash runs out (Sequoia, "Adapting to Endure", 2022; Y Combinator's
 * letter to founders, May 2022). Measured for the reference on tuning seeds 5001-5200 with the
 * starting situations (docs/model.md, "Starting situations"): bankruptcies 6 -> 3 in 800 games,
 * the mean +0.13 / +0.31 / -0.06 / -0.01 in series-b-saas / fintech-regulated / enterprise-dx /
 * mega-venture, against 4 quarters in every market (-0.03 / -0.03 / -0.10 / -0.01).
 */
export const RUNWAY_CRISIS_DOWNTURN = 5;
/** Share of the product engineers a crisis layoff lets go. */
export const CRISIS_LAYOFF_SHARE = 0.1;

/** The crisis layoff for this quarter, or none (the lines name product juniors, then seniors). */
export function crisisLayoffs(c: {
  runwayQuarters: number;
  quartersLeft: number;
  downturn: boolean;
  productJuniors: number;
  productSeniors: number;
}): StaffLine[] {
  const line = c.downturn ? RUNWAY_CRISIS_DOWNTURN : RUNWAY_CRISIS;
  if (c.runwayQuarters >= line || c.quartersLeft <= c.runwayQuarters) return [];
  const cut = Math.round(CRISIS_LAYOFF_SHARE * (c.productJuniors + c.productSeniors));
  const juniors = Math.min(c.productJuniors, cut);
  const seniors = Math.min(c.productSeniors, cut - juniors);
  const lines: StaffLine[] = [];
  if (juniors > 0) lines.push({ role: 'product', level: 'junior', count: juniors });
  if (seniors > 0) lines.push({ role: 'product', level: 'senior', count: seniors });
  return lines;
}
