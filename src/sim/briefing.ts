/**
 * The quarter's briefing: what a VPoE reads before planning a quarter. A pure selector over the
 * game (never changes it, never draws from the PRNG); every number comes from the game's own
 * metrics and every sentence is a LocalizedText. The renderer formats, never computes.
 */
import { deckFor } from './deck';
import { KPI_DEFS } from './selectors';
import { commitmentActual, commitmentMet, STAKEHOLDERS } from './model/stakeholders';
import { payPosition } from './model/people';
import { situationOf } from './model/situation';
import { KPI_AREAS } from './types';
import type {
  Commitment,
  CommitmentMeasure,
  Game,
  KpiArea,
  LocalizedText,
  MarketCycle,
  MetricId,
  QuarterMetrics,
  StakeholderId,
} from './types';

/** One headline figure: its value at the start of the quarter and its change over the last one. */
export interface BriefingFigure {
  id: MetricId;
  label: LocalizedText;
  /** the KPI unit strings of selectKpis ('currency', 'ratio', 'quarters', 'index'...) */
  unit: string;
  value: number;
  /**
   * change since the start of the previous quarter; null when there is nothing to compare with:
   * quarter 1, and growth against the quarter-0 baseline (which has no growth figure)
   */
  delta: number | null;
  better: 'up' | 'down';
}

export interface BriefingStakeholder {
  id: StakeholderId;
  /** the metric holding this stakeholder's trust (trustCeo...), for glossary and history */
  metric: MetricId;
  label: LocalizedText;
  /** 0-100 */
  trust: number;
  /** points since the start of the previous quarter (0 in quarter 1) */
  delta: number;
}

/** An accepted stakeholder request, open until judged at the end of dueQuarter. */
export interface BriefingCommitment {
  id: string;
  stakeholder: StakeholderId;
  /** the request's title */
  title: LocalizedText;
  measure: CommitmentMeasure;
  /** what is measured, e.g. "Feature points delivered since accepting" */
  measureLabel: LocalizedText;
  /** the KPI unit of target and current ('points', 'currency', 'ratio', 'index', 'count') */
  unit: string;
  /** 'at-least': current must reach target; 'at-most': must stay at or below it */
  direction: 'at-least' | 'at-most';
  target: number;
  /** for delivered points: delivered since accepting; otherwise last quarter's value */
  current: number;
  dueQuarter: number;
  /** quarters from now to the judgement: 0 = judged at the end of this quarter */
  dueIn: number;
  /** whether judging it on the current value would meet it */
  metNow: boolean;
  /** what the commitment needs from here, in one sentence */
  outlook: LocalizedText;
}

export type BriefingWarningId =
  | 'runway-short'
  | 'over-budget'
  | 'debt-tax-high'
  | 'error-budget-spent'
  | 'release-freeze'
  | 'attrition-rising'
  | 'exhaustion-rising'
  | 'breach-risk-high'
  | 'board-near-firing'
  | 'stakeholder-trust-low';

/** A condition that matters now, with the figure behind it and why it matters. */
export interface BriefingWarning {
  id: BriefingWarningId;
  severity: 'critical' | 'warning';
  /** the metric the warning is about */
  metric: MetricId;
  label: LocalizedText;
  unit: string;
  value: number;
  /** the line the value crossed (the warning's reference, same unit as value) */
  threshold: number;
  why: LocalizedText;
  /** for stakeholder warnings: whose trust */
  stakeholder?: StakeholderId;
}

