/**
 * Driver breakdowns: for each headline metric, the ids of its parts (in the order the step
 * stores them) and their labels. Parts of one metric sum to its change from last quarter.
 * Product-form metrics (features, cloud cost) are split by sequential attribution: factor k's
 * part is what changing factor k alone (after factors before it) did; the parts telescope
 * to the exact change.
 */
import type { LocalizedText, MetricId } from '../types';
import { CFR_PARTS } from './delivery';
import { ENGAGEMENT_PARTS } from './people';

export const DRIVER_IDS = {
  featuresDelivered: [
    'headcount',
    'onboarding',
    'communication',
    'engagement',
    'aiAssistants',
    'debtTax',
    'processOverhead',
    'allocation',
    'rework',
    'incidents',
    'flow',
    'events',
    'contractorHandover',
  ],
  cloudCost: ['usage', 'unitPrice', 'waste', 'commitments'],
  cash: [
    'revenue',
    'payroll',
    'contractors',
    'workspace',
    'hiringAndLeavers',
    'programmes',
    'cloud',
    'otherCogs',
    'otherOpex',
    'incidentsAndBreaches',
    'eventsAndChoices',
    'financing',
  ],
  arr: ['newBusiness', 'expansion', 'churn', 'eventsAndChoices'],
  techDebt: [
    'eventsAndChoices',
    'featureWork',
    'aiAssistants',
    'paydown',
    'knowledgeLoss',
    'contractorHandover',
    'limit',
  ],
  debtTax: ['codeDebt', 'infraDebt'],
  changeFailureRate: CFR_PARTS,
  // answered cards first, the model's parts, then the 0-100 limit (quarter/metric-drivers.ts)
  engagement: ['eventsAndChoices', ...ENGAGEMENT_PARTS, 'limit'],
  headcount: ['arrivals', 'leavers', 'layoffs', 'keyPersonEvents'],
  boardConfidence: ['ceo', 'cfo', 'cto', 'cpo', 'hr'],
} as const satisfies Partial<Record<MetricId, readonly string[]>>;

export type DrivenMetric = keyof typeof DRIVER_IDS;
export const DRIVEN_METRICS = Object.keys(DRIVER_IDS) as DrivenMetric[];

