/**
 * The catalogue of decision levers: one entry per field of Decisions (id = dotted path),
 * grouped by the VPoE's responsibilities (8 = the trends to steer). checkDecisions() is
 * driven by this table, so the UI, the CLI and the guards agree on ranges.
 */
import type { LeverInfo, LocalizedText } from './types';

const t = (en: string, ja: string): LocalizedText => ({ en, ja });
const LEVEL_CHOICES = [
  { value: 0, label: t('None', 'なし') },
  { value: 1, label: t('Low', '低') },
  { value: 2, label: t('Medium', '中') },
  { value: 3, label: t('High', '高') },
];
const level = (
  id: string,
  responsibility: LeverInfo['responsibility'],
  label: LocalizedText,
  help: LocalizedText,
): LeverInfo => ({
  id,
  responsibility,
  kind: 'number',
  label,
  help,
  min: 0,
  max: 3,
  step: 1,
  unit: 'level',
  choices: LEVEL_CHOICES,
});
const flag = (
  id: string,
  responsibility: LeverInfo['responsibility'],
  label: LocalizedText,
  help: LocalizedText,
): LeverInfo => ({ id, responsibility, kind: 'boolean', label, help });
const pct = (id: string, label: LocalizedText, help: LocalizedText): LeverInfo => ({
  id,
  responsibility: 4,
  kind: 'number',
  label,
  help,
  min: 0,
  max: 100,
  step: 1,
  unit: '%',
});