export interface Briefing {
  quarter: number;
  horizonQuarters: number;
  /** quarters left to play, this one included */
  quartersLeft: number;
  /** false in quarter 1: no previous quarter, so no figure has a delta and trust deltas are 0 */
  hasPreviousQuarter: boolean;
  headline: {
    cash: BriefingFigure;
    runway: BriefingFigure;
    arr: BriefingFigure;
    growth: BriefingFigure;
    boardConfidence: BriefingFigure;
  };
  /** what ends the game through the board (scenario.end) and how close it is */
  firing: { below: number; afterQuarters: number; quartersBelowSoFar: number };
  stakeholders: BriefingStakeholder[];
  /** open commitments, soonest due first */
  commitments: BriefingCommitment[];
  /** critical first, then in the order of BriefingWarningId */
  warnings: BriefingWarning[];
  /** the market as the news and salary surveys report it (model/market.ts) */
  market: BriefingMarket;
  /**
   * the starting situation the company was found in (model/situation.ts), every quarter: what
   * the new VPoE inherited is part of reading the dashboard; null when the scenario lists none
   */
  situation: { id: string; title: LocalizedText; body: LocalizedText } | null;
  /** quarter 1 only: the scenario's situation and what winning means */
  introduction?: {
    title: LocalizedText;
    description: LocalizedText;
    winning: LocalizedText;
    /** the scoring weights as shares summing to 1, largest first */
    weights: { area: KpiArea; share: number }[];
  };
}

/** The market this quarter: the demand cycle's phase and the hiring market (public news). */
export interface BriefingMarket {
  cycle: MarketCycle;
  /** how far market pay for engineers has moved from the scenario's figures, percent */
  marketPayPct: number;
  /** candidates: 'hot' (scarce, offers harder), 'normal' or 'cool' (plentiful) */
  hiring: 'hot' | 'normal' | 'cool';
  text: LocalizedText;
}

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const KPI = new Map(KPI_DEFS.map((k) => [k.id, k]));

const STAKEHOLDER_METRIC: Record<StakeholderId, MetricId> = {
  ceo: 'trustCeo',
  cfo: 'trustCfo',
  cto: 'trustCto',
  cpo: 'trustCpo',
  hr: 'trustHr',
};

/** What the game looks like before planning its current quarter (pure; see module doc). */
export function selectBriefing(game: Game): Briefing {
  const played = game.history.length;
  const now = played > 0 ? game.state.last : game.baseline;
  // The start of the previous quarter: quarter 0's baseline after one quarter, none before.
  const before = played > 1 ? (game.history[played - 2]?.metrics ?? game.baseline) : game.baseline;
  const figure = (id: MetricId): BriefingFigure => {
    const def = KPI.get(id);
    return {
      id,
      label: def?.label ?? t(id, id),
      unit: def?.unit ?? 'index',
      value: now[id],
      delta: played === 0 || (id === 'growth' && played === 1) ? null : now[id] - before[id],
      better: def?.better ?? 'up',
    };
  };
  const end = game.scenario.end;
  const briefing: Briefing = {
    quarter: game.quarter,
    horizonQuarters: game.scenario.horizonQuarters,
    quartersLeft: Math.max(0, game.scenario.horizonQuarters - game.quarter + 1),
    hasPreviousQuarter: played > 0,
    headline: {
      cash: figure('cash'),
      runway: figure('runwayQuarters'),
      arr: figure('arr'),
      growth: figure('growth'),
      boardConfidence: figure('boardConfidence'),
    },
    firing: {
      below: end.firedBelow,
      afterQuarters: end.firedAfterQuarters,
      quartersBelowSoFar: game.state.lowConfidenceQuarters,
    },
    stakeholders: STAKEHOLDERS.map((id) => {
      const f = figure(STAKEHOLDER_METRIC[id]);
      return { id, metric: f.id, label: f.label, trust: f.value, delta: f.delta ?? 0 };
    }),
    commitments: game.state.commitments
      .map((c) => commitmentView(game, c, now))
      .sort((a, b) => a.dueQuarter - b.dueQuarter || a.id.localeCompare(b.id)),
    warnings: warningsFor(game, now, played > 0 ? before : now),
    market: selectMarket(game),
    situation: selectSituation(game),
  };
  if (game.quarter === 1 && played === 0) {
    const w = game.scenario.scoring;
    const areas = KPI_AREAS;
    const sum = areas.reduce((a, k) => a + w[k], 0);
    briefing.introduction = {
      title: game.scenario.title,
      description: game.scenario.description,
      winning: game.scenario.winning,
      weights: areas
        .map((area) => ({ area, share: w[area] / sum }))
        .filter((x) => x.share > 0)
        .sort((a, b) => b.share - a.share),
    };
  }
  return briefing;
}

