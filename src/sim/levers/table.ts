/**
 * The lever table: every decision a VPoE makes each quarter, grouped as in Decisions, with its
 * range, step, unit, default, scenario limit and whether it is a one-off. It is the one source
 * of Decisions: the type (index.ts), the zod schema (schema.ts), copying and comparing
 * (copy.ts), the guards (decisions.ts) and the controls the app shows (selectLevers) all walk
 * it. Adding a lever is one entry here (and the model code that reads it); a scenario file that
 * leaves it out starts from its default.
 *
 * Defaults are a middling plan (the Series-B scenario's starting plan): what a scenario that
 * does not set the lever starts with, never a recommendation.
 */
import type { LocalizedText } from '../types';
import type {
  ChoiceLever,
  FlagLever,
  IdsLever,
  LeverChoice,
  LeverGroup,
  NumberLever,
  ShareLever,
} from './kinds';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

const LEVEL_CHOICES: readonly LeverChoice<number>[] = [
  { value: 0, label: t('None', 'なし') },
  { value: 1, label: t('Low', '低') },
  { value: 2, label: t('Medium', '中') },
  { value: 3, label: t('High', '高') },
];

/** An investment level 0 (none) - 3 (high). */
const level = (label: LocalizedText, help: LocalizedText, dflt: number): NumberLever => ({
  kind: 'number',
  min: 0,
  max: 3,
  step: 1,
  unit: 'level',
  choices: LEVEL_CHOICES,
  default: dflt,
  label,
  help,
});
const flag = (label: LocalizedText, help: LocalizedText, dflt: boolean): FlagLever => ({
  kind: 'boolean',
  default: dflt,
  label,
  help,
});
const share = (label: LocalizedText, help: LocalizedText, dflt: number): ShareLever => ({
  kind: 'share',
  min: 0,
  max: 100,
  step: 1,
  unit: '%',
  default: dflt,
  label,
  help,
});
const choice = <const V extends string>(
  choices: readonly LeverChoice<V>[],
  dflt: NoInfer<V>,
  label: LocalizedText,
  help: LocalizedText,
): ChoiceLever<V> => ({ kind: 'choice', choices, default: dflt, label, help });
const ids = (
  catalogue: IdsLever['catalogue'],
  label: LocalizedText,
  help: LocalizedText,
): IdsLever => ({ kind: 'ids', catalogue, default: [], label, help });

/** Capacity allocation shares sum to this many percent. */
export const ALLOCATION_TOTAL = 100;