/** Labels for every driver id used above. */
export const DRIVER_LABELS: Record<string, LocalizedText> = {
  headcount: { en: 'Headcount', ja: '人員数' },
  onboarding: { en: 'Onboarding and mentoring', ja: '立ち上がりとメンタリング' },
  communication: { en: 'Communication overhead', ja: 'コミュニケーションコスト' },
  engagement: { en: 'Engagement and exhaustion', ja: 'エンゲージメントと疲弊' },
  aiAssistants: { en: 'AI assistants', ja: 'AI アシスタント' },
  debtTax: { en: 'Debt tax', ja: '負債税' },
  processOverhead: { en: 'Process and programmes', ja: 'プロセスと施策の工数' },
  allocation: { en: 'Capacity allocation', ja: 'キャパシティ配分' },
  rework: { en: 'Rework', ja: '手戻り' },
  incidents: { en: 'Incidents', ja: 'インシデント' },
  flow: { en: 'Flow (CI/CD, tests)', ja: 'フロー（CI/CD、テスト）' },
  events: { en: 'Events and choices', ja: 'イベントと選択' },
  usage: { en: 'Usage', ja: '利用量' },
  unitPrice: { en: 'Unit price', ja: '単価' },
  waste: { en: 'Waste', ja: '無駄' },
  commitments: {
    en: 'Commitments (reserved/savings plans)',
    ja: 'コミットメント（リザーブド/Savings Plans）',
  },
  revenue: { en: 'Revenue', ja: '売上' },
  payroll: { en: 'Payroll', ja: '人件費' },
  contractors: { en: 'Contractors', ja: '業務委託' },
  workspace: { en: 'Offices and remote stipends', ja: 'オフィス・リモート手当' },
  hiringAndLeavers: { en: 'Hiring, leavers and severance', ja: '採用・退職・退職金' },
  programmes: { en: 'Tools, training and programmes', ja: 'ツール・研修・施策' },
  cloud: { en: 'Cloud bill', ja: 'クラウド費用' },
  otherCogs: { en: 'Other cost of revenue', ja: 'その他の売上原価' },
  otherOpex: { en: 'Sales, marketing and G&A', ja: '営業・マーケティング・管理費' },
  incidentsAndBreaches: {
    en: 'Downtime, breaches and audits',
    ja: '停止・情報漏えい・監査のコスト',
  },
  eventsAndChoices: { en: 'Events and choices', ja: 'イベントと選択' },
  financing: { en: 'Financing', ja: '資金調達' },
  newBusiness: { en: 'New business', ja: '新規受注' },
  expansion: { en: 'Expansion', ja: 'アップセル' },
  churn: { en: 'Churn', ja: '解約' },
  featureWork: { en: 'Feature work', ja: '機能開発' },
  paydown: { en: 'Debt paydown', ja: '負債返済' },
  knowledgeLoss: { en: 'Knowledge lost with leavers', ja: '退職者とともに失われた知識' },
  contractorHandover: {
    en: 'Knowledge lost with contractors let go too fast',
    ja: '業務委託の急な縮小で失われた知識',
  },
  limit: { en: 'Scale limit (0-100)', ja: '0〜100の範囲の上限・下限' },
  codeDebt: { en: 'Code debt', ja: 'コード負債' },
  infraDebt: { en: 'Infrastructure debt', ja: 'インフラ負債' },
  base: { en: 'Baseline', ja: '基礎値' },
  testAutomation: { en: 'Test automation', ja: 'テスト自動化' },
  ciCd: { en: 'CI/CD', ja: 'CI/CD' },
  teamSize: { en: 'Team size', ja: 'チームの規模' },
  codeReview: { en: 'Code review', ja: 'コードレビュー' },
  migration: { en: 'Migration risk', ja: '移行のリスク' },
  reversion: { en: 'Settling back', ja: '平常水準への回帰' },
  pay: { en: 'Pay vs. market', ja: '市場に対する給与水準' },
  managers: { en: 'Manager effectiveness', ja: 'マネージャーの力量' },
  growth: { en: 'Growth (career, training, promotions)', ja: '成長（キャリア、研修、昇格）' },
  workPolicy: { en: 'Work policy', ja: '働き方' },
  innovation: { en: 'Innovation time', ja: 'イノベーション時間' },
  exhaustion: { en: 'Exhaustion', ja: '疲弊' },
  layoffs: { en: 'Layoffs', ja: '人員削減' },
  debtFrustration: { en: 'Frustration with debt', ja: '負債への不満' },
  dilution: {
    en: 'Culture dilution (hiring faster than onboarding)',
    ja: '急拡大による組織文化の希薄化',
  },
  arrivals: { en: 'New arrivals', ja: '入社' },
  leavers: { en: 'Resignations', ja: '自己都合退職' },
  keyPersonEvents: { en: 'Key-person departures', ja: 'キーパーソンの離脱' },
  ceo: { en: 'CEO trust', ja: 'CEO の信頼' },
  cfo: { en: 'CFO trust', ja: 'CFO の信頼' },
  cto: { en: 'CTO trust', ja: 'CTO の信頼' },
  cpo: { en: 'CPO trust', ja: 'CPO の信頼' },
  hr: { en: 'HR trust', ja: '人事の信頼' },
};

let suffix = new Float64Array(16);

/**
 * Sequential attribution of a product's change: part k = (prod of new factors before k) x
 * (new_k - old_k) x (prod of old factors after k). The parts sum to prod(new) - prod(old).
 */
export function productParts(oldF: readonly number[], newF: readonly number[]): number[] {
  const n = newF.length;
  // Suffix products of the old factors, in a scratch list reused by every call (the engine
  // runs one step at a time); the parts are a fresh list of numbers.
  if (suffix.length < n + 1) suffix = new Float64Array(n + 1);
  suffix[n] = 1;
  for (let k = n - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] as number) * (oldF[k] ?? 1);
  const parts: number[] = [];
  let prefix = 1;
  for (let k = 0; k < n; k++) {
    const nk = newF[k] ?? 1;
    parts.push(prefix * (nk - (oldF[k] ?? 1)) * (suffix[k + 1] as number));
    prefix *= nk;
  }
  return parts;
}
