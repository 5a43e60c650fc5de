/**
 * The balance targets of issue 11, as docs/model.md ("Balance targets") states them, checked on
 * one scenario's report; the two that pool all built-in scenarios are checked by
 * checkPooledTargets. A target whose section was not run is reported as not measured (null).
 */
import { referencePolicy } from '../../policies';
import type { LocalizedText } from '../../types';
import { gradeAtOrBelow } from './calibration';
import { fixedPlanLabel, type FixedPlanCandidate } from './adversary';
import type { PairedComparison } from './compare';
import type { BalanceReport } from './lab';

export interface TargetCheck {
  id: string;
  label: LocalizedText;
  /** true met, false missed, null not measured in this run */
  met: boolean | null;
  /** the measured figure, in words */
  measured: LocalizedText;
}

/** The reference must beat a fixed plan in at least this share of paired hold-out seeds... */
export const FIXED_PLAN_WIN_SHARE = 0.75;
/** ...and by at least this many points on average. */
export const FIXED_PLAN_MARGIN = 5;
export const REFERENCE_S_BELOW = 0.1;
export const OPTION_BEST_AT_LEAST = 0.05;
export const POLICY_VARIANCE_AT_LEAST = 0.5;
export const RULE_OF_40_BAND: readonly [number, number] = [0.1, 0.25];

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)}%`;
const NOT_MEASURED = t('-', '-');

/**
 * Whether the reference meets a fixed-plan target against one plan: the win share, and the
 * margin too when `margin`; null when the plan was not played.
 */
function meetsAgainst(c: PairedComparison | undefined, margin: boolean): boolean | null {
  if (!c) return null;
  return c.referenceWins >= FIXED_PLAN_WIN_SHARE && (!margin || c.meanMargin >= FIXED_PLAN_MARGIN);
}

export function checkTargets(report: BalanceReport): TargetCheck[] {
  const find = (name: string) => report.policies.find((p) => p.name === name);
  const reference = find(referencePolicy.name);
  // The strongest fixed plan on the hold-out seeds (adversary.ts), not the search's choice alone.
  // It is the one the reference beats by the least; a plan it beats by more but in fewer than
  // FIXED_PLAN_WIN_SHARE of seeds fails the target too, so the target is met only against every
  // candidate, and a failing candidate is the one named when the strongest passes.
  const meets = (c: FixedPlanCandidate) => meetsAgainst(find(c.policy)?.vsReference, true);
  const strongest = report.adversary;
  const failing = (report.fixedPlans ?? []).find((c) => meets(c) === false);
  const adversary = strongest && meets(strongest) === true && failing ? failing : strongest;
  const best = adversary ? find(adversary.policy) : undefined;
  const maxPlan = find('max-everything');
  const random = find('random');
  const out: TargetCheck[] = [];
  const vs = (
    id: string,
    label: LocalizedText,
    p: typeof best,
    margin: boolean,
    against?: LocalizedText,
  ) => {
    const c = p?.vsReference;
    const en = c ? `wins ${pct(c.referenceWins)}, margin ${c.meanMargin.toFixed(1)}` : '';
    const ja = c ? `勝率${pct(c.referenceWins)}、平均差${c.meanMargin.toFixed(1)}点` : '';
    out.push({
      id,
      label,
      met: meetsAgainst(c, margin),
      measured: c
        ? against
          ? t(`${en}, against ${against.en}`, `${against.ja}に対して${ja}`)
          : t(en, ja)
        : NOT_MEASURED,
    });
  };
  vs(
    'beats-best-fixed-plan',
    t(
      'The reference beats the strongest fixed plan (the search’s best, every kept plan and max-everything, on the hold-out seeds) in ≥75% of paired seeds, by ≥5 points',
      'リファレンス方針が、最も強い固定計画（探索で見つけた最良の計画、保存済みの各計画、すべての投資を最大にした計画のうち、検証用シードで最も差が小さいもの）に同じシードでの比較の75%以上で勝ち、平均の差が5点以上',
    ),
    best,
    true,
    adversary && fixedPlanLabel(adversary),
  );
  vs(
    'beats-max-everything',
    t(
      'The reference beats the max-everything plan in ≥75% of paired seeds',
      'リファレンス方針が、すべての投資を最大にした固定計画に同じシードでの比較の75%以上で勝つ',
    ),
    maxPlan,
    false,
  );
  out.push({
    id: 'random-median-grade',
    label: t('Random play’s median grade is D or worse', 'ランダムプレイの中央値の評価が D 以下'),
    met: random ? gradeAtOrBelow(random.medianGrade, 'D') : null,
    measured: random ? t(random.medianGrade, random.medianGrade) : NOT_MEASURED,
  });
  const sShare = reference ? (reference.grades.S ?? 0) / Math.max(1, reference.scores.length) : NaN;
  out.push({
    id: 'reference-rarely-s',
    label: t(
      'The reference reaches S in under 10% of seeds',
      'リファレンス方針が S を取るのはシードの10%未満',
    ),
    met: reference ? sShare < REFERENCE_S_BELOW : null,
    measured: reference ? t(pct(sShare), pct(sShare)) : NOT_MEASURED,
  });
  const v = report.variance;
  const refSpread = reference ? Math.max(...reference.scores) - Math.min(...reference.scores) : 0;
  out.push({
    id: 'policy-explains-variance',
    label: t(
      'Among non-degenerate policies, policy explains ≥ half the score variance, and a fixed policy’s score still varies with the seed',
      '破綻しない方針の間で、スコア分散の半分以上を方針が説明し、かつ固定方針のスコアもシードで変動する',
    ),
    met: v ? v.policy >= POLICY_VARIANCE_AT_LEAST && refSpread > 0 : null,
    measured: v
      ? t(
          `policy ${pct(v.policy)}, seed ${pct(v.seed)}, reference spread ${refSpread.toFixed(1)}`,
          `方針${pct(v.policy)}、シード${pct(v.seed)}、リファレンス方針の幅${refSpread.toFixed(1)}点`,
        )
      : NOT_MEASURED,
  });
  const options = report.options;
  const dominated = options?.flatMap((o) => o.dominated.map((d) => `${o.source}/${d}`)) ?? [];
  out.push({
    id: 'no-dominated-option',
    label: t(
      'Every event option is the best answer in ≥5% of its draws',
      'すべてのイベントの選択肢が、その出現の5%以上で最良の回答になる',
    ),
    met: options ? dominated.length === 0 : null,
    measured: options
      ? dominated.length === 0
        ? t('none dominated', '劣位の選択肢なし')
        : t(dominated.join(', '), dominated.join(', '))
      : NOT_MEASURED,
  });
  return out;
}

/** Targets over all built-in scenarios together: lever ends and the Rule of 40 share. */
export function checkPooledTargets(reports: readonly BalanceReport[]): TargetCheck[] {
  const out: TargetCheck[] = [];
  const curves = reports.map((r) => r.sensitivity);
  if (curves.every((c) => c !== undefined) && reports.length > 0) {
    const ids = (curves[0] ?? []).map((c) => c.lever);
    const sameEnd = ids.filter((id) => {
      const ends = curves.map((cs) => cs?.find((c) => c.lever === id)?.bestAt);
      return ends.every((e) => e === 'min') || ends.every((e) => e === 'max');
    });
    out.push({
      id: 'no-lever-at-same-end',
      label: t(
        'No lever has its best value at the same end of its range in every scenario',
        'どのレバーも、すべてのシナリオで最良値が範囲の同じ端にならない',
      ),
      met: sameEnd.length === 0,
      measured:
        sameEnd.length === 0 ? t('none', 'なし') : t(sameEnd.join(', '), sameEnd.join(', ')),
    });
  }
  const years = reports.reduce((n, r) => n + r.calibration.companyYears, 0);
  const met40 = reports.reduce(
    (n, r) => n + r.calibration.ruleOf40Share * r.calibration.companyYears,
    0,
  );
  const share = years > 0 ? met40 / years : NaN;
  out.push({
    id: 'rule-of-40-pooled',
    label: t(
      'Rule of 40 met in 10-25% of company-years under the reference, pooled',
      'リファレンス方針で Rule of 40 を満たす年が全体の10〜25%',
    ),
    met: years > 0 ? share >= RULE_OF_40_BAND[0] && share <= RULE_OF_40_BAND[1] : null,
    // One decimal: a share that rounds to the band's edge (25.2%) must not read as inside it.
    measured: years > 0 ? t(pct(share, 1), pct(share, 1)) : NOT_MEASURED,
  });
  return out;
}
