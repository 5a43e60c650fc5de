/**
 * Base stakeholder requests (MODEL.md section 3): each quarter stakeholders ask for something;
 * the player accepts (a commitment judged when due) or declines. {target} and {due} in the
 * body are filled in when the request is made.
 */
import type { z } from 'zod';
import type { requestTemplateSchema } from '../scenario/schema';

export type RequestInput = z.input<typeof requestTemplateSchema>;

export const BASE_REQUESTS: RequestInput[] = [
  {
    id: 'ceo-feature-by-date',
    stakeholder: 'ceo',
    title: {
      en: 'The CEO wants the flagship feature by a date',
      ja: 'CEOが看板機能の期日を求めています',
    },
    body: {
      en: 'The CEO has promised the market a flagship release. Commit to delivering {target} feature points by the end of quarter {due}?',
      ja: 'CEOは市場に看板機能のリリースを約束しました。第{due}四半期の終わりまでに{target}機能ポイントを届けると約束しますか?',
    },
    measure: 'featuresDelivered',
    targetFactor: 1.1,
    dueInQuarters: 2,
    trustOnAccept: 3,
    trustOnDecline: -4,
    trustOnSuccess: 8,
    trustOnFailure: -12,
    onSuccess: [{ target: 'competitiveness', delta: 3 }],
  },
  {
    id: 'ceo-large-deal',
    stakeholder: 'ceo',
    eventOnly: true,
    title: { en: 'A large deal hinges on a feature', ja: '大型案件がある機能にかかっています' },
    body: {
      en: 'An enterprise prospect will sign if we ship what they need: {target} feature points by the end of quarter {due}. Winning adds about 4% to ARR; missing a promised date costs the CEO face.',
      ja: '大手の見込み顧客が、必要な機能が出れば契約すると言っています。第{due}四半期の終わりまでに{target}機能ポイント。受注すればARRが約4%増えますが、約束の期日に遅れればCEOの面目は丸つぶれです。',
    },
    measure: 'featuresDelivered',
    targetFactor: 1.15,
    dueInQuarters: 2,
    trustOnAccept: 4,
    trustOnDecline: -3,
    trustOnSuccess: 8,
    trustOnFailure: -14,
    onSuccess: [{ target: 'arrPct', delta: 4 }],
    onFailure: [{ target: 'csat', delta: -3 }],
  },
  {
    id: 'cfo-cut-cost',
    stakeholder: 'cfo',
    title: {
      en: 'The CFO asks for a leaner engineering budget',
      ja: 'CFOがエンジニアリング予算の引き締めを求めています',
    },
    body: {
      en: 'The CFO wants quarterly company costs at or below {target} by the end of quarter {due}.',
      ja: 'CFOは第{due}四半期の終わりまでに、四半期の全社コストを{target}以下にしてほしいと言っています。',
    },
    measure: 'costPerQuarter',
    targetFactor: 0.96,
    dueInQuarters: 2,
    trustOnAccept: 3,
    trustOnDecline: -4,
    trustOnSuccess: 8,
    trustOnFailure: -10,
    conditions: [{ metric: 'runwayQuarters', op: 'lt', value: 16 }],
  },
  {
    id: 'cfo-budget-cut',
    stakeholder: 'cfo',
    eventOnly: true,
    title: { en: 'The board cuts the budget', ja: '取締役会が予算を削減しました' },
    body: {
      en: 'The board has cut spending plans. The CFO needs quarterly costs at or below {target} by the end of quarter {due}. Declining puts you openly at odds with the board.',
      ja: '取締役会が支出計画を削りました。CFOは第{due}四半期の終わりまでに四半期コストを{target}以下にする必要があります。断れば取締役会と公然と対立することになります。',
    },
    measure: 'costPerQuarter',
    targetFactor: 0.93,
    dueInQuarters: 1,
    trustOnAccept: 2,
    trustOnDecline: -12,
    trustOnSuccess: 6,
    trustOnFailure: -14,
  },
  {
    id: 'cpo-roadmap-scope',
    stakeholder: 'cpo',
    title: {
      en: 'The CPO wants more roadmap scope next quarter',
      ja: 'CPOが来四半期のロードマップの範囲拡大を求めています',
    },
    body: {
      en: 'Product wants to add three items to next quarter’s roadmap: {target} feature points by the end of quarter {due}.',
      ja: 'プロダクト部門が来四半期のロードマップに3項目を追加したいと言っています。第{due}四半期の終わりまでに{target}機能ポイントです。',
    },
    measure: 'featuresDelivered',
    targetFactor: 1.2,
    dueInQuarters: 1,
    trustOnAccept: 3,
    trustOnDecline: -3,
    trustOnSuccess: 7,
    trustOnFailure: -9,
  },
  {
    id: 'hr-retention',
    stakeholder: 'hr',
    title: {
      en: 'HR asks you to bring attrition down',
      ja: '人事が離職率の引き下げを求めています',
    },
    body: {
      en: 'HR is worried about resignations. Commit to annualised attrition at or below {target} in quarter {due}?',
      ja: '人事は退職の増加を心配しています。第{due}四半期の年率換算の離職率を{target}以下にすると約束しますか?',
    },
    measure: 'attritionRate',
    targetFactor: 0.85,
    dueInQuarters: 2,
    trustOnAccept: 3,
    trustOnDecline: -5,
    trustOnSuccess: 8,
    trustOnFailure: -8,
    conditions: [{ metric: 'attritionRate', op: 'gt', value: 0.1 }],
  },
  {
    id: 'cto-architecture',
    stakeholder: 'cto',
    title: {
      en: 'The CTO wants the architecture cleaned up',
      ja: 'CTOがアーキテクチャの立て直しを求めています',
    },
    body: {
      en: 'The CTO wants code debt down to {target} (index) by the end of quarter {due}.',
      ja: 'CTOは第{due}四半期の終わりまでにコードの負債を指数{target}まで下げたいと考えています。',
    },
    measure: 'debtIndex',
    targetFactor: 0.88,
    dueInQuarters: 3,
    trustOnAccept: 3,
    trustOnDecline: -4,
    trustOnSuccess: 9,
    trustOnFailure: -9,
    conditions: [{ metric: 'techDebt', op: 'gt', value: 30 }],
  },
  {
    id: 'cto-stability',
    stakeholder: 'cto',
    title: { en: 'The CTO wants fewer incidents', ja: 'CTOが障害の削減を求めています' },
    body: {
      en: 'After a rough quarter the CTO asks for at most {target} customer-facing incidents in quarter {due}.',
      ja: '厳しい四半期を受けて、CTOは第{due}四半期の顧客影響のある障害を{target}件以下にしてほしいと言っています。',
    },
    measure: 'incidents',
    targetFactor: 0.5,
    dueInQuarters: 2,
    trustOnAccept: 2,
    trustOnDecline: -3,
    trustOnSuccess: 7,
    trustOnFailure: -8,
    conditions: [{ metric: 'incidents', op: 'gte', value: 2 }],
  },
];