/** A hiring-market index this far from 1 reads as hot or cool (about 2.5% of market pay). */
const HIRING_NEWS = 0.1;

const CYCLE_TEXT: Record<MarketCycle, LocalizedText> = {
  boom: t(
    'Boom: buyers are spending and bookings run about half above plan; investors fund readily.',
    '好況です。顧客の購買が活発で、受注は計画を約5割上回ります。投資家も資金を出しやすい状況です。',
  ),
  normal: t(
    'Normal market: bookings, churn and funding as planned.',
    '平常です。受注、解約、資金調達は計画どおりです。',
  ),
  downturn: t(
    'Downturn: bookings about half of plan, churn up, investors hold back. Revenue will not carry a growing burn.',
    '不況です。受注は計画の約半分、解約は増え、投資家は慎重です。増えるバーンを売上では支えられません。',
  ),
};

/**
 * The market as the news and salary surveys report it this quarter: the briefing's market line,
 * also shown where the player plans (the plan and the dashboard), since the right plan depends on it.
 */
export function selectMarket(game: Game): BriefingMarket {
  return marketView(game.state.marketCycle, game.state.hiringMarket);
}

function marketView(cycle: MarketCycle, index: number): BriefingMarket {
  const marketPayPct = 0 - Math.round(10 * payPosition(0, index)) / 10;
  const hiring = index > 1 + HIRING_NEWS ? 'hot' : index < 1 - HIRING_NEWS ? 'cool' : 'normal';
  const pay =
    marketPayPct === 0
      ? t(
          'Market pay for engineers is where the plan put it.',
          'エンジニアの市場給与は計画どおりです。',
        )
      : t(
          `Market pay for engineers is ${marketPayPct > 0 ? 'up' : 'down'} ${Math.abs(marketPayPct)}%: a pay adjustment below that is a pay cut against the market.`,
          `エンジニアの市場給与は${Math.abs(marketPayPct)}%${marketPayPct > 0 ? '上昇' : '低下'}しています。これを下回る給与調整は市場比の減給です。`,
        );
  const hire =
    hiring === 'hot'
      ? t(
          'Candidates are scarce and offers harder to land.',
          '候補者は少なく、内定承諾を得にくい状況です。',
        )
      : hiring === 'cool'
        ? t('Candidates are plentiful.', '候補者が多く、採用しやすい状況です。')
        : t('', '');
  const c = CYCLE_TEXT[cycle];
  const join = (a: string, b: string, d: string, sep: string) =>
    [a, b, d].filter((x) => x.length > 0).join(sep);
  return {
    cycle,
    marketPayPct,
    hiring,
    text: { en: join(c.en, pay.en, hire.en, ' '), ja: join(c.ja, pay.ja, hire.ja, '') },
  };
}

const MEASURES: Record<
  CommitmentMeasure,
  { label: LocalizedText; unit: string; direction: 'at-least' | 'at-most' }
> = {
  featuresDelivered: {
    label: t('Feature points delivered since accepting', '受諾後に届けた機能ポイント'),
    unit: 'points',
    direction: 'at-least',
  },
  costPerQuarter: {
    label: t('Total costs in the quarter', '四半期の総コスト'),
    unit: 'currency',
    direction: 'at-most',
  },
  attritionRate: {
    label: t('Attrition (annualised)', '離職率（年率）'),
    unit: 'ratio',
    direction: 'at-most',
  },
  debtIndex: { label: t('Code debt', 'コード負債'), unit: 'index', direction: 'at-most' },
  incidents: {
    label: t('Incidents in the quarter', '四半期のインシデント件数'),
    unit: 'count',
    direction: 'at-most',
  },
};

