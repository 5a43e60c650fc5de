/**
 * The shared base deck of dilemma cards, covering every situation of MODEL.md section 3.
 * Effects apply from the start of the next quarter; `delayed` ones later. Money effects use
 * cashArrPct (percent of current ARR) so the deck fits any company size and currency.
 */
import type { z } from 'zod';
import type { dilemmaCardSchema } from '../scenario/schema';

export type CardInput = z.input<typeof dilemmaCardSchema>;

export const BASE_DILEMMAS: CardInput[] = [
  {
    id: 'debt-quantify',
    situation: 'quantifying and paying down debt',
    title: { en: 'How much is the debt really costing?', ja: '負債のコストは実際どれくらいか' },
    body: {
      en: 'Engineers say the debt slows everything down; product says that is an excuse. A hotspot analysis would put numbers on it, but it takes time away from the roadmap.',
      ja: 'エンジニアは負債のせいで何もかもが遅いと言い、プロダクト側はそれを言い訳だと言います。ホットスポット分析をすれば数字で示せますが、ロードマップの時間を削ることになります。',
    },
    conditions: [{ metric: 'debtTax', op: 'gt', value: 0.26 }],
    options: [
      {
        id: 'measure-and-plan',
        label: {
          en: 'Measure hotspots and fund a paydown plan',
          ja: 'ホットスポットを測り、返済計画に予算を付ける',
        },
        hint: {
          en: 'Less feature work now; debt falls and the CTO is pleased later.',
          ja: '今は機能開発が減り、後で負債が下がりCTOも満足します。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -8 },
          { target: 'trust.cpo', delta: -2 },
        ],
        delayed: [
          {
            afterQuarters: 2,
            effects: [
              { target: 'debt.code', delta: -10 },
              { target: 'trust.cto', delta: 4 },
            ],
          },
        ],
      },
      {
        id: 'fix-it-week',
        label: { en: 'One fix-it week, no analysis', ja: '分析はせず、改善週間を1回だけ' },
        hint: { en: 'A small, quick dent in the debt.', ja: '小さく、すぐに負債を減らします。' },
        effects: [
          { target: 'featureCapacityPct', delta: -5 },
          { target: 'debt.code', delta: -4 },
        ],
      },
      {
        id: 'keep-shipping',
        label: { en: 'Keep shipping; revisit next year', ja: '出荷を続け、来年考え直す' },
        hint: {
          en: 'Product is happy now; the debt keeps compounding.',
          ja: '今はプロダクト側が喜びますが、負債は膨らみ続けます。',
        },
        effects: [
          { target: 'trust.cpo', delta: 2 },
          { target: 'engagement', delta: -2 },
        ],
        delayed: [{ afterQuarters: 1, effects: [{ target: 'debt.code', delta: 4 }] }],
      },
    ],
    defaultOptionId: 'keep-shipping',
  },
  {
    id: 'microservices',
    situation: 'whether to move to microservices',
    title: { en: 'Break up the monolith?', ja: 'モノリスを分割するか' },
    body: {
      en: 'Teams step on each other in the monolith and every release needs everyone. Some engineers want microservices now; others warn of a distributed monolith.',
      ja: 'モノリスの中でチーム同士がぶつかり、リリースのたびに全員の調整が必要です。今すぐマイクロサービス化したいエンジニアもいれば、分散モノリスになると警告する人もいます。',
    },
    conditions: [
      { metric: 'headcount', op: 'gte', value: 30 },
      { metric: 'quarter', op: 'gte', value: 2 },
    ],
    options: [
      {
        id: 'big-rewrite',
        label: { en: 'Rewrite as microservices', ja: 'マイクロサービスとして作り直す' },
        hint: {
          en: 'A large cost for several quarters; complexity moves into the infrastructure.',
          ja: '数四半期にわたり大きなコスト。複雑さはインフラに移ります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -25 },
          { target: 'trust.cpo', delta: -5 },
        ],
        delayed: [
          { afterQuarters: 1, effects: [{ target: 'featureCapacityPct', delta: -15 }] },
          {
            afterQuarters: 3,
            effects: [
              { target: 'debt.code', delta: -14 },
              { target: 'debt.infra', delta: 15 },
              { target: 'trust.cto', delta: 4 },
            ],
          },
        ],
      },
      {
        id: 'strangler',
        label: {
          en: 'Strangle it piece by piece',
          ja: 'ストラングラーパターンで少しずつ置き換える',
        },
        hint: {
          en: 'Moderate, steady cost; benefits arrive as pieces move.',
          ja: '中程度のコストが続き、切り出すごとに効果が出ます。',
        },
        effects: [{ target: 'featureCapacityPct', delta: -8 }],
        delayed: [
          {
            afterQuarters: 2,
            effects: [
              { target: 'debt.code', delta: -8 },
              { target: 'capability.ciCd', delta: 0.05 },
            ],
          },
        ],
      },
      {
        id: 'modular-monolith',
        label: {
          en: 'Enforce module boundaries inside the monolith',
          ja: 'モノリスの中にモジュール境界を徹底する',
        },
        hint: { en: 'Cheap and modest.', ja: '安価で、効果は控えめです。' },
        effects: [{ target: 'featureCapacityPct', delta: -4 }],
        delayed: [{ afterQuarters: 2, effects: [{ target: 'debt.code', delta: -5 }] }],
      },
      {
        id: 'stay',
        label: { en: 'Leave the architecture alone', ja: 'アーキテクチャはそのままにする' },
        hint: {
          en: 'No cost now; the CTO and senior engineers are disappointed.',
          ja: '今はコストゼロ。CTOとシニアエンジニアは失望します。',
        },
        effects: [
          { target: 'trust.cto', delta: -4 },
          { target: 'engagement', delta: -2 },
        ],
      },
    ],
    defaultOptionId: 'stay',
  },
  {
    id: 'cloud-cost-spike',
    situation: 'a sudden cloud cost spike',
    title: { en: 'The cloud bill jumped', ja: 'クラウドの請求額が急増した' },
    body: {
      en: 'This month’s cloud bill is far above forecast. Nobody owns the spend; idle environments and oversized databases are the usual suspects.',
      ja: '今月のクラウド請求額が予測を大きく上回りました。支出の責任者はおらず、放置された環境や過大なデータベースがいつもの原因です。',
    },
    conditions: [{ metric: 'cloudWaste', op: 'gt', value: 0.28 }],
    options: [
      {
        id: 'finops-tiger-team',
        label: { en: 'Form a FinOps tiger team', ja: 'FinOpsの特命チームをつくる' },
        hint: {
          en: 'Engineering time now; waste falls and the practice sticks.',
          ja: '今はエンジニアの時間を使い、無駄が減り実践が根付きます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'cloud.wastePct', delta: -30 },
          { target: 'capability.finops', delta: 0.1 },
        ],
      },
      {
        id: 'buy-commitments',
        label: { en: 'Buy more reserved capacity', ja: 'リザーブドの購入を増やす' },
        hint: {
          en: 'Cheaper unit price quickly; the waste stays.',
          ja: 'すぐに単価は下がりますが、無駄は残ります。',
        },
        effects: [
          { target: 'cloud.unitCostPct', delta: -5 },
          { target: 'trust.cfo', delta: 2 },
        ],
      },
      {
        id: 'ignore',
        label: { en: 'Explain it as growth', ja: '成長によるものと説明する' },
        hint: { en: 'The CFO is not convinced.', ja: 'CFOは納得しません。' },
        effects: [{ target: 'trust.cfo', delta: -6 }],
      },
    ],
    defaultOptionId: 'ignore',
  },
  {
    id: 'deploy-frequency',
    situation: 'raising deploy frequency',
    title: { en: 'Ship more often?', ja: 'もっと頻繁にリリースするか' },
    body: {
      en: 'Releases are big, scary and infrequent. The team could move to trunk-based development with feature flags, but it means changing habits and tooling.',
      ja: 'リリースは大きく、怖く、まれです。フィーチャーフラグを使ったトランクベース開発に移ることもできますが、習慣とツールを変える必要があります。',
    },
    conditions: [{ metric: 'deployFrequency', op: 'lt', value: 1 }],
    options: [
      {
        id: 'trunk-based',
        label: {
          en: 'Trunk-based development with feature flags',
          ja: 'フィーチャーフラグ付きのトランクベース開発',
        },
        hint: {
          en: 'A dip now; faster and safer delivery later.',
          ja: '今は一時的に落ち込み、後で速く安全になります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -6 },
          { target: 'capability.ciCd', delta: 0.08 },
        ],
        delayed: [
          { afterQuarters: 1, effects: [{ target: 'capability.testAutomation', delta: 0.05 }] },
        ],
      },
      {
        id: 'release-train',
        label: { en: 'A weekly release train', ja: '毎週のリリーストレイン' },
        hint: { en: 'A cheap step forward.', ja: '安価な一歩前進です。' },
        effects: [
          { target: 'capability.ciCd', delta: 0.03 },
          { target: 'exhaustion', delta: -2 },
        ],
      },
      {
        id: 'keep-monthly',
        label: { en: 'Keep monthly releases', ja: '月次リリースのままにする' },
        hint: {
          en: 'Product grumbles about waiting.',
          ja: 'プロダクト側は待たされることに不満です。',
        },
        effects: [{ target: 'trust.cpo', delta: -2 }],
      },
    ],
    defaultOptionId: 'keep-monthly',
  },
  {
    id: 'slo-policy',
    situation: 'setting SLOs and an error-budget policy',
    title: { en: 'Agree SLOs with product?', ja: 'プロダクトとSLOを合意するか' },
    body: {
      en: 'Reliability arguments are settled by whoever shouts loudest. SLOs with an error-budget policy would make the trade-off explicit — including freezing features when the budget is spent.',
      ja: '信頼性をめぐる議論は声の大きい人が勝っています。エラーバジェットのポリシー付きのSLOがあればトレードオフが明確になります。予算を使い切れば機能開発を凍結することも含めて。',
    },
    conditions: [{ metric: 'capability.srePractice', op: 'lt', value: 0.5 }],
    options: [
      {
        id: 'slo-with-policy',
        label: {
          en: 'SLOs and a signed error-budget policy',
          ja: 'SLOと合意済みのエラーバジェットポリシー',
        },
        hint: {
          en: 'Product gives up some freedom; SRE practice grows.',
          ja: 'プロダクト側の自由は少し減り、SREの実践が育ちます。',
        },
        effects: [
          { target: 'capability.srePractice', delta: 0.12 },
          { target: 'trust.cpo', delta: -3 },
          { target: 'trust.cto', delta: 4 },
        ],
      },
      {
        id: 'dashboards-only',
        label: { en: 'SLO dashboards, no policy', ja: 'SLOのダッシュボードだけ、ポリシーなし' },
        hint: {
          en: 'Visibility without teeth.',
          ja: '見えるようにはなりますが、強制力はありません。',
        },
        effects: [
          { target: 'capability.srePractice', delta: 0.04 },
          { target: 'capability.observability', delta: 0.03 },
        ],
      },
      {
        id: 'no-slo',
        label: { en: 'Not now', ja: '今はやらない' },
        hint: { en: 'The argument continues.', ja: '議論は続きます。' },
        effects: [{ target: 'trust.cto', delta: -3 }],
      },
    ],
    defaultOptionId: 'no-slo',
  },
  {
    id: 'unify-stacks',
    situation: 'unifying teams with different stacks',
    title: { en: 'Five teams, five stacks', ja: '5つのチームに5つの技術スタック' },
    body: {
      en: 'Teams chose their own languages and frameworks. Moving people between teams is slow and every stack needs its own pipeline and on-call knowledge.',
      ja: '各チームが言語やフレームワークを自由に選んできました。チーム間の異動は遅く、スタックごとにパイプラインとオンコールの知識が必要です。',
    },
    conditions: [{ metric: 'teams', op: 'gte', value: 5 }],
    options: [
      {
        id: 'converge',
        label: {
          en: 'Converge on one stack over a year',
          ja: '1年かけて1つのスタックに収束させる',
        },
        hint: {
          en: 'Migration cost and some unhappy engineers; simpler later.',
          ja: '移行コストと不満を持つエンジニアが出ますが、後で単純になります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -8 },
          { target: 'engagement', delta: -3 },
        ],
        delayed: [
          {
            afterQuarters: 3,
            effects: [
              { target: 'debt.code', delta: -8 },
              { target: 'debt.infra', delta: -6 },
              { target: 'capability.documentation', delta: 0.05 },
            ],
          },
        ],
      },
      {
        id: 'golden-paths',
        label: { en: 'Golden paths, exceptions allowed', ja: '推奨パスを用意し、例外は認める' },
        hint: {
          en: 'A paved road most teams will take.',
          ja: 'ほとんどのチームが通る舗装路をつくります。',
        },
        effects: [{ target: 'featureCapacityPct', delta: -3 }],
        delayed: [
          {
            afterQuarters: 2,
            effects: [
              { target: 'capability.ciCd', delta: 0.05 },
              { target: 'debt.infra', delta: -3 },
            ],
          },
        ],
      },
      {
        id: 'let-them-choose',
        label: { en: 'Let teams keep choosing', ja: '引き続きチームに選ばせる' },
        hint: {
          en: 'Autonomy is popular; infrastructure sprawl grows.',
          ja: '自律性は好評ですが、インフラの乱立が進みます。',
        },
        effects: [
          { target: 'engagement', delta: 3 },
          { target: 'debt.infra', delta: 5 },
        ],
      },
    ],
    defaultOptionId: 'let-them-choose',
  },
  {
    id: 'zero-downtime',
    situation: 'zero-downtime deployment',
    title: { en: 'Deploys take the service down', ja: 'デプロイのたびにサービスが止まる' },
    body: {
      en: 'Database migrations need a maintenance window, so deploys happen at night and customers notice. Zero-downtime deployment needs blue-green releases and expand-contract migrations.',
      ja: 'データベースのマイグレーションにメンテナンス時間が必要なため、デプロイは夜間に行われ、顧客にも気づかれています。無停止デプロイにはブルーグリーンリリースと段階的なスキーマ変更が必要です。',
    },
    conditions: [{ metric: 'capability.ciCd', op: 'lt', value: 0.6 }],
    options: [
      {
        id: 'blue-green',
        label: {
          en: 'Blue-green releases and expand-contract migrations',
          ja: 'ブルーグリーンと段階的マイグレーション',
        },
        hint: {
          en: 'Real work now; happier customers and calmer nights later.',
          ja: '今は手間がかかり、後で顧客が満足し夜も静かになります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -6 },
          { target: 'cashArrPct', delta: -0.2 },
        ],
        delayed: [
          {
            afterQuarters: 2,
            effects: [
              { target: 'capability.ciCd', delta: 0.08 },
              { target: 'csat', delta: 4 },
              { target: 'exhaustion', delta: -4 },
            ],
          },
        ],
      },
      {
        id: 'canary',
        label: { en: 'Canary releases only', ja: 'カナリアリリースだけ導入する' },
        hint: {
          en: 'Catches bad releases earlier; migrations still hurt.',
          ja: '悪いリリースを早く検知できますが、マイグレーションは痛いままです。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -3 },
          { target: 'capability.observability', delta: 0.05 },
        ],
      },
      {
        id: 'night-windows',
        label: { en: 'Keep night-time maintenance windows', ja: '夜間メンテナンスを続ける' },
        hint: {
          en: 'Tired engineers and mildly annoyed customers.',
          ja: '疲れたエンジニアと、少し不満な顧客が残ります。',
        },
        effects: [
          { target: 'exhaustion', delta: 6 },
          { target: 'csat', delta: -2 },
        ],
      },
    ],
    defaultOptionId: 'night-windows',
  },
  {
    id: 'data-breach-response',
    situation: 'a data breach (isolate, contain, find the root cause, recover, postmortem)',
    title: { en: 'We have been breached', ja: '情報漏えいが発生しました' },
    body: {
      en: 'Attackers reached customer data through a vulnerable dependency. You must isolate the affected systems, contain the damage, find the root cause, recover and tell customers.',
      ja: '脆弱な依存ライブラリを経由して、攻撃者が顧客データに到達しました。影響範囲を隔離し、被害を封じ込め、根本原因を突き止め、復旧し、顧客に伝える必要があります。',
    },
    conditions: [{ metric: 'breaches', op: 'gte', value: 1 }],
    weight: 100,
    once: false,
    options: [
      {
        id: 'full-response',
        label: {
          en: 'Full response and a public postmortem',
          ja: '全面的な対応と公開ポストモーテム',
        },
        hint: {
          en: 'Expensive and all-hands now; trust and practice recover.',
          ja: '今は費用も人手も大きくかかり、信頼と実践が回復します。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -15 },
          { target: 'cashArrPct', delta: -0.5 },
          { target: 'capability.securityPractice', delta: 0.12 },
          { target: 'debt.security', delta: -10 },
        ],
        delayed: [
          {
            afterQuarters: 1,
            effects: [
              { target: 'trust.ceo', delta: 4 },
              { target: 'csat', delta: 4 },
              { target: 'brand', delta: 3 },
            ],
          },
        ],
      },
      {
        id: 'external-ir',
        label: { en: 'Hire an incident-response firm', ja: 'インシデント対応の専門会社に依頼する' },
        hint: {
          en: 'Money instead of your people’s time; less learning.',
          ja: '自社の人手の代わりにお金を使います。学びは少なめです。',
        },
        effects: [
          { target: 'cashArrPct', delta: -1 },
          { target: 'capability.securityPractice', delta: 0.05 },
          { target: 'debt.security', delta: -6 },
        ],
      },
      {
        id: 'quiet-patch',
        label: { en: 'Patch quietly and say little', ja: '静かに修正し、多くを語らない' },
        hint: {
          en: 'Cheap now; if it comes out later, it costs far more.',
          ja: '今は安く済みますが、後で明るみに出れば代償ははるかに大きくなります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'debt.security', delta: -3 },
        ],
        delayed: [
          {
            afterQuarters: 2,
            effects: [
              { target: 'trust.ceo', delta: -10 },
              { target: 'brand', delta: -8 },
              { target: 'customersPct', delta: -3 },
            ],
          },
        ],
      },
    ],
    defaultOptionId: 'full-response',
  },
  {
    id: 'oss-vs-commercial',
    situation: 'open source vs. commercial',
    title: { en: 'Renew the observability licence?', ja: '可観測性ツールのライセンスを更新するか' },
    body: {
      en: 'The observability vendor doubled its price at renewal. An open-source stack would cost little in licences but someone has to run it.',
      ja: '可観測性ツールのベンダーが更新時に価格を倍にしてきました。オープンソースのスタックならライセンス費はわずかですが、誰かが運用しなければなりません。',
    },
    conditions: [{ metric: 'quarter', op: 'gte', value: 2 }],
    options: [
      {
        id: 'pay-vendor',
        label: { en: 'Pay the vendor', ja: 'ベンダーに支払う' },
        hint: { en: 'Money, no distraction.', ja: 'お金はかかりますが、手間はかかりません。' },
        effects: [
          { target: 'cashArrPct', delta: -0.5 },
          { target: 'capability.observability', delta: 0.03 },
        ],
      },
      {
        id: 'self-host',
        label: {
          en: 'Self-host an open-source stack',
          ja: 'オープンソースのスタックを自前で運用する',
        },
        hint: {
          en: 'Platform time and a little more infrastructure to care for.',
          ja: 'プラットフォームの時間と、面倒を見るインフラが少し増えます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'debt.infra', delta: 3 },
          { target: 'capability.observability', delta: 0.05 },
        ],
      },
      {
        id: 'contribute-upstream',
        label: { en: 'Self-host and contribute upstream', ja: '自前運用し、上流にも貢献する' },
        hint: {
          en: 'More time; engineers and candidates like it.',
          ja: 'さらに時間がかかりますが、エンジニアや候補者には好評です。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -6 },
          { target: 'brand', delta: 5 },
          { target: 'engagement', delta: 2 },
          { target: 'capability.observability', delta: 0.06 },
        ],
      },
    ],
    defaultOptionId: 'pay-vendor',
  },
  {
    id: 'introduce-sre',
    situation: 'introducing SRE',
    title: { en: 'Who carries the pager?', ja: '誰がオンコールを担うのか' },
    body: {
      en: 'Incidents land on whoever is awake. The CTO suggests an SRE function with on-call rotation, SLOs and a cap of 50% ops work.',
      ja: '障害は起きている人に降りかかっています。CTOは、オンコールのローテーション、SLO、運用作業は50%までという上限を持つSRE機能の導入を提案しています。',
    },
    conditions: [{ metric: 'incidents', op: 'gte', value: 2 }],
    options: [
      {
        id: 'sre-team',
        label: { en: 'Form an SRE team', ja: 'SREチームをつくる' },
        hint: {
          en: 'Fewer builders now; fewer and shorter incidents later.',
          ja: '今は作り手が減り、後で障害が減り短くなります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -6 },
          { target: 'capability.srePractice', delta: 0.15 },
        ],
        delayed: [{ afterQuarters: 1, effects: [{ target: 'exhaustion', delta: -4 }] }],
      },
      {
        id: 'you-build-it',
        label: {
          en: 'You build it, you run it (with training)',
          ja: '作った人が運用する(研修付き)',
        },
        hint: {
          en: 'Ownership grows; so does the load on teams.',
          ja: '当事者意識は育ちますが、チームの負荷も増えます。',
        },
        effects: [
          { target: 'capability.srePractice', delta: 0.08 },
          { target: 'exhaustion', delta: 4 },
        ],
      },
      {
        id: 'consultancy',
        label: { en: 'Bring in an SRE consultancy', ja: 'SREのコンサルティングを入れる' },
        hint: { en: 'Money for a head start.', ja: 'お金で立ち上がりを早めます。' },
        effects: [
          { target: 'cashArrPct', delta: -0.6 },
          { target: 'capability.srePractice', delta: 0.06 },
        ],
      },
    ],
    defaultOptionId: 'you-build-it',
  },
  {
    id: 'innovation-time',
    situation: 'innovation time',
    title: { en: 'Time for ideas?', ja: 'アイデアのための時間をつくるか' },
    body: {
      en: 'Engineers ask for time to explore their own ideas, like Google’s 20% or 3M’s 15%. Product worries about the roadmap.',
      ja: 'エンジニアが、Googleの20%や3Mの15%のように、自分のアイデアを試す時間を求めています。プロダクト側はロードマップを心配しています。',
    },
    conditions: [{ metric: 'quarter', op: 'gte', value: 2 }],
    options: [
      {
        id: 'twenty-percent',
        label: { en: 'A standing 20% time', ja: '常設の20%ルール' },
        hint: {
          en: 'A real cut in roadmap output; engagement and new ideas.',
          ja: 'ロードマップの成果は確実に減り、エンゲージメントと新しいアイデアが生まれます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -12 },
          { target: 'engagement', delta: 6 },
        ],
        delayed: [{ afterQuarters: 2, effects: [{ target: 'competitiveness', delta: 4 }] }],
      },
      {
        id: 'hack-week',
        label: { en: 'A hack week each quarter', ja: '四半期ごとのハックウィーク' },
        hint: { en: 'A small cost, a small lift.', ja: '小さなコストで、小さな効果。' },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'engagement', delta: 3 },
          { target: 'competitiveness', delta: 1 },
        ],
      },
      {
        id: 'roadmap-first',
        label: { en: 'Roadmap first', ja: 'ロードマップを優先する' },
        hint: {
          en: 'Product is pleased; engineers less so.',
          ja: 'プロダクト側は喜び、エンジニアはそうでもありません。',
        },
        effects: [
          { target: 'trust.cpo', delta: 2 },
          { target: 'engagement', delta: -3 },
        ],
      },
    ],
    defaultOptionId: 'roadmap-first',
  },
  {
    id: 'delivery-bottleneck',
    situation: 'finding the delivery bottleneck',
    title: { en: 'Where does the time go?', ja: '時間はどこで消えているのか' },
    body: {
      en: 'A change takes weeks from commit to customer. Is it reviews, testing, environments or approvals? Nobody knows for sure.',
      ja: '変更がコミットから顧客に届くまで数週間かかります。レビューか、テストか、環境か、承認か。誰も確かなことを知りません。',
    },
    conditions: [{ metric: 'leadTimeDays', op: 'gt', value: 7 }],
    options: [
      {
        id: 'value-stream-map',
        label: {
          en: 'Map the value stream and fix the worst wait',
          ja: 'バリューストリームを可視化し、最悪の待ちを解消する',
        },
        hint: {
          en: 'A little time now; lead time falls.',
          ja: '今は少し時間を使い、リードタイムが縮みます。',
        },
        effects: [{ target: 'featureCapacityPct', delta: -3 }],
        delayed: [
          {
            afterQuarters: 1,
            effects: [
              { target: 'capability.ciCd', delta: 0.06 },
              { target: 'capability.testAutomation', delta: 0.03 },
            ],
          },
        ],
      },
      {
        id: 'manual-qa-gate',
        label: { en: 'Add a manual QA gate', ja: '手動のQAゲートを追加する' },
        hint: {
          en: 'Feels safe; makes the queue longer.',
          ja: '安全に感じますが、待ち行列は長くなります。',
        },
        effects: [
          { target: 'cashArrPct', delta: -0.3 },
          { target: 'trust.cpo', delta: 2 },
          { target: 'capability.ciCd', delta: -0.03 },
        ],
      },
      {
        id: 'push-harder',
        label: { en: 'Ask the teams to push harder', ja: 'チームにもっと頑張るよう求める' },
        hint: {
          en: 'More output for a while; exhaustion builds.',
          ja: 'しばらくは成果が増えますが、疲弊がたまります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: 6 },
          { target: 'exhaustion', delta: 8 },
        ],
      },
    ],
    defaultOptionId: 'push-harder',
  },
  {
    id: 'security-in-pipeline',
    situation: 'continuous security audit in the pipeline',
    title: {
      en: 'Security checks in every build?',
      ja: 'すべてのビルドにセキュリティチェックを入れるか',
    },
    body: {
      en: 'The security team wants SAST, DAST and dependency scanning as blocking gates in CI. Developers fear slower builds and false positives.',
      ja: 'セキュリティチームは、SAST、DAST、依存関係スキャンをCIの必須ゲートにしたいと考えています。開発者はビルドの遅延と誤検知を心配しています。',
    },
    conditions: [{ metric: 'securityDebt', op: 'gt', value: 25 }],
    options: [
      {
        id: 'blocking-gates',
        label: { en: 'Blocking gates with a triage rota', ja: 'トリアージ当番付きの必須ゲート' },
        hint: {
          en: 'Some friction; security debt falls steadily.',
          ja: '多少の摩擦はありますが、セキュリティ負債は着実に減ります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'capability.securityPractice', delta: 0.1 },
          { target: 'debt.security', delta: -6 },
        ],
      },
      {
        id: 'yearly-pentest',
        label: {
          en: 'A yearly penetration test instead',
          ja: '代わりに年1回のペネトレーションテスト',
        },
        hint: {
          en: 'Money, a snapshot, little habit change.',
          ja: 'お金をかけて一時点を確認するだけで、習慣はほとんど変わりません。',
        },
        effects: [
          { target: 'cashArrPct', delta: -0.2 },
          { target: 'debt.security', delta: -3 },
        ],
      },
      {
        id: 'postpone',
        label: { en: 'Postpone', ja: '先送りする' },
        hint: {
          en: 'The backlog of vulnerabilities grows.',
          ja: '脆弱性の未対応リストが増えていきます。',
        },
        effects: [
          { target: 'trust.cto', delta: -3 },
          { target: 'debt.security', delta: 4 },
        ],
      },
    ],
    defaultOptionId: 'postpone',
  },
  {
    id: 'knowledge-sharing',
    situation: 'knowledge sharing',
    title: {
      en: 'Only Sato-san knows how billing works',
      ja: '請求の仕組みを知っているのは佐藤さんだけ',
    },
    body: {
      en: 'Critical knowledge lives in a few heads. Decisions are not written down and newcomers learn by interrupting seniors.',
      ja: '重要な知識が数人の頭の中にしかありません。決定は記録されず、新メンバーはシニアの手を止めて学んでいます。',
    },
    conditions: [{ metric: 'capability.documentation', op: 'lt', value: 0.5 }],
    options: [
      {
        id: 'adrs-and-talks',
        label: {
          en: 'ADRs, internal tech talks and pairing rotations',
          ja: 'ADR、社内技術勉強会、ペアのローテーション',
        },
        hint: {
          en: 'Time now; knowledge spreads and survives departures.',
          ja: '今は時間を使い、知識が広がり、退職があっても残ります。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -4 },
          { target: 'capability.documentation', delta: 0.12 },
          { target: 'engagement', delta: 2 },
        ],
      },
      {
        id: 'wiki-sprint',
        label: { en: 'A documentation sprint', ja: 'ドキュメント整備スプリント' },
        hint: {
          en: 'Quick, but documents go stale.',
          ja: 'すぐに効きますが、文書は古くなっていきます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -2 },
          { target: 'capability.documentation', delta: 0.05 },
        ],
      },
      {
        id: 'rely-on-experts',
        label: { en: 'Rely on the experts', ja: '専門家に頼り続ける' },
        hint: {
          en: 'Nothing now; the bus factor stays at one.',
          ja: '今は何もしません。バス係数は1のままです。',
        },
        effects: [],
        delayed: [{ afterQuarters: 2, effects: [{ target: 'debt.code', delta: 3 }] }],
      },
    ],
    defaultOptionId: 'rely-on-experts',
  },
  {
    id: 'multi-cloud',
    situation: 'multi-cloud',
    title: { en: 'A second cloud?', ja: '2つ目のクラウドを使うか' },
    body: {
      en: 'After an outage at your cloud provider, the board asks whether you should run on two clouds.',
      ja: '利用中のクラウドプロバイダーで障害が起きたあと、取締役会から2つのクラウドで運用すべきではないかと問われています。',
    },
    conditions: [{ metric: 'quarter', op: 'gte', value: 3 }],
    options: [
      {
        id: 'go-multi-cloud',
        label: { en: 'Go multi-cloud', ja: 'マルチクラウドにする' },
        hint: {
          en: 'A big effort and more infrastructure to run; price leverage.',
          ja: '大きな労力と運用するインフラの増加。価格交渉力は得られます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -10 },
          { target: 'debt.infra', delta: 8 },
          { target: 'trust.cfo', delta: 2 },
        ],
        delayed: [{ afterQuarters: 2, effects: [{ target: 'cloud.unitCostPct', delta: -4 }] }],
      },
      {
        id: 'exit-plan',
        label: { en: 'Stay, with a tested exit plan', ja: '残留し、検証済みの撤退計画を持つ' },
        hint: {
          en: 'Small cost; the board is reassured.',
          ja: '小さなコストで、取締役会は安心します。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -2 },
          { target: 'trust.ceo', delta: 2 },
        ],
      },
      {
        id: 'go-deeper',
        label: { en: 'Go deeper into managed services', ja: 'マネージドサービスをさらに活用する' },
        hint: {
          en: 'Less to run now; more lock-in later.',
          ja: '今は運用が減りますが、後でロックインが強まります。',
        },
        effects: [{ target: 'debt.infra', delta: -4 }],
        delayed: [{ afterQuarters: 3, effects: [{ target: 'cloud.unitCostPct', delta: 5 }] }],
      },
    ],
    defaultOptionId: 'exit-plan',
  },
  {
    id: 'ai-assistants-rollout',
    situation: 'AI-assisted development',
    title: { en: 'AI assistants for everyone?', ja: '全員にAIアシスタントを配るか' },
    body: {
      en: 'Half the engineers already use AI coding assistants on their own. Trials show big speed-ups on small tasks; field data is more modest and stability can suffer.',
      ja: 'エンジニアの半数はすでに自己判断でAIコーディングアシスタントを使っています。小さなタスクでは大きく速くなるという試験結果がある一方、現場のデータは控えめで、安定性が落ちることもあります。',
    },
    conditions: [{ metric: 'quarter', op: 'gte', value: 1 }],
    options: [
      {
        id: 'with-guardrails',
        label: {
          en: 'Roll out with review and test guardrails',
          ja: 'レビューとテストのガードレール付きで展開する',
        },
        hint: {
          en: 'Slower start, safer gains.',
          ja: '立ち上がりは遅いが、安全に効果を得られます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: -2 },
          { target: 'capability.aiGuardrails', delta: 0.15 },
        ],
      },
      {
        id: 'free-for-all',
        label: { en: 'Let everyone use whatever they like', ja: '各自好きなものを使わせる' },
        hint: {
          en: 'Faster now; duplication and churn later.',
          ja: '今は速いが、後で重複と手戻りが増えます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: 4 },
          { target: 'engagement', delta: 2 },
        ],
        delayed: [
          {
            afterQuarters: 1,
            effects: [
              { target: 'debt.code', delta: 5 },
              { target: 'debt.security', delta: 3 },
            ],
          },
        ],
      },
      {
        id: 'ban',
        label: { en: 'Ban them for now', ja: '当面は禁止する' },
        hint: {
          en: 'Safe; engineers and candidates notice.',
          ja: '安全ですが、エンジニアや候補者の目には留まります。',
        },
        effects: [
          { target: 'engagement', delta: -3 },
          { target: 'brand', delta: -2 },
        ],
      },
    ],
    defaultOptionId: 'with-guardrails',
  },
  {
    id: 'launch-crunch',
    situation: 'sustained overload',
    title: { en: 'Crunch for the launch?', ja: 'ローンチに向けて追い込むか' },
    body: {
      en: 'A big launch is at risk. Sales asks whether the team can work evenings and weekends for a few weeks.',
      ja: '大型ローンチが危うくなっています。営業から、数週間だけ夜や週末も働けないかと聞かれています。',
    },
    conditions: [{ metric: 'exhaustion', op: 'lt', value: 70 }],
    options: [
      {
        id: 'crunch',
        label: { en: 'Crunch', ja: '追い込む' },
        hint: {
          en: 'More output now; exhaustion and resignations follow.',
          ja: '今は成果が増え、その後に疲弊と退職が続きます。',
        },
        effects: [
          { target: 'featureCapacityPct', delta: 12 },
          { target: 'exhaustion', delta: 15 },
          { target: 'trust.ceo', delta: 2 },
        ],
        delayed: [{ afterQuarters: 1, effects: [{ target: 'engagement', delta: -4 }] }],
      },
      {
        id: 'cut-scope',
        label: { en: 'Cut scope instead', ja: '代わりにスコープを削る' },
        hint: {
          en: 'Product is disappointed; the team stays healthy.',
          ja: 'プロダクト側は落胆しますが、チームは健全なままです。',
        },
        effects: [
          { target: 'trust.cpo', delta: -3 },
          { target: 'competitiveness', delta: -1 },
        ],
      },
      {
        id: 'contractors',
        label: {
          en: 'Bring in contractors for the launch',
          ja: 'ローンチのために業務委託を入れる',
        },
        hint: { en: 'Money and some debt.', ja: 'お金と、いくらかの負債がかかります。' },
        effects: [
          { target: 'cashArrPct', delta: -0.4 },
          { target: 'featureCapacityPct', delta: 5 },
          { target: 'debt.code', delta: 2 },
        ],
      },
    ],
    defaultOptionId: 'cut-scope',
  },
];
