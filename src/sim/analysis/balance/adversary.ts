/**
 * The adversary the fixed-plan target is judged against (issue 11): the strongest of the fixed
 * plans the lab played on the hold-out seeds, the one the reference beats by the least.
 *
 * The search picks its best plan on its own few seeds, with every kept plan as a candidate, so a
 * kept plan that is weaker on the hold-out seeds can win that selection by a hair: on engine
 * 1.24.0 enterprise-dx's plan from search seed 3 scored 70.6 on the 6 search seeds against 70.5
 * for the plan from search seed 1, but on 100 hold-out seeds the reference beats it 71% +1.0
 * against 59% +0.6 for the other. Judging the target against the search's choice alone would
 * report the weaker adversary. So the lab plays every kept plan on the hold-out seeds as well,
 * and this module picks the strongest of them, the search's best and max-everything.
 */
import type { LocalizedText } from '../../types';
import type { PairedComparison } from './compare';
import { FOUND_BY_SEARCH } from './search';

/** A fixed plan the lab played on the hold-out seeds as a candidate adversary of the reference. */
export interface FixedPlanCandidate {
  /** its row in the report's policies */
  policy: string;
  /**
   * 'search': the search's best on its own seeds (`from`: FOUND_BY_SEARCH, or the name of the
   * known plan it was); 'kept': a plan of the plan library (`from`: the library's note of the
   * search that found it); 'recipe': the max-everything plan
   */
  origin: 'search' | 'kept' | 'recipe';
  from?: string;
}

/**
 * The candidate the reference beats by the smallest mean margin on the hold-out seeds; on a tie
 * the one the reference beats in the smaller share of seeds, then the first listed (the lab
 * lists a plan under its own name before the search's copy of it). Undefined when no candidate
 * was played.
 */
export function strongestFixedPlan(
  candidates: readonly FixedPlanCandidate[],
  vsReference: (policy: string) => PairedComparison | undefined,
): FixedPlanCandidate | undefined {
  let best: { c: FixedPlanCandidate; v: PairedComparison } | undefined;
  for (const c of candidates) {
    const v = vsReference(c.policy);
    if (!v) continue;
    const stronger =
      !best ||
      v.meanMargin < best.v.meanMargin ||
      (v.meanMargin === best.v.meanMargin && v.referenceWins < best.v.referenceWins);
    if (stronger) best = { c, v };
  }
  return best?.c;
}

/** The candidate in words: which plan it is (where it was found is its `from`). */
export function fixedPlanLabel(c: FixedPlanCandidate): LocalizedText {
  switch (c.origin) {
    case 'kept':
      return { en: `kept plan “${c.policy}”`, ja: `保存済みの計画「${c.policy}」` };
    case 'recipe':
      return { en: `the recipe “${c.policy}”`, ja: `定型の計画「${c.policy}」` };
    case 'search':
      return c.from === FOUND_BY_SEARCH || c.from === undefined
        ? { en: `“${c.policy}”, found by this search`, ja: `この探索で見つけた「${c.policy}」` }
        : {
            en: `“${c.policy}”, the search’s choice “${c.from}”`,
            ja: `「${c.policy}」（探索が選んだ「${c.from}」）`,
          };
  }
}