function commitmentView(game: Game, c: Commitment, now: QuarterMetrics): BriefingCommitment {
  const m = MEASURES[c.measure];
  const total = game.state.featuresDeliveredTotal;
  const current = commitmentActual(c, now, total);
  const metNow = commitmentMet(c, now, total);
  const dueIn = Math.max(0, c.dueQuarter - game.quarter);
  const template = deckFor(game.scenario).requestsById.get(c.requestId);
  return {
    id: c.id,
    stakeholder: c.stakeholder,
    title: template?.title ?? t(c.requestId, c.requestId),
    measure: c.measure,
    measureLabel: m.label,
    unit: m.unit,
    direction: m.direction,
    target: c.target,
    current,
    dueQuarter: c.dueQuarter,
    dueIn,
    metNow,
    outlook: outlookOf(c.measure, metNow, current, c.target, dueIn + 1, now.featuresDelivered),
  };
}

function outlookOf(
  measure: CommitmentMeasure,
  metNow: boolean,
  current: number,
  target: number,
  quartersToDeliver: number,
  lastDelivered: number,
): LocalizedText {
  if (measure === 'featuresDelivered') {
    if (metNow) return t('Already delivered.', 'すでに達成しています。');
    const needed = (target - current) / quartersToDeliver;
    return needed <= lastDelivered
      ? t(
          'Last quarter’s delivery pace is enough, if feature capacity holds.',
          '前四半期のデリバリーのペースを保てば達成できます。機能開発への配分を減らさないでください。',
        )
      : t(
          'Needs more feature points per quarter than last quarter delivered: shift capacity to features or cut what slows delivery.',
          '前四半期より多くの機能ポイントが毎四半期必要です。機能開発への配分を増やすか、デリバリーを遅らせている要因を減らしてください。',
        );
  }
  return metNow
    ? t(
        'Last quarter’s value already meets it; it is judged on the due quarter’s own value.',
        '前四半期の値なら達成しています。評価は期日の四半期の値で行われます。',
      )
    : t(
        'Last quarter’s value misses it: this needs to change before the due quarter ends.',
        '前四半期の値では未達です。期日の四半期が終わるまでに改善が必要です。',
      );
}

// Warning lines. Each is the point where the model starts to punish, so a warning means
// "this already costs you, or will this quarter":
// - runway: the CFO loses trust every quarter with runway under 4 quarters
//   (model/stakeholders.ts trustReactions); under 2 quarters the business score drops
//   (model/score.ts) and cash below zero ends the game.
const RUNWAY_WARN = 4;
// - engineering budget: above the envelope agreed with the CFO the CFO loses trust every
//   quarter (model/stakeholders.ts), 3 points at 20% over.
const BUDGET_WARN = 1;
const BUDGET_CRITICAL = 1.2;
const RUNWAY_CRITICAL = 2;
// - debt tax: ~23% of developer time is the industry norm (Besker et al. 2019); at 30% the
//   debt is clearly above it and, unpaid, climbs toward 40%+ (docs/model.md, brief 6.3).
const DEBT_TAX_WARN = 0.3;
const DEBT_TAX_CRITICAL = 0.4;
// - error budget: 1 = the whole budget the SLO allows (Google SRE Workbook).
const ERROR_BUDGET_SPENT = 1;
// - attrition: software averages ~13% a year (LinkedIn 2018); HR trust falls above it.
const ATTRITION_AVERAGE = 0.13;
const ATTRITION_CRITICAL = 0.25;
// - exhaustion: above a typical team's (TYPICAL_EXHAUSTION, 23) it raises resignations and failed
//   changes (model/people.ts, model/delivery.ts); above 40 it also lowers engagement, so the
//   warning starts there; above 60 HR loses trust each quarter (model/stakeholders.ts).
const EXHAUSTION_EFFECT = 40;
const EXHAUSTION_CRITICAL = 60;
// - breach risk per quarter: 5% a quarter is ~19% a year, near the top of the 2-25% annual
//   range from small to large firms (Cyentia IRIS 2020); 8% a quarter is ~28% a year.
const BREACH_WARN = 0.05;
const BREACH_CRITICAL = 0.08;
// - board confidence within 10 points of the scenario's firing line.
const BOARD_MARGIN = 10;
// - a stakeholder at 30 or below drags board confidence (weighted sum) toward the line.
const STAKEHOLDER_LOW = 30;