export const LEVERS: readonly LeverInfo[] = [
  {
    id: 'org.teamSizeTarget',
    responsibility: 1,
    kind: 'number',
    min: 3,
    max: 30, // the scenario's limits.maxTeamSize applies
    step: 1,
    unit: 'people',
    label: t('Team size target', '目標チーム人数'),
    help: t(
      'Teams are split or merged to this size. 3-7 works best; large teams talk more than they build (QSM).',
      'チームをこの人数に分割・統合します。3〜7人が最適で、大きなチームは作るより話す時間が増えます(QSM)。',
    ),
  },
  flag(
    'org.platformTeam',
    1,
    t('Platform team', 'プラットフォームチーム'),
    t(
      'Platform engineers leave feature work to build CI/CD, infrastructure as code and observability for everyone.',
      'プラットフォームエンジニアが機能開発を離れ、全員のためのCI/CD、IaC、可観測性を整えます。',
    ),
  ),
  flag(
    'org.enablingTeam',
    1,
    t('Enabling team', 'イネーブリングチーム'),
    t(
      'Two seniors coach other teams: faster ramp-up and practice adoption, two fewer builders.',
      'シニア2名が他チームを支援します。立ち上がりと実践の定着は速くなりますが、作り手は2名減ります。',
    ),
  ),
  {
    id: 'org.promotionsToManager',
    responsibility: 1,
    kind: 'number',
    min: 0,
    max: 10,
    step: 1,
    unit: 'people',
    label: t('Promotions to manager', 'マネージャーへの昇格'),
    help: t(
      'Ramped seniors become engineering managers: spans narrow (6-8 is right), their coding output mostly stops.',
      '経験を積んだシニアがEMになります。管理範囲は狭まり(6〜8人が適正)、本人のコーディングはほぼ止まります。',
    ),
  },
  {
    id: 'org.promotionsToStaff',
    responsibility: 1,
    kind: 'number',
    min: 0,
    max: 10,
    step: 1,
    unit: 'people',
    label: t('Promotions to staff/lead', 'スタッフ/リードへの昇格'),
    help: t(
      'Seniors become staff engineers: more output and engagement, higher pay.',
      'シニアがスタッフエンジニアになります。成果とエンゲージメントが上がり、給与も上がります。',
    ),
  },
  level(
    'process.ciCd',
    2,
    t('CI/CD investment', 'CI/CDへの投資'),
    t(
      'Pipeline work and infrastructure. Costs capacity and money now; faster, safer delivery later.',
      'パイプラインの整備と基盤。今は工数とお金がかかり、後で速く安全なデリバリーになります。',
    ),
  ),
  level(
    'process.testAutomation',
    2,
    t('Test automation', 'テスト自動化'),
    t(
      'Writing and maintaining automated tests. Lowers change failures and debt growth over time.',
      '自動テストを書いて保守します。時間とともに変更失敗と負債の増加を抑えます。',
    ),
  ),
  {
    id: 'process.codeReview',
    responsibility: 2,
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
    label: t('Code review standard', 'コードレビューの基準'),
    help: t(
      'Stricter review costs time and catches defects and AI-generated churn.',
      '厳しいレビューは時間を使い、欠陥やAI生成コードの手戻りを防ぎます。',
    ),
  },
  flag(
    'process.postmortems',
    2,
    t('Blameless postmortems', '非難しないポストモーテム'),
    t(
      'Every significant incident gets a written postmortem. A little time each quarter; SRE practice grows.',
      '重要な障害ごとに文書化したポストモーテムを行います。毎四半期少しの時間で、SREの実践が育ちます。',
    ),
  ),
  level(
    'process.documentation',
    2,
    t('Documentation and ADRs', 'ドキュメントとADR'),
    t(
      'Knowledge sharing: leavers take less with them, newcomers ramp up on written context.',
      '知識共有。退職者が持ち去る知識が減り、新メンバーは書かれた文脈で立ち上がれます。',
    ),
  ),
  {
    id: 'talent.hiring',
    responsibility: 3,
    kind: 'staff-lines',
    label: t('Hiring plan', '採用計画'),
    help: t(
      'Requisitions opened this quarter by role and level. Offers arrive 1-2 quarters later; interviews cost time now.',
      '今四半期に開く職種・レベル別の採用枠。入社は1〜2四半期後で、面接の時間は今かかります。',
    ),
  },
  {
    id: 'talent.payAdjustmentPct',
    responsibility: 3,
    kind: 'number',
    min: -10,
    max: 20,
    step: 1,
    unit: '%',
    label: t('Pay vs. market', '市場に対する給与水準'),
    help: t(
      'Above market: more offers accepted, fewer quits, higher payroll.',
      '市場より高ければ内定承諾が増え退職が減りますが、人件費が増えます。',
    ),
  },
  level(
    'talent.training',
    3,
    t('Training and mentoring budget', '研修・メンタリング予算'),
    t(
      'Courses, conferences, mentoring time. Raises engagement; costs money and a little time.',
      '研修、カンファレンス、メンタリングの時間。エンゲージメントが上がり、お金と少しの時間がかかります。',
    ),
  ),
  flag(
    'talent.careerLadder',
    3,
    t('Career ladder and evaluation', 'キャリアラダーと評価制度'),
    t(
      'A clear ladder and fair evaluation: engagement up; calibration takes time and consultants cost money.',
      '明確なラダーと公正な評価でエンゲージメントが上がります。評価調整の時間と外部支援の費用がかかります。',
    ),
  ),
  {
    id: 'talent.layoffs',
    responsibility: 3,
    kind: 'staff-lines',
    label: t('Layoffs', 'レイオフ'),
    help: t(
      'Cuts payroll from next quarter; severance now, engagement and brand suffer.',
      '翌四半期から人件費が減ります。退職金は今かかり、エンゲージメントと評判が傷つきます。',
    ),
  },
  pct(
    'allocation.features',
    t('Features', '機能開発'),
    t('Share of capacity on roadmap features.', 'ロードマップの機能に充てるキャパシティの割合。'),
  ),
  pct(
    'allocation.debtPaydown',
    t('Debt paydown', '負債の返済'),
    t(
      'Refactoring and cleanup. 15-20% holds debt roughly steady.',
      'リファクタリングと整理。15〜20%で負債はほぼ横ばいになります。',
    ),
  ),
  pct(
    'allocation.reliability',
    t('Reliability', '信頼性'),
    t(
      'Reliability and operability work: fewer incidents, better observability.',
      '信頼性と運用性の作業。障害が減り、可観測性が上がります。',
    ),
  ),
  pct(
    'allocation.security',
    t('Security', 'セキュリティ'),
    t(
      'Vulnerability fixes and hardening: security debt down, practice up.',
      '脆弱性の修正と堅牢化。セキュリティ負債が減り、実践が育ちます。',
    ),
  ),
  pct(
    'allocation.innovation',
    t('Innovation time', 'イノベーションの時間'),
    t(
      'Free time for ideas (Google 20%, 3M 15%): competitiveness and engagement, no roadmap output.',
      'アイデアのための自由な時間(Googleの20%、3Mの15%)。競争力とエンゲージメントが上がり、ロードマップの成果は出ません。',
    ),
  ),
  {
    id: 'initiatives',
    responsibility: 4,
    kind: 'ids',
    label: t('Architecture initiatives', 'アーキテクチャの取り組み'),
    help: t(
      'Multi-quarter initiatives from the scenario. Each takes ~8% of capacity while it runs.',
      'シナリオにある複数四半期の取り組み。実施中はそれぞれキャパシティの約8%を使います。',
    ),
  },
  flag(
    'budget.rightsizing',
    5,
    t('FinOps rightsizing', 'FinOpsによる適正化'),
    t(
      'Find idle and oversized resources. Takes platform time; recovers part of the cloud waste.',
      '遊休・過大なリソースを探します。プラットフォームの時間を使い、クラウドの無駄の一部を取り戻します。',
    ),
  ),
  {
    id: 'budget.commitmentCoverage',
    responsibility: 5,
    kind: 'number',
    min: 0,
    max: 0.9,
    step: 0.05,
    unit: 'share',
    label: t('Cloud commitment coverage', 'クラウドのコミット率'),
    help: t(
      'Share of usage on reserved/savings plans: ~30% cheaper, but paid for a year even if unused.',
      'リザーブド/Savings Plansでまかなう利用量の割合。約30%安くなりますが、使わなくても1年分支払います。',
    ),
  },
  {
    id: 'budget.contractors',
    responsibility: 5,
    kind: 'number',
    min: 0,
    max: 50,
    step: 1,
    unit: 'people',
    label: t('Contractors', '業務委託'),
    help: t(
      'Capacity this quarter without hiring; costly, and they add debt. Letting many go in one quarter loses what only they know (capacity and code debt for a few quarters) unless documentation or an exit plan carries it over.',
      '採用せずに今四半期のキャパシティを得られます。割高で、負債も増やします。一度に大勢の契約を終えると、彼らしか知らない知識が失われ、数四半期にわたってキャパシティが下がりコードの負債が増えます(ドキュメントや撤退計画があれば引き継げます)。',
    ),
  },
  flag(
    'budget.tools.observability',
    5,
    t('Observability tooling', '可観測性ツール'),
    t(
      'Paid per engineer; faster detection and restore.',
      'エンジニア単位の費用。検知と復旧が速くなります。',
    ),
  ),
  flag(
    'budget.tools.ci',
    5,
    t('CI platform', 'CIプラットフォーム'),
    t(
      'Paid per engineer; CI/CD capability grows faster.',
      'エンジニア単位の費用。CI/CDの能力が速く育ちます。',
    ),
  ),
  flag(
    'budget.tools.securityScanning',
    5,
    t('Security scanning (SAST/DAST, dependencies)', 'セキュリティスキャン(SAST/DAST、依存関係)'),
    t(
      'Continuous scanning in the pipeline: less security debt, cheaper breaches.',
      'パイプラインでの継続的なスキャン。セキュリティ負債が減り、侵害の被害も小さくなります。',
    ),
  ),
  {
    id: 'budget.sourcing',
    responsibility: 5,
    kind: 'choice',
    choices: [
      { value: 'commercial', label: t('Commercial', '商用') },
      { value: 'open-source', label: t('Open source', 'オープンソース') },
    ],
    label: t('Tool sourcing', 'ツールの調達方針'),
    help: t(
      'Open source costs a quarter of the licence money but needs upkeep time.',
      'オープンソースはライセンス費用が4分の1ですが、保守の時間が必要です。',
    ),
  },
  level(
    'coaching.oneOnOnes',
    6,
    t('1-on-1s and coaching', '1on1とコーチング'),
    t(
      'Managers’ time for regular 1-on-1s: manager effectiveness, engagement and retention rise.',
      '定期的な1on1のためのマネージャーの時間。マネージャーの有効性、エンゲージメント、定着率が上がります。',
    ),
  ),
  level(
    'coaching.leadershipTraining',
    6,
    t('Leadership training', 'リーダーシップ研修'),
    t(
      'Training for managers; costs money per manager.',
      'マネージャー向け研修。マネージャー1人ごとに費用がかかります。',
    ),
  ),
  {
    id: 'riskMitigations',
    responsibility: 7,
    kind: 'ids',
    label: t('Risk register mitigations', 'リスク登録簿の対策'),
    help: t(
      'Funded mitigations from the scenario’s risk register; each costs money every quarter.',
      'シナリオのリスク登録簿から資金を付ける対策。毎四半期費用がかかります。',
    ),
  },
  {
    id: 'trends.aiAdoption',
    responsibility: 8,
    kind: 'number',
    min: 0,
    max: 1,
    step: 0.05,
    unit: 'share',
    label: t('AI assistant adoption', 'AIアシスタントの導入率'),
    help: t(
      'Modestly more output; without guardrails, less stability and faster debt growth (DORA 2024).',
      '成果はやや増えますが、ガードレールがなければ安定性が下がり負債が速く増えます(DORA 2024)。',
    ),
  },
  level(
    'trends.aiGuardrails',
    8,
    t('AI guardrails (review, tests)', 'AIのガードレール(レビュー、テスト)'),
    t(
      'Review rules and tests for generated code. Costs time; keeps AI output from eroding quality.',
      '生成コードのためのレビュー規則とテスト。時間はかかりますが、AIの成果物による品質低下を防ぎます。',
    ),
  ),
  {
    id: 'trends.workPolicy',
    responsibility: 8,
    kind: 'choice',
    choices: [
      { value: 'office', label: t('Office', '出社') },
      { value: 'hybrid', label: t('Hybrid (2 days home)', 'ハイブリッド(週2日在宅)') },
      { value: 'remote', label: t('Fully remote', 'フルリモート') },
    ],
    label: t('Work policy', '働き方'),
    help: t(
      'Hybrid lowers quits by a third at no output cost (Bloom 2024); fully remote raises cross-team coordination cost.',
      'ハイブリッドは成果を落とさず退職を3分の1減らします(Bloom 2024)。フルリモートはチーム間調整のコストが上がります。',
    ),
  },
  flag(
    'trends.chaosEngineering',
    8,
    t('Chaos engineering', 'カオスエンジニアリング'),
    t(
      'Game days and fault injection: time now, fewer and shorter incidents later.',
      'ゲームデーと障害注入。今は時間を使い、後で障害が減り短くなります。',
    ),
  ),
  {
    id: 'trends.sloTarget',
    responsibility: 8,
    kind: 'number',
    min: 0.99,
    max: 0.9999,
    step: 0.0005,
    unit: 'availability',
    label: t('SLO target', 'SLO目標'),
    help: t(
      'Error budget = 1 - SLO. Meeting it pleases customers; a strict SLO is easy to overrun.',
      'エラーバジェット = 1 - SLO。達成すれば顧客は満足しますが、厳しいSLOはすぐ超過します。',
    ),
  },
  {
    id: 'trends.errorBudgetPolicy',
    responsibility: 8,
    kind: 'choice',
    choices: [
      { value: 'none', label: t('No policy', 'ポリシーなし') },
      { value: 'freeze', label: t('Freeze releases after an overrun', '超過時はリリース凍結') },
    ],
    label: t('Error-budget policy', 'エラーバジェットのポリシー'),
    help: t(
      'With a freeze, an overrun stops feature work until reliability recovers (Google SRE Workbook).',
      '凍結ポリシーでは、超過すると信頼性が回復するまで機能開発が止まります(Google SRE Workbook)。',
    ),
  },
];

export const LEVERS_BY_ID: ReadonlyMap<string, LeverInfo> = new Map(LEVERS.map((l) => [l.id, l]));
