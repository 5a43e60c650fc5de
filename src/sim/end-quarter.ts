/**
 * What to ask before a quarter ends: a plan that changes nothing from last quarter's, or one that
 * leaves the briefing's warnings open, is worth a second look (a quarter cannot be re-planned
 * once its events are answered). Pure; the renderer only shows the result.
 */
import { selectBriefing, type BriefingWarning } from './briefing';
import { repeatsWithoutOneOffs } from './decisions';
import { defaultDecisions } from './game';
import { previewQuarter } from './preview';
import type { Decisions, Game, Projection } from './types';

export interface EndQuarterCheck {
  /** the plan is the one the quarter started from (last quarter's, or the scenario's first) */
  unchanged: boolean;
  /** the briefing's warnings this plan leaves open (see stillOpen) */
  openWarnings: BriefingWarning[];
}

/**
 * A warning on a figure the projection forecasts (runway, debt tax, breach risk) stays open while
 * the plan's projection leaves it on the wrong side of the warning's line. On figures it does not
 * forecast (trust, attrition, exhaustion, the error budget, board confidence) only the quarter
 * itself can show a warning cleared, so only a critical one is worth a question every quarter.
 */
function stillOpen(warning: BriefingWarning, projection: Projection): boolean {
  switch (warning.id) {
    case 'runway-short':
      return projection.runwayQuarters < warning.threshold;
    case 'debt-tax-high':
      return projection.debtTaxNext >= warning.threshold;
    case 'breach-risk-high':
      return projection.breachRisk >= warning.threshold;
    default:
      return warning.severity === 'critical';
  }
}

/** Whether ending the quarter with `plan` deserves a confirmation, and why. */
export function checkEndQuarter(game: Game, plan: Decisions): EndQuarterCheck {
  const unchanged = repeatsWithoutOneOffs(plan, defaultDecisions(game));
  const projection = previewQuarter(game, plan);
  const openWarnings = selectBriefing(game).warnings.filter((w) => stillOpen(w, projection));
  return { unchanged, openWarnings };
}

/** True when the player should confirm before the quarter ends. */
export function needsConfirmation(check: EndQuarterCheck): boolean {
  return check.unchanged || check.openWarnings.length > 0;
}