function warningsFor(game: Game, now: QuarterMetrics, before: QuarterMetrics): BriefingWarning[] {
  const out: BriefingWarning[] = [];
  const kpi = (id: MetricId) => KPI.get(id);
  const add = (
    id: BriefingWarningId,
    metric: MetricId,
    critical: boolean,
    threshold: number,
    why: LocalizedText,
    extra?: { label?: LocalizedText; unit?: string; stakeholder?: StakeholderId },
  ) =>
    out.push({
      id,
      severity: critical ? 'critical' : 'warning',
      metric,
      label: extra?.label ?? kpi(metric)?.label ?? t(metric, metric),
      unit: extra?.unit ?? kpi(metric)?.unit ?? 'index',
      value: now[metric],
      threshold,
      why,
      ...(extra?.stakeholder ? { stakeholder: extra.stakeholder } : {}),
    });

  if (now.runwayQuarters < RUNWAY_WARN)
    add(
      'runway-short',
      'runwayQuarters',
      now.runwayQuarters < RUNWAY_CRITICAL,
      RUNWAY_WARN,
      t(
        'At last quarter’s burn the cash runs out soon. The CFO loses trust every quarter under 4 quarters of runway, and a company with no cash is bankrupt: the game ends.',
        '前四半期のバーンのままでは、まもなく現金が尽きます。ランウェイが4四半期を切ると CFO の信頼は毎四半期下がり、現金が尽きれば倒産でゲームは終わります。',
      ),
    );
  if (now.budgetUse > BUDGET_WARN)
    add(
      'over-budget',
      'budgetUse',
      now.budgetUse > BUDGET_CRITICAL,
      BUDGET_WARN,
      t(
        'Engineering spends more of revenue than the budget agreed with the CFO: the CFO loses trust every quarter it stays above. The budget grows with revenue; hiring, contractors, pay and programmes all draw on it.',
        'エンジニアリングの支出が、CFO と合意した売上比の予算を超えています。超えている間、CFO の信頼は毎四半期下がります。予算は売上とともに増え、採用・業務委託・給与・施策のすべてがこれを使います。',
      ),
    );
  if (now.debtTax >= DEBT_TAX_WARN)
    add(
      'debt-tax-high',
      'debtTax',
      now.debtTax >= DEBT_TAX_CRITICAL,
      DEBT_TAX_WARN,
      t(
        'This share of engineering capacity goes to working around technical debt before any feature is built. Unpaid, it keeps climbing, and it raises the change failure rate and incidents too.',
        'この割合の開発キャパシティが、機能を作る前に技術的負債の回避に消えています。返済しなければ上がり続け、変更失敗率と障害も増やします。',
      ),
    );
  if (game.state.releaseFreeze)
    add(
      'release-freeze',
      'errorBudgetUsed',
      true,
      ERROR_BUDGET_SPENT,
      t(
        'The error budget was overspent under a freeze policy: feature work stops this quarter while the policy stays. Keep the freeze and invest in reliability, or lift the policy and accept the risk.',
        'リリースフリーズの方針のもとでエラーバジェットを使い切ったため、方針を続ける限り今四半期は機能開発が止まります。フリーズを守って信頼性に投資するか、方針を外してリスクを受け入れるかを決めてください。',
      ),
      { label: t('Release freeze', 'リリースフリーズ'), unit: 'ratio' },
    );
  else if (now.errorBudgetUsed >= ERROR_BUDGET_SPENT)
    add(
      'error-budget-spent',
      'errorBudgetUsed',
      false,
      ERROR_BUDGET_SPENT,
      t(
        'Users saw more unreliability than the SLO allows. Incidents cost revenue and the CEO’s and CTO’s trust; under a freeze policy an overspent budget stops feature work.',
        'ユーザーは SLO が許す以上の不安定さを経験しました。障害は売上と CEO・CTO の信頼を損ない、リリースフリーズの方針のもとでは予算超過で機能開発が止まります。',
      ),
      { label: t('Error budget used', 'エラーバジェット消化率'), unit: 'ratio' },
    );
  if (
    now.attritionRate >= ATTRITION_CRITICAL ||
    (now.attritionRate > ATTRITION_AVERAGE && now.attritionRate > before.attritionRate)
  )
    add(
      'attrition-rising',
      'attritionRate',
      now.attritionRate >= ATTRITION_CRITICAL,
      ATTRITION_AVERAGE,
      t(
        'More people are leaving than the industry’s ~13% a year. Each leaver costs hiring money and months of lost productivity, takes knowledge with them, and HR loses trust.',
        '業界平均（年約13%）を超える人が辞めています。退職者1人ごとに採用費と数か月分の生産性が失われ、知識も流出し、人事の信頼も下がります。',
      ),
    );
  if (
    now.exhaustion >= EXHAUSTION_CRITICAL ||
    (now.exhaustion > EXHAUSTION_EFFECT && now.exhaustion > before.exhaustion)
  )
    add(
      'exhaustion-rising',
      'exhaustion',
      now.exhaustion >= EXHAUSTION_CRITICAL,
      EXHAUSTION_EFFECT,
      t(
        'Sustained overload is wearing people out. The more people burn out, the more leave a quarter later and the more of their changes fail; above 40 exhaustion also lowers engagement, and above 60 HR loses trust every quarter.',
        '過負荷が続き、人が疲弊しています。燃え尽きる人が増えるほど、1四半期後の退職が増え、変更の失敗も増えます。疲弊が40を超えるとエンゲージメントも下がり、60を超えると人事の信頼が毎四半期下がります。',
      ),
    );
  if (now.breachRisk >= BREACH_WARN)
    add(
      'breach-risk-high',
      'breachRisk',
      now.breachRisk >= BREACH_CRITICAL,
      BREACH_WARN,
      t(
        'The chance of a security breach this quarter is high. A breach costs a large sum, customers and the CEO’s and CTO’s trust; security work, scanning and paying down security debt lower it.',
        '今四半期に情報漏えいが起きる確率が高い状態です。情報漏えいが起きると多額の損失が出て、顧客と、CEO・CTO の信頼を失います。セキュリティ作業、スキャン、セキュリティ負債の返済で下げられます。',
      ),
    );
  const board = now.boardConfidence;
  const end = game.scenario.end;
  const n = end.firedAfterQuarters;
  const rule =
    n === 1
      ? t('One quarter below it', '1四半期でも下回ると')
      : t(`${n} quarters in a row below it`, `${n}四半期連続で下回ると`);
  if (board < end.firedBelow + BOARD_MARGIN)
    add(
      'board-near-firing',
      'boardConfidence',
      board < end.firedBelow,
      end.firedBelow,
      board < end.firedBelow
        ? t(
            `Board confidence is below the line at which the board replaces the VPoE. ${rule.en} and you are fired: the game ends.`,
            `取締役会の信任が、VPoE 解任の基準を下回っています。${rule.ja}解任され、ゲームは終わります。`,
          )
        : t(
            `Board confidence is close to the line at which the board replaces the VPoE. ${rule.en} and you are fired.`,
            `取締役会の信任が、VPoE 解任の基準に近づいています。${rule.ja}解任されます。`,
          ),
    );
  for (const id of STAKEHOLDERS) {
    const metric = STAKEHOLDER_METRIC[id];
    if (now[metric] <= STAKEHOLDER_LOW)
      add(
        'stakeholder-trust-low',
        metric,
        false,
        STAKEHOLDER_LOW,
        t(
          'This stakeholder has little trust left. Board confidence is a weighted sum of all five, so a stakeholder this low pulls it toward the firing line; keeping a commitment to them wins trust back.',
          'この関係者の信頼はほとんど残っていません。取締役会の信任は5人の信頼の加重和なので、ここまで低いと解任の基準へ引き下げます。この相手へのコミットメントを守ると信頼を取り戻せます。',
        ),
        { stakeholder: id },
      );
  }
  return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'critical' ? -1 : 1));
}

/**
 * The starting situation this game's seed drew (model/situation.ts), as the briefing shows it;
 * also what the debrief and the compare and replay screens name beside the scenario.
 */
export function selectSituation(game: Game): Briefing['situation'] {
  const s = situationOf(game.scenario, game.seed);
  return s ? { id: s.id, title: s.title, body: s.body } : null;
}