export const LEVER_TABLE = {
  /** 1. Organisation design */
  org: {
    teamSizeTarget: {
      kind: 'number',
      min: 3,
      max: 30,
      step: 1,
      unit: 'people',
      limit: 'maxTeamSize',
      default: 7,
      label: t('Team size target', '目標チーム人数'),
      help: t(
        'Teams are split or merged to this size. 3-7 works best; large teams talk more than they build (QSM).',
        'チームをこの人数に分割・統合します。3〜7人が最適で、大きなチームほど作るより話す時間が増えます（QSM）。',
      ),
    },
    platformTeam: flag(
      t('Platform team', 'プラットフォームチーム'),
      t(
        'Platform engineers leave feature work to build CI/CD, infrastructure as code and observability for everyone.',
        'プラットフォームエンジニアが機能開発を離れ、全員のための CI/CD、IaC、オブザーバビリティを整えます。',
      ),
      false,
    ),
    enablingTeam: flag(
      t('Enabling team', 'イネーブリングチーム'),
      t(
        'Two seniors coach four teams at a time: faster ramp-up and practice adoption where they are, two fewer builders. In a large organisation they reach few of its teams.',
        'シニア2名が一度に4チームを支援します。支援先では立ち上がりと実践の定着が速くなりますが、作り手は2名減ります。大きな組織では届くチームは一部です。',
      ),
      false,
    ),
    promotionsToManager: {
      kind: 'number',
      min: 0,
      max: 10,
      step: 1,
      unit: 'people',
      limit: 'rampedSeniors',
      oneOff: true,
      default: 0,
      label: t('Promotions to manager', 'マネージャーへの昇格'),
      help: t(
        'Ramped seniors become engineering managers: spans narrow (6-8 is right), their coding output mostly stops.',
        '経験を積んだシニアが EM になります。管理範囲は狭まり（6〜8人が適正）、本人のコーディングはほぼ止まります。',
      ),
    },
    promotionsToStaff: {
      kind: 'number',
      min: 0,
      max: 10,
      step: 1,
      unit: 'people',
      limit: 'rampedSeniors',
      oneOff: true,
      default: 0,
      label: t('Promotions to staff/lead', 'スタッフ/リードへの昇格'),
      help: t(
        'Seniors become staff engineers: more output and engagement, higher pay.',
        'シニアがスタッフエンジニアになります。成果とエンゲージメントが上がり、給与も上がります。',
      ),
    },
  },
  /** 2. Culture and process */
  process: {
    ciCd: level(
      t('CI/CD investment', 'CI/CD への投資'),
      t(
        'Pipeline work and infrastructure. Costs capacity and money now; faster, safer delivery later.',
        'パイプラインの整備と基盤。今は工数とお金がかかり、後で速く安全なデリバリーになります。',
      ),
      1,
    ),
    testAutomation: level(
      t('Test automation', 'テスト自動化'),
      t(
        "Writing and maintaining automated tests. Lowers change failures and debt growth over time. The top level adds a large end-to-end suite whose flaky tests take 2% of everyone's time, a quarter of that where a platform team's test infrastructure re-runs and quarantines them.",
        '自動テストを書いて保守します。時間とともに変更失敗と負債の増加を抑えます。最高水準では大規模な E2E テスト群が加わり、不安定なテストの対応に全員の時間の2%がかかります（プラットフォームチームのテスト基盤が再実行と隔離を担えばその4分の1）。',
      ),
      1,
    ),
    codeReview: {
      kind: 'number',
      min: 0,
      max: 2,
      step: 1,
      unit: 'level',
      choices: [
        { value: 0, label: t('Light', '軽め') },
        { value: 1, label: t('Standard', '標準') },
        { value: 2, label: t('Strict', '厳格') },
      ],
      default: 1,
      label: t('Code review standard', 'コードレビューの基準'),
      help: t(
        'Stricter review costs time and catches defects and AI-generated churn.',
        '厳しいレビューは時間を使い、欠陥や AI 生成コードの手戻りを防ぎます。',
      ),
    },
    postmortems: flag(
      t('Blameless postmortems', '非難しないポストモーテム'),
      t(
        'Every significant incident gets a written postmortem. A little time each quarter; SRE practice grows.',
        '重要な障害ごとに文書化したポストモーテムを行います。毎四半期少しの時間で、SRE の実践が育ちます。',
      ),
      false,
    ),
    documentation: level(
      t('Documentation and ADRs', 'ドキュメントと ADR'),
      t(
        'Knowledge sharing: leavers take less with them, newcomers ramp up on written context.',
        '知識共有。退職者が持ち去る知識が減り、新メンバーは書かれた文脈で立ち上がれます。',
      ),
      1,
    ),
  },
  /** 3. Talent */
  talent: {
    hiring: {
      kind: 'staff-lines',
      limit: 'maxHiresPerQuarter',
      default: [],
      label: t('Hiring plan', '採用計画'),
      help: t(
        'Requisitions opened this quarter by role and level. Offers arrive 1-2 quarters later; interviews cost time now.',
        '今四半期に開く職種・レベル別の採用枠。入社は1〜2四半期後で、面接の時間は今かかります。',
      ),
    },
    payAdjustmentPct: {
      kind: 'number',
      min: -10,
      max: 20,
      step: 1,
      unit: '%',
      default: 0,
      label: t('Pay vs. market', '市場に対する給与水準'),
      help: t(
        'Above market: more offers accepted, fewer quits, higher payroll.',
        '市場より高ければ内定承諾が増え退職が減りますが、人件費が増えます。',
      ),
    },
    training: level(
      t('Training and mentoring budget', '研修・メンタリング予算'),
      t(
        'Courses, conferences, mentoring time. Raises engagement; costs money and a little time.',
        '研修、カンファレンス、メンタリングの時間。エンゲージメントが上がり、お金と少しの時間がかかります。',
      ),
      1,
    ),
    careerLadder: flag(
      t('Career ladder and evaluation', 'キャリアラダーと評価制度'),
      t(
        "A clear ladder and fair evaluation keep seniors who would leave for a title, more the hotter the hiring market and the more managers decide promotions (a handful agree without one); calibration takes managers' time and the bands lift pay.",
        '明確なラダーと公正な評価で、肩書きを求めて辞めるシニアを引き留めます。採用市場が過熱しているほど、昇格を決めるマネージャーが多いほど効果が大きくなります（数人なら制度なしでも揃います）。評価調整にマネージャーの時間がかかり、等級の給与レンジで給与が上がります。',
      ),
      false,
    ),
    layoffs: {
      kind: 'staff-lines',
      limit: 'staff',
      oneOff: true,
      default: [],
      label: t('Layoffs', '人員削減'),
      help: t(
        'Cuts payroll from next quarter; severance now, engagement and brand suffer.',
        '翌四半期から人件費が減ります。退職金は今かかり、エンゲージメントと評判が傷つきます。',
      ),
    },
  },
  /** 4. Roadmap and debt: capacity allocation in percent, summing to ALLOCATION_TOTAL */
  allocation: {
    features: share(
      t('Features', '機能開発'),
      t('Share of capacity on roadmap features.', 'ロードマップの機能に充てるキャパシティの割合。'),
      70,
    ),
    debtPaydown: share(
      t('Debt paydown', '負債返済'),
      t(
        'Refactoring and cleanup. 15-20% holds debt roughly steady.',
        'リファクタリングと整理。15〜20%で負債はほぼ横ばいになります。',
      ),
      10,
    ),
    reliability: share(
      t('Reliability', '信頼性'),
      t(
        'Reliability and operability work: fewer incidents, better observability.',
        '信頼性と運用性の作業。障害が減り、オブザーバビリティが上がります。',
      ),
      10,
    ),
    security: share(
      t('Security', 'セキュリティ'),
      t(
        'Vulnerability fixes and hardening: security debt down, practice up.',
        '脆弱性の修正と堅牢化。セキュリティ負債が減り、実践が育ちます。',
      ),
      5,
    ),
    innovation: share(
      t('Innovation time', 'イノベーション時間'),
      t(
        'Free time for ideas (Google 20%, 3M 15%): competitiveness and engagement, no roadmap output.',
        'アイデアのための自由な時間（Google の20%、3M の15%）。競争力とエンゲージメントが上がり、ロードマップの成果は出ません。',
      ),
      5,
    ),
  },
  /** 4. Architecture initiatives to run (scenario catalogue); omitted ones stop */
  initiatives: ids(
    'initiatives',
    t('Architecture initiatives', 'アーキテクチャの取り組み'),
    t(
      'Multi-quarter initiatives from the scenario. Each takes ~8% of capacity while it runs.',
      'シナリオにある複数四半期の取り組み。実施中はそれぞれキャパシティの約8%を使います。',
    ),
  ),
  /** 5. Budget and resources */
  budget: {
    rightsizing: flag(
      t('FinOps rightsizing', 'FinOps による適正化'),
      t(
        "Find idle and oversized resources: recovers part of the cloud waste. Takes a practitioner and every team's time; near the waste floor it cuts headroom and incidents rise.",
        '遊休・過大なリソースを探し、クラウドの無駄の一部を取り戻します。担当者1名と各チームの時間を使います。無駄が下限に近いと余裕まで削り、インシデントが増えます。',
      ),
      false,
    ),
    commitmentCoverage: {
      kind: 'number',
      min: 0,
      max: 0.9,
      step: 0.05,
      unit: 'share',
      default: 0.2,
      label: t('Cloud commitment coverage', 'コミットメント適用率'),
      help: t(
        "Share of last quarter's usage bought on reserved/savings plans: ~30% cheaper, but paid every hour for a year whether used or not. Quiet hours use less than the average, and usage falls when customers leave or rightsizing removes waste: the part above what is used is paid for nothing.",
        '前四半期の利用量のうち、リザーブド/Savings Plans で購入する割合。約30%安くなりますが、使っても使わなくても1年間、毎時間支払います。閑散時間帯の利用は平均より少なく、顧客が離れたり適正化で無駄を減らしたりすると利用量は下がります。使われない分は無駄な支払いになります。',
      ),
    },
    contractors: {
      kind: 'number',
      min: 0,
      // The scenario's limits.maxContractors (at most this) is the bound a player meets.
      max: 200,
      step: 1,
      unit: 'people',
      limit: 'maxContractors',
      default: 0,
      label: t('Contractors', '業務委託'),
      help: t(
        'Capacity this quarter without hiring; costly, and they add debt. Letting many go in one quarter loses what only they know (capacity and code debt for a few quarters) unless documentation or an exit plan carries it over.',
        '採用せずに今四半期のキャパシティを得られます。割高で、負債も増やします。一度に大勢の契約を終えると、彼らしか知らない知識が失われ、数四半期にわたってキャパシティが下がりコード負債が増えます（ドキュメントや撤退計画があれば引き継げます）。',
      ),
    },
    tools: {
      observability: flag(
        t('Observability tooling', 'オブザーバビリティツール'),
        t(
          "Priced by the cloud bill it watches: 10% of it up to 8 stream teams, more the more services the estate is cut into (about 25% at 50 teams). Incidents found and restored sooner, fewer grow to severity 1, less so where the team's own observability already catches them.",
          '監視するクラウド費用に応じた料金。ストリームチーム8つまではその10%、サービスが細かく分かれるほど割合が上がります（50チームで約25%）。インシデントの検知と復旧が速くなり、重大度1に育つものが減りますが、チーム自身のオブザーバビリティが既に捉えている分だけ効果は小さくなります。',
        ),
        true,
      ),
      ci: flag(
        t('CI platform', 'CI プラットフォーム'),
        t(
          'Paid per engineer; CI/CD capability grows faster. Adds nothing where a platform team already runs the pipelines.',
          'エンジニア単位の費用。CI/CD の能力が速く育ちます。プラットフォームチームがパイプラインを運用していれば上積みはありません。',
        ),
        true,
      ),
      securityScanning: flag(
        t(
          'Security scanning (SAST/DAST, dependencies)',
          'セキュリティスキャン（SAST/DAST、依存関係）',
        ),
        t(
          'Continuous scanning in the pipeline: less security debt, cheaper breaches. Its findings take triage time, and it adds less where the security practice is already mature or your own security engineers already scan the pipelines (all of it from about one engineer in twelve, while security work gets as much of the time).',
          'パイプラインでの継続的なスキャン。セキュリティ負債が減り、情報漏えいの被害も小さくなります。検出結果の精査に時間がかかり、成熟したセキュリティ実践がある場合や、自社のセキュリティエンジニアがすでにパイプラインをスキャンしている場合は効果が小さくなります（エンジニア12人に1人ほどいて、セキュリティ作業に同じだけの時間を割いていれば、すべて自前でまかなえます）。',
        ),
        false,
      ),
    },
    sourcing: choice(
      [
        { value: 'commercial', label: t('Commercial', '商用') },
        { value: 'open-source', label: t('Open source', 'オープンソース') },
      ],
      'commercial',
      t('Tool sourcing', 'ツールの調達方針'),
      t(
        'Open source costs a quarter of the licence money but each self-hosted tool needs upkeep time whatever the team’s size: it pays in a large organisation.',
        'オープンソースはライセンス費用が4分の1ですが、自前で運用するツールごとに組織の規模によらず保守の時間が必要です。大きな組織ほど得になります。',
      ),
    ),
  },
  /** 6. Coaching managers */
  coaching: {
    oneOnOnes: level(
      t('1-on-1s and coaching', '1on1 とコーチング'),
      t(
        'Managers’ time for regular 1-on-1s: manager effectiveness, engagement and retention rise.',
        '定期的な 1on1 のためのマネージャーの時間。マネージャーの力量、エンゲージメント、定着率が上がります。',
      ),
      1,
    ),
    leadershipTraining: level(
      t('Leadership training', 'リーダーシップ研修'),
      t(
        'Training for managers; costs money per manager.',
        'マネージャー向け研修。マネージャー1人ごとに費用がかかります。',
      ),
      0,
    ),
  },
  /** 7. Reporting and risk: risk-register items mitigated this quarter */
  riskMitigations: ids(
    'riskRegister',
    t('Risk register mitigations', 'リスク台帳の対策'),
    t(
      'Funded mitigations from the scenario’s risk register; each costs money every quarter.',
      'シナリオのリスク台帳から資金を付ける対策。毎四半期費用がかかります。',
    ),
  ),
  /** Trends the VPoE must steer */
  trends: {
    aiAdoption: {
      kind: 'number',
      min: 0,
      max: 1,
      step: 0.05,
      unit: 'share',
      default: 0.2,
      label: t('AI assistant adoption', 'AI アシスタントの導入率'),
      help: t(
        'Modestly more output; without guardrails, less stability and faster debt growth (DORA 2024).',
        '成果はやや増えますが、ガードレールがなければ安定性が下がり負債が速く増えます（DORA 2024）。',
      ),
    },
    aiGuardrails: level(
      t('AI guardrails (review, tests)', 'AI ガードレール'),
      t(
        'Review rules and tests for generated code. Costs time; keeps AI output from eroding quality.',
        '生成コードのためのレビュー規則とテスト。時間はかかりますが、AI の成果物による品質低下を防ぎます。',
      ),
      1,
    ),
    workPolicy: choice(
      [
        { value: 'office', label: t('Office', '出社') },
        { value: 'hybrid', label: t('Hybrid (2 days home)', 'ハイブリッド（週2日在宅）') },
        { value: 'remote', label: t('Fully remote', 'フルリモート') },
      ],
      'hybrid',
      t('Work policy', '働き方'),
      t(
        'Hybrid lowers quits by a third against the office at no output cost (Bloom 2024). The office: faster ramp-up, juniors learn, less cross-team coordination; more quits, desks, fewer candidates. Fully remote: wider hiring pool, no office, new hires paid where they live; more coordination, juniors leave.',
        'ハイブリッドは出社に比べ成果を落とさず退職を3分の1減らします（Bloom 2024）。出社は立ち上がりが早くジュニアが育ち、チーム間調整も減りますが、退職・オフィス費が増え応募者は減ります。フルリモートは母集団が広くオフィス不要で、新規採用者は居住地の給与水準で雇えますが、調整が増えジュニアが辞めやすくなります。',
      ),
    ),
    chaosEngineering: flag(
      t('Chaos engineering', 'カオスエンジニアリング'),
      t(
        'Game days and fault injection: time now, fewer incidents later, but only with the observability to see what breaks; run blind, it causes incidents.',
        'ゲームデーと障害注入。今は時間を使い、後で障害が減ります。ただし何が壊れたかを見るオブザーバビリティが必要で、見えないまま行うと障害を招きます。',
      ),
      false,
    ),
    sloTarget: {
      kind: 'number',
      min: 0.99,
      max: 0.9999,
      step: 0.0001,
      unit: 'availability',
      default: 0.999,
      label: t('SLO target', 'SLO 目標'),
      help: t(
        'Error budget = 1 - SLO. Meeting it pleases customers; a strict SLO is easy to overrun.',
        'エラーバジェット = 1 - SLO。達成すれば顧客は満足しますが、厳しい SLO はすぐ超過します。',
      ),
    },
    errorBudgetPolicy: choice(
      [
        { value: 'none', label: t('No policy', '方針なし') },
        {
          value: 'freeze',
          label: t('Freeze releases after an overrun', '超過時はリリースフリーズ'),
        },
      ],
      'none',
      t('Error-budget policy', 'エラーバジェットの方針'),
      t(
        'With a freeze, an overrun stops most feature work for about a month, until reliability recovers (Google SRE Workbook).',
        'リリースフリーズの方針では、超過すると信頼性が回復するまでの約1か月、機能開発の大半が止まります（Google SRE Workbook）。',
      ),
    ),
  },
} as const satisfies LeverGroup;

/** The VPoE's responsibility (MODEL.md section 2; 8 = the trends to steer) of each group. */
export const RESPONSIBILITY_OF_GROUP = {
  org: 1,
  process: 2,
  talent: 3,
  allocation: 4,
  initiatives: 4,
  budget: 5,
  coaching: 6,
  riskMitigations: 7,
  trends: 8,
} as const satisfies Record<keyof typeof LEVER_TABLE, 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8>;
