/**
 * The extremes of the balance lab (issue 11): the reference's play with one rule pushed to its
 * end and kept there whatever the dashboard says. Each must lose to the reference in most
 * seeds; the reasons say which rule it follows.
 */
import { withEveryInvestmentAt, withLever } from '../analysis/lever-space';
import type { Decisions, Game, LocalizedText } from '../types';
import { observe, staffOf } from './observe';
import { referencePolicy } from './reference';
import { reasonedPolicy, text, type ReasonedPolicy } from './reasoned';

type DecisionChange = (d: Decisions, game: Game) => Decisions;

/**
 * What the one-lever extremes do to a policy's decisions: the lab's extremes apply them to the
 * reference's, the test suite's (balanced.ts extremePolicies) to the balanced policy's.
 */
export const EXTREME_CHANGES = {
  'all-features': (d) => ({
    ...d,
    allocation: { features: 100, debtPaydown: 0, reliability: 0, security: 0, innovation: 0 },
  }),
  'all-debt': (d) => ({
    ...d,
    allocation: { features: 0, debtPaydown: 100, reliability: 0, security: 0, innovation: 0 },
  }),
  'hire-max': (d, game) => ({
    ...d,
    talent: {
      ...d.talent,
      hiring: [
        { role: 'product', level: 'senior', count: game.scenario.limits.maxHiresPerQuarter },
      ],
    },
  }),
  'no-security': (d, game) => ({
    ...d,
    allocation: {
      ...d.allocation,
      features: d.allocation.features + d.allocation.security,
      security: 0,
    },
    budget: { ...d.budget, tools: { ...d.budget.tools, securityScanning: false } },
    riskMitigations: d.riskMitigations.filter(
      (id) => game.scenario.riskRegister.find((r) => r.id === id)?.mitigates !== 'breach',
    ),
  }),
} satisfies Record<string, DecisionChange>;

function extreme(name: string, rule: LocalizedText, change: DecisionChange): ReasonedPolicy {
  return reasonedPolicy(
    name,
    (game) => {
      const r = referencePolicy.decideWithReasons(game);
      return {
        decisions: change(r.decisions, game),
        summary: rule,
        reasons: [{ topic: name, text: rule }],
      };
    },
    (game, ev) => referencePolicy.chooseWithReason(game, ev),
  );
}

export const EXTREME_POLICIES: readonly ReasonedPolicy[] = [
  extreme(
    'all-features',
    text('All capacity on features, always.', '常に全キャパシティを機能開発へ。'),
    EXTREME_CHANGES['all-features'],
  ),
  extreme(
    'all-debt',
    text('All capacity on debt paydown, always.', '常に全キャパシティを負債返済へ。'),
    EXTREME_CHANGES['all-debt'],
  ),
  extreme(
    'hire-max',
    text(
      'Open every requisition the scenario allows, every quarter.',
      '毎四半期、シナリオ上限まで採用枠を開く。',
    ),
    EXTREME_CHANGES['hire-max'],
  ),
  extreme(
    'cut-max',
    text(
      'Cut everything: layoffs, no hiring, pay below market, no tools or training.',
      'すべて削減: 人員削減、採用停止、市場以下の給与、ツールも研修もなし。',
    ),
    (d, game) => {
      const o = observe(game);
      const juniors = staffOf(o, 'product', 'junior').count;
      const seniors = staffOf(o, 'product', 'senior').count;
      const cut = Math.floor((juniors + seniors) * 0.15);
      const j = Math.min(juniors, cut);
      const min = withEveryInvestmentAt(d, game.scenario, 'min');
      return {
        ...min,
        talent: {
          ...min.talent,
          hiring: [],
          layoffs: [
            { role: 'product', level: 'junior', count: j },
            { role: 'product', level: 'senior', count: Math.min(seniors, cut - j) },
          ],
        },
        budget: { ...min.budget, contractors: 0 },
      };
    },
  ),
  extreme(
    'no-security',
    text(
      'No security work, scanning or breach mitigation.',
      'セキュリティ作業・スキャン・情報漏えい対策を一切しない。',
    ),
    EXTREME_CHANGES['no-security'],
  ),
  extreme(
    'ai-all-in',
    text(
      'Every engineer on AI assistants, no guardrails.',
      '全員が AI アシスタントを使い、ガードレールなし。',
    ),
    (d) => withLever(withLever(d, 'trends.aiAdoption', 1), 'trends.aiGuardrails', 0),
  ),
  extreme(
    'invest-max',
    text(
      'Every investment at its maximum, every mitigation and initiative on.',
      'すべての投資を最大に、対策と取り組みもすべて実施。',
    ),
    (d, game) => withEveryInvestmentAt(d, game.scenario, 'max'),
  ),
  extreme(
    'invest-min',
    text(
      'Every investment at its minimum, no mitigation or initiative.',
      'すべての投資を最小に、対策も取り組みもなし。',
    ),
    (d, game) => withEveryInvestmentAt(d, game.scenario, 'min'),
  ),
];
