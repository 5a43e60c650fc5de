/**
 * The reference policy of the balance lab: a thoughtful VPoE who reads only what a player sees
 * (observe.ts) and responds to it, with a reason for every adjustment. It is not optimal; it
 * is the yardstick a fixed plan must lose to (issue 11 targets, docs/model.md "Balance").
 */
import { LEVER_TABLE } from '../levers';
import type { Briefing } from '../briefing';
import type { Decisions, Game, LocalizedText, StaffLine } from '../types';
import { kpiOf, observe, staffOf, type Observation } from './observe';
import { crisisLayoffs } from './crisis';
import { referenceChoice } from './reference-answers';
import { reasonedPolicy, text, type Reason, type ReasonedDecisions } from './reasoned';

/** Steady growth: 8% a quarter keeps mentoring load near a fifth of the seniors. */
const STEADY_GROWTH = 0.08;
/**
 * Growth in a boom: 10% a quarter, so that two quarters' newcomers stay under a fifth of the head
 * count, where they begin to dilute the team's norms (DILUTION_THRESHOLD in model/people.ts).
 * Was 14%, which crossed that line in the second quarter of a boom; the contractors engaged in a
 * boom (BOOM_CONTRACTORS) bring the capacity that cannot wait.
 */
const BOOM_GROWTH = 0.1;
/** Quarters of runway beyond the quarters left under which a downturn stops hiring (a year). */
const DOWNTURN_RUNWAY_SPARE = 4;
/** Pay kept this many points above market pay (the retention gain fades beyond ~8, PAY_FADE). */
const PAY_ABOVE_MARKET = 6;
/**
 * Accepted offers waiting to start (the organisation view's pipeline) per requisition opened last
 * quarter under which offers are being declined: a half. Most of last quarter's accepted offers
 * are still in the pipeline then (they start over the next two quarters), so with candidates to
 * spare the share is near the offer acceptance: 0.6-0.7 a requisition in series-b-saas,
 * fintech-regulated and mega-venture (tuning seeds, medians), a third in enterprise-dx, whose
 * parent company's pay bands lose most candidates (market.offerAcceptance 0.35). Pay is the
 * lever a candidate weighs (model/people.ts offerAcceptance, payAppeal), so while offers are
 * declined the reference pays the premium it pays when attrition rises. Measured on engine 1.43.0,
 * tuning seeds 5001-5300, the reference's mean: enterprise-dx +0.12, the other three within 0.01
 * (on 5001-5100 a premium of 10 or 20 points and a threshold of 0.4 scored within 0.07 of a
 * premium of 14). Fewer than OFFERS_READ_FROM openings say too little to read.
 */
const OFFERS_DECLINED = 0.5;
const OFFERS_READ_FROM = 3;
/**
 * Contractors kept for flexibility once a larger bench is wound down: about a team, capacity that
 * can be let go in a downturn without severance or layoffs (was 2; 8 scored best of 0-8 in the
 * balance lab on tuning seeds, docs/model.md "The reference's rules of thumb").
 */
const CONTRACTOR_TARGET = 8;
/** Contractors engaged in a boom: capacity while demand lasts (about a team and a half). */
const BOOM_CONTRACTORS = 10;
/**
 * Head count from which a platform team pays for itself: it takes a team of its own and serves
 * the stream-aligned teams, so it needs about a dozen of them (Team Topologies, Skelton and Pais
 * 2019: a platform reduces the cognitive load of many teams; with few teams it is overhead).
 */
const PLATFORM_TEAM_HEADCOUNT = 90;
/** Head count from which the organisation can spare two coaches for an enabling team. */
const ENABLING_TEAM_HEADCOUNT = 40;
/** A bench this much above the target is worth an exit plan while it winds down. */
const EXIT_PLAN_BENCH = 10;
/**
 * The reference's own pace for winding a bench down, a practitioner's rule of thumb rather than
 * the model's: a seat plus a fifth of the bench a quarter (a few work packages at a time, each
 * with shadowing), a quarter of it when the vendor documents and shadows under an exit plan.
 */
const BENCH_EXIT_SHARE = 0.2;
const BENCH_EXIT_SHARE_WITH_PLAN = 0.25;
/**
 * Runway (quarters) below which the reference stops growing and saves money: a year and a half,
 * where the board starts to worry in a normal market (model/stakeholders.ts RUNWAY_WORRY; Sacks
 * 2020: plan for 18-24 months). Was 8, which froze hiring in companies the board was not
 * worried about.
 */
const RUNWAY_TIGHT = 6;
/**
 * Teams up to which fully remote work's coordination costs little: at 8 teams it takes about
 * 5 points more of the week than hybrid (model/delivery.ts CROSS_TEAM_BY_POLICY: x1.8 of about
 * 6%), against remote work's saving of 3% of a senior's cost a head in workspace and a tenth of
 * each hire's pay (model/people.ts WORKSPACE_SHARE, HIRE_PAY).
 */
const REMOTE_MAX_TEAMS = 8;
/**
 * Quarters left from which a move to remote work repays itself: the space given up is paid for
 * the quarter of the move (WORKSPACE_SHARE), and the lower pay comes only with new hires, which
 * a short runway slows; two years (reasoning).
 */
const REMOTE_PAYBACK_QUARTERS = 8;
/**
 * Engineering budget used (the dashboard's share of the envelope agreed with the CFO) under which
 * the reference hires at its fast pace even in a normal market: the envelope has room for two
 * thirds more of today's spend, and a unit that leaves its budget unspent while the roadmap
 * waits loses it at the next budget round (enterprise-dx: the contractor bench wound down leaves
 * budget use near a third).
 */
const BUDGET_ROOMY = 0.6;
/** Runway (quarters) above which it can afford to grow faster when the product lags. */
const RUNWAY_COMFORTABLE = 14;
/** Exhaustion above which it stops adding newcomers (they load the tired seniors). */
const EXHAUSTION_HIGH = 60;
/**
 * Change failure rate above which it invests more in tests and review: 10%, where DORA 2023's
 * high performers sit (elite 5%, medium 15%); above it failed changes are a visible share of
 * the incidents on the dashboard.
 */
const CHANGE_FAILURE_HIGH = 0.1;
/**
 * Change failure rate under which review is light (changes merge sooner): 5%, DORA 2023's
 * elite performers. There review waits add lead time (REVIEW_WAIT, model/delivery.ts) while a
 * second look catches little (DORA 2019: heavier approval goes with slower delivery and no better
 * stability). Measured on engine 1.43.0, tuning seeds 5001-5300: +0.01 to +0.05 in each built-in
 * scenario (6% scored alike on 5001-5100).
 */
const CHANGE_FAILURE_ELITE = 0.05;
/**
 * Share of the horizon still ahead above which foundations (debt and security) get extra
 * capacity: the first three quarters of twelve (was the first year: the fourth quarter's
 * foundations had too little time left to repay what they cost the roadmap, measured in the
 * balance lab on tuning seeds; docs/model.md "The reference's rules of thumb"). Reliability is
 * not among them: the reference moves capacity to reliability when incidents come (allocationFor),
 * so a foundations share for it paid for incidents that had not happened.
 */
const FOUNDATIONS_WHILE_AHEAD = 0.8;
/** Debt paydown the foundations quarters add before the tax's own share (was 6). */
const FOUNDATIONS_DEBT = 10;
/**
 * Extra debt paydown in the foundations quarters per point of debt tax the dashboard shows: a
 * tax of 25% adds 22 points (every point of tax paid down early returns capacity for the rest of
 * the horizon; the balance lab's searches for fixed plans pay down 35-47% in the first year).
 */
const FOUNDATIONS_DEBT_PER_TAX = 0.9;
/**
 * Security work in the foundations quarters: the vulnerability backlog a new VPoE inherits is
 * cheapest to work down before the breach risk it carries compounds with growth (the base share
 * is small, BASE_ALLOCATION).
 */
const FOUNDATIONS_SECURITY = 10;
/**
 * Capacity before the situation moves it (percent). Debt paydown a fifth and more (Besker et al.
 * 2019: about 23% of developer time is lost to debt, so paying it down steadily keeps the tax
 * from compounding); innovation 8 (below Google's 20% and 3M's 15%, which fund research beyond a
 * scale-up's roadmap); reliability and security small, because the reference moves capacity to
 * them when incidents, an overspent error budget or a high breach risk show on the dashboard.
 * Was 62 / 18 / 10 / 6 / 4; these scored best in the balance lab on tuning seeds (docs/model.md,
 * "The reference's rules of thumb").
 */
const BASE_ALLOCATION = {
  features: 62,
  debtPaydown: 22,
  reliability: 5,
  security: 3,
  innovation: 8,
};
/**
 * Documentation and ADRs at level 1: the habit (decision records, a maintained onboarding path)
 * without the programme of level 2-3, whose writing time a scale-up's roadmap pays for more than
 * its knowledge loss does (was 2; the balance lab measured 1 best on tuning seeds).
 */
const DOCUMENTATION = 1;
/**
 * Review and test gates on AI-written code at their top level while half the team uses
 * assistants: DORA 2024 found stability falling 7.2% per 25% more adoption, and the gates are
 * what keeps the assistant's speed from arriving as incidents (was 2).
 */
const AI_GUARDRAILS = 3;
/**
 * Share features keep while the dashboard calls for foundations, incidents and security work all
 * at once: none. A product that ships nothing for a year loses customers, but the foundations
 * quarters end after three, and when the debt tax, the incidents and the breach risk are all high
 * the capacity they take repays over the horizon (the plans the balance lab's searches find ship
 * 0-35% of capacity in the first year). Was 15, which held back the foundations exactly where
 * they were most needed (enterprise-dx, mega-venture; docs/model.md "The reference's rules of
 * thumb").
 */
const FEATURES_FLOOR = 0;
/** Most points of capacity the reference moves to reliability after a bad quarter. */
const RELIABILITY_PUSH_MAX = 20;
/** Incidents in a quarter that call for more reliability work even within the error budget. */
const MANY_INCIDENTS = 3;
/** Incidents in a quarter from which it also funds incident drills (the risk register's outage item). */
const DRILLS_FROM_INCIDENTS = 3;
/**
 * Stream teams up to which the reference buys the observability tool. Its help gives the bill:
 * 10% of the cloud bill up to 8 stream teams, more the more services the estate is cut into
 * (about 25% at 50). At 24 teams that is about 17%, past the middle of the practitioners' 10-30%
 * range (Majors, Honeycomb 2024): beyond it the bill pays for the estate's many services rather
 * than for incidents caught sooner, and the teams' own observability carries it.
 */
const OBSERVABILITY_TEAMS_MAX = 24;
/** Deploys a day under which the pipeline is the bottleneck (DORA 2024: high performers deploy daily or more). */
const DAILY_DEPLOYS = 1;
/**
 * Lead time (days) above which CI/CD stays at its top level where no platform team runs the
 * pipelines: a day, DORA 2024's line between elite and high performers. Daily deploys alone let
 * it drop to the standard level while changes still took two days to arrive, and a practice
 * invested in less slides back (model/capabilities.ts DECAY); a platform team's own pipeline work
 * carries it where there is one (pipelineInvestment). Measured on engine 1.43.0, tuning seeds
 * 5001-5300: enterprise-dx +0.14, the other three unchanged (read without the platform team's
 * condition: fintech-regulated -0.17, mega-venture -0.10).
 */
const PIPELINE_LEAD_DAYS = 1;
/** The SLO the reference keeps: 99.9%, the common SLA of cloud and SaaS vendors, what B2B customers expect... */
const SLO_CUSTOMERS_EXPECT = 0.999;
/** ...loosened to this when availability runs at AVAILABILITY_HEADROOM or better (half the budget unused)... */
const SLO_WITH_HEADROOM = 0.995;
const AVAILABILITY_HEADROOM = 0.9995;
/** ...where reliability is at most this share of the score (a regulated or uptime-critical business keeps it tight). */
const LIGHT_RELIABILITY = 0.15;
/** Points of capacity moved to features while a feature promise is behind its pace. */
const PROMISE_PUSH = 12;
/**
 * Commitment coverage for usage that holds still: commit to the usage the quiet hours keep, about
 * 80% of the mean (the top of the 60-80% practitioners aim for; model/cloud.ts HOURLY_SPREAD).
 */
const COVERAGE_STEADY = 0.8;
/**
 * Coverage moved for each thing that tells where usage is going: up while ARR grows faster than
 * FAST_GROWTH a year (a commitment sized on last quarter's usage covers less of the next), down
 * in a downturn (customers may leave) and down while rightsizing (rightsize before you commit:
 * the waste it removes would leave a commitment unused for a year).
 */
const COVERAGE_STEP = 0.1;
const FAST_GROWTH = 0.3;

/** An open promise to cut costs that last quarter's costs do not meet (the briefing's outlook). */
function costPromiseBehind(o: Observation): Briefing['commitments'][number] | undefined {
  return o.briefing.commitments.find((c) => c.measure === 'costPerQuarter' && !c.metNow);
}

/** Whether last quarter's delivery pace meets a feature promise by its due quarter. */
function onPace(c: Briefing['commitments'][number], lastDelivered: number): boolean {
  return (c.target - c.current) / (c.dueIn + 1) <= lastDelivered;
}

/**
 * Why reliability gets `points` more, from the facts that called for it: many incidents, an
 * overspent error budget, or both (a budget can be overspent in a quarter with few incidents
 * or none: long ones, or a tight SLO).
 */
function reliabilityTrouble(incidents: number, overspent: boolean, points: number): LocalizedText {
  const more = `${points} more points to reliability work.`;
  const moreJa = `信頼性の作業へ${points}ポイント追加します。`;
  if (overspent && incidents >= MANY_INCIDENTS)
    return text(
      `${incidents} incidents last quarter, and the error budget is overspent: ${more}`,
      `前四半期はインシデントが${incidents}件あり、エラーバジェットも使い切っています。${moreJa}`,
    );
  if (overspent) {
    const few =
      incidents === 0 ? 'No incidents' : `Only ${incidents} incident${incidents === 1 ? '' : 's'}`;
    return text(
      `${few} last quarter, but the error budget is overspent: ${more}`,
      `前四半期のインシデントは${incidents}件ですが、エラーバジェットは使い切っています。${moreJa}`,
    );
  }
  return text(
    `${incidents} incidents last quarter, though within the error budget: ${more}`,
    `前四半期はインシデントが${incidents}件ありました。エラーバジェットの範囲内ですが、${moreJa}`,
  );
}

function allocationFor(o: Observation, reasons: Reason[]): Decisions['allocation'] {
  const a = { ...BASE_ALLOCATION };
  const shift = (to: 'debtPaydown' | 'reliability' | 'security', wanted: number) => {
    const points = Math.max(0, Math.min(wanted, a.features - FEATURES_FLOOR));
    a[to] += points;
    a.features -= points;
  };
  if (o.warnings.has('debt-tax-high')) {
    shift('debtPaydown', 8);
    reasons.push({
      topic: 'allocation.debtPaydown',
      text: text(
        `The debt tax is ${pct(kpiOf(o, 'debtTax'))}: 8 more points of capacity go to paying it down before it climbs further.`,
        `負債税が${pct(kpiOf(o, 'debtTax'))}です。これ以上上がる前に、キャパシティを8ポイント負債返済へ回します。`,
      ),
    });
  }
  // Foundations pay back over the quarters left: while most of the horizon is ahead, part of
  // the feature share goes to reliability and debt, and it returns to features as the horizon
  // shortens (an investment made in the last year has little time to repay).
  const ahead = o.quartersLeft / o.horizonQuarters;
  if (ahead > FOUNDATIONS_WHILE_AHEAD) {
    const debt =
      FOUNDATIONS_DEBT + Math.round(FOUNDATIONS_DEBT_PER_TAX * 100 * kpiOf(o, 'debtTax'));
    shift('debtPaydown', debt);
    shift('security', FOUNDATIONS_SECURITY);
    reasons.push({
      topic: 'allocation.debtPaydown',
      text: text(
        `${o.quartersLeft} of ${o.horizonQuarters} quarters are still ahead and the debt tax is ${pct(kpiOf(o, 'debtTax'))}: up to ${debt} more points to debt and ${FOUNDATIONS_SECURITY} to security now, while the lower debt tax and the shorter vulnerability backlog have time to pay back.`,
        `${o.horizonQuarters}四半期のうち${o.quartersLeft}四半期が残り、負債税は${pct(kpiOf(o, 'debtTax'))}です。負債税の低下と脆弱性の減少を回収できる今のうちに、負債返済へ最大${debt}ポイント、セキュリティへ${FOUNDATIONS_SECURITY}ポイントを追加します。`,
      ),
    });
  }
  const incidents = kpiOf(o, 'incidents');
  const overspent = o.warnings.has('error-budget-spent') || o.warnings.has('release-freeze');
  if (overspent || incidents >= MANY_INCIDENTS) {
    // In proportion to the trouble: each incident beyond the first buys 3 more points.
    const points = Math.min(RELIABILITY_PUSH_MAX, Math.max(6, 3 * (incidents - 1)));
    shift('reliability', points);
    reasons.push({
      topic: 'allocation.reliability',
      text: reliabilityTrouble(incidents, overspent, points),
    });
  }
  if (o.warnings.has('breach-risk-high')) {
    shift('security', 5);
    reasons.push({
      topic: 'allocation.security',
      text: text(
        `Breach risk is ${pct(kpiOf(o, 'breachRisk'))} a quarter: 5 more points to security.`,
        `情報漏えいリスクが四半期あたり${pct(kpiOf(o, 'breachRisk'))}です。セキュリティへ5ポイント追加します。`,
      ),
    });
  }
  // A feature promise behind its pace (the briefing's outlook): capacity moves to features from
  // debt paydown and innovation until it is on pace again.
  const behind = o.briefing.commitments.find(
    (c) =>
      c.measure === 'featuresDelivered' && !c.metNow && !onPace(c, kpiOf(o, 'featuresDelivered')),
  );
  if (behind) {
    const fromDebt = Math.min(PROMISE_PUSH, Math.max(0, a.debtPaydown - 8));
    const fromInnovation = Math.min(PROMISE_PUSH - fromDebt, a.innovation);
    a.debtPaydown -= fromDebt;
    a.innovation -= fromInnovation;
    a.features += fromDebt + fromInnovation;
    reasons.push({
      topic: 'allocation.features',
      text: text(
        `The promise of ${behind.target} feature points by quarter ${behind.dueQuarter} is behind its pace: ${fromDebt + fromInnovation} points of capacity move to features until it is on track.`,
        `第${behind.dueQuarter}四半期までに${behind.target}機能ポイントという約束に、ペースが追いついていません。追いつくまでキャパシティを${fromDebt + fromInnovation}ポイント機能開発へ移します。`,
      ),
    });
  }
  if (o.quartersLeft <= 2 && !o.warnings.has('debt-tax-high')) {
    // Debt paid down in the last quarters pays back after the game: ship instead.
    const moved = Math.floor(a.debtPaydown / 2) + a.innovation;
    a.features += moved;
    a.debtPaydown -= Math.floor(a.debtPaydown / 2);
    a.innovation = 0;
    reasons.push({
      topic: 'allocation.features',
      text: text(
        'Two quarters left: long-term investment would pay back after the horizon, so capacity shifts to features.',
        '残り2四半期です。長期投資の回収は期間後になるため、キャパシティを機能開発へ移します。',
      ),
    });
  }
  return a;
}

/** Commitment coverage from where usage is going: its growth, the market and rightsizing. */
function coverageFor(o: Observation, rightsizing: boolean, reasons: Reason[]): number {
  const growth = kpiOf(o, 'growth');
  const downturn = o.briefing.market.cycle === 'downturn';
  const growing = growth > FAST_GROWTH && !downturn;
  const shift =
    (growing ? COVERAGE_STEP : 0) -
    (downturn ? COVERAGE_STEP : 0) -
    (rightsizing ? COVERAGE_STEP : 0);
  const range = LEVER_TABLE.budget.commitmentCoverage;
  const coverage = Math.min(
    range.max,
    Math.max(range.min, Math.round(20 * (COVERAGE_STEADY + shift)) / 20),
  );
  const why: LocalizedText[] = [];
  if (growing)
    why.push(
      text(
        `ARR grows ${pct(growth)} a year, so usage bought against last quarter's is soon a smaller share`,
        `ARR は年${pct(growth)}成長しており、前四半期の利用量に合わせた購入はすぐに割合が小さくなります`,
      ),
    );
  if (downturn)
    why.push(
      text(
        'the market is in a downturn and customers may leave',
        '市場は不況で、顧客が離れるかもしれません',
      ),
    );
  if (rightsizing)
    why.push(
      text(
        'rightsizing is removing waste that a commitment would otherwise pay for, unused, for a year',
        '適正化で無駄を減らしており、コミットすると使わない分を1年間払い続けることになります',
      ),
    );
  if (why.length > 0)
    reasons.push({
      topic: 'budget.commitmentCoverage',
      text: text(
        `Commitment coverage ${pct(coverage)} (${pct(COVERAGE_STEADY)} for steady usage): ${why.map((w) => w.en).join('; ')}.`,
        `コミットメント適用率は${pct(coverage)}にします（利用量が安定していれば${pct(COVERAGE_STEADY)}）。${why.map((w) => w.ja).join('。')}。`,
      ),
    });
  return coverage;
}

function hiringFor(o: Observation, reasons: Reason[]): StaffLine[] {
  const s = o.scenario;
  const runway = kpiOf(o, 'runwayQuarters');
  if (runway < RUNWAY_TIGHT || o.warnings.has('runway-short')) {
    reasons.push({
      topic: 'talent.hiring',
      text: text(
        `Runway is ${runway.toFixed(1)} quarters: no new requisitions until the burn is under control.`,
        `ランウェイが${runway.toFixed(1)}四半期です。バーンが落ち着くまで新規採用は止めます。`,
      ),
    });
    return [];
  }
  if (kpiOf(o, 'exhaustion') > EXHAUSTION_HIGH) {
    reasons.push({
      topic: 'talent.hiring',
      text: text(
        'The team is exhausted: newcomers would load the seniors further, so hiring pauses a quarter.',
        'チームが疲弊しています。新メンバーはシニアの負担を増やすため、採用を1四半期止めます。',
      ),
    });
    return [];
  }
  const promise = costPromiseBehind(o);
  if (promise) {
    reasons.push({
      topic: 'talent.hiring',
      text: text(
        `Last quarter's costs are above what was promised for quarter ${promise.dueQuarter}: no new requisitions until the promise is kept.`,
        `前四半期のコストは、第${promise.dueQuarter}四半期に向けて約束した水準を上回っています。約束を守るまで新規採用は止めます。`,
      ),
    });
    return [];
  }
  const cycle = o.briefing.market.cycle;
  // In a downturn the next round may not come: hiring goes on only while the cash lasts the
  // quarters left with a year to spare, and then at half the steady pace.
  const downturn = cycle === 'downturn';
  if (downturn && runway < o.quartersLeft + DOWNTURN_RUNWAY_SPARE) {
    reasons.push({
      topic: 'talent.hiring',
      text: text(
        `The market is in a downturn and the runway (${runway.toFixed(1)} quarters) does not outlast the next ${o.quartersLeft} quarters by a year: no new requisitions until the market turns.`,
        `市場は不況で、ランウェイ（${runway.toFixed(1)}四半期）には残り${o.quartersLeft}四半期に対して1年以上の余裕がありません。市場が戻るまで新規採用は止めます。`,
      ),
    });
    return [];
  }
  const lagging = kpiOf(o, 'growth') < 0.2 && runway > RUNWAY_COMFORTABLE;
  const boom = cycle === 'boom' && runway > RUNWAY_TIGHT;
  const budgetUse = kpiOf(o, 'budgetUse');
  const roomy = !boom && budgetUse < BUDGET_ROOMY && runway > RUNWAY_COMFORTABLE;
  const rate = downturn
    ? STEADY_GROWTH / 2
    : boom || roomy
      ? BOOM_GROWTH
      : lagging
        ? STEADY_GROWTH * 1.6
        : STEADY_GROWTH;
  const n = Math.min(s.limits.maxHiresPerQuarter, Math.round(o.org.headcount * rate));
  const seniors = Math.ceil(n * 0.6);
  const lines: StaffLine[] = [];
  if (seniors > 0) lines.push({ role: 'product', level: 'senior', count: seniors });
  if (n - seniors > 0) lines.push({ role: 'product', level: 'junior', count: n - seniors });
  let room = s.limits.maxHiresPerQuarter - n;
  if (o.quarter % 3 === 0 && room-- > 0)
    lines.push({ role: 'platform', level: 'senior', count: 1 });
  if (o.quarter % 4 === 0 && room-- > 0)
    lines.push({ role: 'security', level: 'senior', count: 1 });
  reasons.push({
    topic: 'talent.hiring',
    text: downturn
      ? text(
          `A downturn, but the runway (${runway.toFixed(1)} quarters) outlasts the quarters left by a year: keep hiring at half the steady pace (${n}) to hold the roadmap.`,
          `不況ですが、ランウェイ（${runway.toFixed(1)}四半期）には残り期間に対して1年以上の余裕があります。ロードマップを守るため、通常の半分のペース（${n}名）で採用を続けます。`,
        )
      : boom
        ? text(
            `The market is booming: hire ${n} (about ${pct(BOOM_GROWTH)} a quarter) to capture demand while it lasts, 60% seniors.`,
            `市場は好況です。需要を取り込むため${n}名（四半期約${pct(BOOM_GROWTH)}）を採用し、6割をシニアにします。`,
          )
        : roomy
          ? text(
              `Only ${pct(budgetUse)} of the engineering budget is used and the runway is long: hire ${n} (about ${pct(BOOM_GROWTH)} a quarter) to put the budget to work, 60% seniors.`,
              `エンジニアリング予算の使用率は${pct(budgetUse)}にとどまり、ランウェイも十分です。予算を活かすため${n}名（四半期約${pct(BOOM_GROWTH)}）を採用し、6割をシニアにします。`,
            )
          : lagging
            ? text(
                `Growth is ${pct(kpiOf(o, 'growth'))} a year and the runway is long: hire ${n} (about 13% a quarter), 60% seniors.`,
                `成長率は年${pct(kpiOf(o, 'growth'))}、ランウェイは十分です。${n}名（四半期約13%）を採用し、6割をシニアにします。`,
              )
            : text(
                `Grow steadily: ${n} product engineers (about 8% a quarter) keep mentoring load manageable.`,
                `着実に成長します。プロダクトエンジニア${n}名（四半期約8%）ならメンタリングの負担を抑えられます。`,
              ),
  });
  return lines;
}

function contractorsFor(
  o: Observation,
  reasons: Reason[],
): { contractors: number; exitPlan: string[] } {
  const s = o.scenario;
  // Contractors are the flexible capacity: a boom is when capacity earns most (demand is there
  // now, hires take quarters to arrive and ramp), a downturn is when the bench is the first cost
  // to go (no severance, no layoffs).
  const cycle = o.briefing.market.cycle;
  const tight = kpiOf(o, 'runwayQuarters') < RUNWAY_TIGHT || costPromiseBehind(o) !== undefined;
  const target =
    cycle === 'downturn' || tight
      ? 0
      : Math.min(cycle === 'boom' ? BOOM_CONTRACTORS : CONTRACTOR_TARGET, s.limits.maxContractors);
  const last = o.org.contractors;
  if (last <= target) {
    if (target > last && cycle === 'boom')
      reasons.push({
        topic: 'budget.contractors',
        text: text(
          `The market is booming and hires take quarters to ramp: ${target} contractors add capacity now, to be wound down when demand cools.`,
          `市場は好況で、採用者の立ち上がりには数四半期かかります。業務委託${target}名で今すぐキャパシティを増やし、需要が落ち着いたら段階的に減らします。`,
        ),
      });
    return { contractors: target, exitPlan: [] };
  }
  const plan = s.riskRegister.find((r) => r.mitigates === 'vendor');
  const withPlan = plan !== undefined && last - target > EXIT_PLAN_BENCH;
  const pace = 1 + (withPlan ? BENCH_EXIT_SHARE_WITH_PLAN : BENCH_EXIT_SHARE) * last;
  const contractors = Math.max(target, last - Math.floor(pace));
  reasons.push({
    topic: 'budget.contractors',
    text: text(
      `Wind the contractor bench down gradually (${last} to ${contractors}) so their knowledge is handed over${withPlan ? ', with an exit plan' : ''}.`,
      `業務委託を段階的に減らし（${last}名→${contractors}名）、知識を引き継ぎます${withPlan ? '（出口計画あり）' : ''}。`,
    ),
  });
  return { contractors, exitPlan: withPlan && plan ? [plan.id] : [] };
}

/** The crisis layoff (crisis.ts), with the reason the dashboard gives for it. */
function layoffsFor(o: Observation, reasons: Reason[]): StaffLine[] {
  const runway = kpiOf(o, 'runwayQuarters');
  const downturn = o.briefing.market.cycle === 'downturn';
  const lines = crisisLayoffs({
    runwayQuarters: runway,
    quartersLeft: o.quartersLeft,
    downturn,
    productJuniors: staffOf(o, 'product', 'junior').count,
    productSeniors: staffOf(o, 'product', 'senior').count,
  });
  const cut = lines.reduce((n, l) => n + l.count, 0);
  if (cut > 0)
    reasons.push({
      topic: 'talent.layoffs',
      text: text(
        `Runway is ${runway.toFixed(1)} quarters with ${o.quartersLeft} to play${downturn ? ', and in a downturn the next round may not come' : ''}: ${cut} product engineers leave (juniors first) so the company does not run out of cash.`,
        `ランウェイは${runway.toFixed(1)}四半期、残りは${o.quartersLeft}四半期です${downturn ? '。不況では次の資金調達が来ないかもしれません' : ''}。現金が尽きないよう、プロダクトエンジニア${cut}名を削減します（ジュニアから）。`,
      ),
    });
  return lines;
}

function referenceDecide(game: Game): ReasonedDecisions {
  const o = observe(game);
  const s = o.scenario;
  const reasons: Reason[] = [];
  const allocation = allocationFor(o, reasons);
  const hiring = hiringFor(o, reasons);
  const workPolicy = workPolicyFor(o, reasons);
  // Money is tight when the runway is short or a promise to cut costs is behind.
  const tight =
    kpiOf(o, 'runwayQuarters') < RUNWAY_TIGHT ||
    o.warnings.has('runway-short') ||
    costPromiseBehind(o) !== undefined;
  const attrition = o.warnings.has('attrition-rising');
  const fragile = kpiOf(o, 'changeFailureRate') > CHANGE_FAILURE_HIGH;
  const calm =
    o.quarter >= 3 && kpiOf(o, 'incidents') <= 2 && !o.warnings.has('error-budget-spent');

  const managers = staffOf(o, 'product', 'manager').count;
  const span = o.org.spanOfControl;
  const seniors = staffOf(o, 'product', 'senior').ramped;
  const promoteManagers = span > 8.5 && managers >= 0 ? Math.min(2, seniors) : 0;
  if (promoteManagers > 0)
    reasons.push({
      topic: 'org.promotionsToManager',
      text: text(
        `Managers each lead ${span.toFixed(1)} people: promote ${promoteManagers} ramped senior(s) to bring spans back to 6-8.`,
        `マネージャー1人が平均${span.toFixed(1)}人を見ています。経験あるシニア${promoteManagers}名を EM に昇格し、6〜8人に戻します。`,
      ),
    });

  const initiatives = s.initiatives
    .map((i) => i.id)
    .filter((id) => o.previous.initiatives.includes(id));
  if (initiatives.length === 0) {
    const slow = kpiOf(o, 'leadTimeDays') > 5 || kpiOf(o, 'deployFrequency') < 0.5;
    const iac = s.initiatives.find((i) => i.id === 'infra-as-code');
    const start = iac ?? (slow ? s.initiatives[0] : undefined);
    // Infrastructure as code is kept up by a platform team: with one it invests in the practice
    // and works infrastructure debt down every quarter (model/capabilities.ts, model/debt.ts
    // platformWork); without one the migration's capacity and change risk buy a one-off cut that
    // nobody builds on. The team's head count is the company's own (PLATFORM_TEAM_HEADCOUNT
    // without the contractors): a bench being wound down is gone by the time the migration
    // completes, four to six quarters on. Measured on engine 1.43.0, tuning seeds 5001-5300,
    // with the other rules of this session: enterprise-dx +0.30 (its 70 engineers and a bench
    // of 35 started it in quarter 2 and lost its platform team in quarter 3), series-b-saas
    // +0.06, fintech-regulated and mega-venture unchanged (they start it in quarter 1).
    const keptUp = start !== iac || o.org.headcount >= PLATFORM_TEAM_HEADCOUNT;
    const due = start && (slow || o.warnings.has('debt-tax-high')) && o.quartersLeft > 4 && !tight;
    if (due && !keptUp)
      reasons.push({
        topic: 'initiatives',
        text: text(
          `"${start.name.en}" waits: with ${o.org.headcount} engineers of its own the organisation has no platform team to keep the infrastructure code up once migrated.`,
          `「${start.name.ja}」は見送ります。社員エンジニアが${o.org.headcount}名では、移行後のインフラのコードを保守するプラットフォームチームを持てません。`,
        ),
      });
    if (start && due && keptUp) {
      initiatives.push(start.id);
      reasons.push({
        topic: 'initiatives',
        text: text(
          `Lead time ${kpiOf(o, 'leadTimeDays').toFixed(1)} days: start "${start.name.en}" while there are quarters left for it to pay back.`,
          `リードタイム${kpiOf(o, 'leadTimeDays').toFixed(1)}日。回収できる期間が残るうちに「${start.name.ja}」を始めます。`,
        ),
      });
    }
  }

  const drills = kpiOf(o, 'incidents') >= DRILLS_FROM_INCIDENTS;
  const risk = s.riskRegister
    .filter(
      (r) =>
        r.mitigates === 'breach' ||
        r.mitigates === 'key-person' ||
        (drills && r.mitigates === 'outage'),
    )
    .map((r) => r.id);
  if (drills && s.riskRegister.some((r) => r.mitigates === 'outage'))
    reasons.push({
      topic: 'riskMitigations',
      text: text(
        `${kpiOf(o, 'incidents')} incidents last quarter: incident response drills shorten the next ones.`,
        `前四半期の障害は${kpiOf(o, 'incidents')}件でした。障害対応訓練で次の障害を短くします。`,
      ),
    });
  const exit = contractorsFor(o, reasons);
  for (const id of exit.exitPlan) risk.push(id);

  const market = o.briefing.market;
  const lastPay = o.previous.talent.payAdjustmentPct;
  // Offers declined: last quarter's requisitions against the accepted offers in the pipeline.
  const requisitions = o.previous.talent.hiring.reduce((n, l) => n + l.count, 0);
  const accepted = o.org.pipeline.reduce((n, l) => n + l.count, 0);
  const declined =
    o.quarter > 1 && requisitions >= OFFERS_READ_FROM && accepted < OFFERS_DECLINED * requisitions;
  // Pay follows market pay (the salary surveys' figure): a fixed adjustment falls behind a hot
  // market and overpays a cool one. It is never cut below last quarter's (cuts hurt at once),
  // and a downturn or tight money stops raises (a cut only follows market pay down).
  const wanted =
    Math.round(market.marketPayPct) +
    (attrition || declined ? 2 * PAY_ABOVE_MARKET : PAY_ABOVE_MARKET);
  const payRange = LEVER_TABLE.talent.payAdjustmentPct;
  const pay = Math.min(
    payRange.max,
    Math.max(
      payRange.min,
      tight || market.cycle === 'downturn' ? Math.min(lastPay, wanted) : wanted,
    ),
  );
  if (pay !== lastPay && market.marketPayPct !== 0)
    reasons.push({
      topic: 'talent.payAdjustmentPct',
      text: text(
        `Market pay for engineers is ${market.marketPayPct > 0 ? 'up' : 'down'} ${Math.abs(market.marketPayPct)}%: pay adjustment ${pay}% keeps the team ${pay - market.marketPayPct >= 0 ? 'at or above' : 'near'} market without paying for fading returns.`,
        `エンジニアの市場給与が${Math.abs(market.marketPayPct)}%${market.marketPayPct > 0 ? '上昇' : '低下'}しています。給与調整を${pay}%にし、効果の薄い上乗せをせずに市場水準を保ちます。`,
      ),
    });
  if (declined && !attrition && pay > lastPay)
    reasons.push({
      topic: 'talent.payAdjustmentPct',
      text: text(
        `Only ${accepted} of last quarter's ${requisitions} openings ended in an accepted offer: candidates are declining, so pay ${pay}% (${2 * PAY_ABOVE_MARKET} points above market) to win them.`,
        `前四半期の募集${requisitions}件のうち、内定承諾は${accepted}件だけでした。候補者に辞退されているため、給与調整を${pay}%（市場比+${2 * PAY_ABOVE_MARKET}ポイント）にして採用につなげます。`,
      ),
    });
  if (attrition)
    reasons.push({
      topic: 'talent.payAdjustmentPct',
      text: text(
        `Attrition is ${pct(kpiOf(o, 'attritionRate'))} a year: pay ${pay}% above market and more 1-on-1s.`,
        `離職率が年${pct(kpiOf(o, 'attritionRate'))}です。給与を市場比+${pay}%にし、1on1 を増やします。`,
      ),
    });
  if (tight)
    reasons.push({
      topic: 'budget',
      text: text(
        'Money is tight: pay at market, FinOps rightsizing on, no pay premium.',
        '資金が厳しいため、給与は市場水準に据え置き、FinOps による適正化を実施します。',
      ),
    });
  // Two coaches close the practice gap that shows as failing changes, then leave; they cost two
  // builders and reach a few teams at a time (model/enabling.ts).
  const enablingTeam = fragile && o.org.headcount >= ENABLING_TEAM_HEADCOUNT;
  // Contractors work in the stream-aligned teams too: the platform serves them as well.
  const platformTeam = o.org.headcount + o.org.contractors >= PLATFORM_TEAM_HEADCOUNT;
  // The top level of test automation adds a large suite whose flaky tests someone must re-run
  // and quarantine: worth it where a platform team's test infrastructure does most of that
  // (model/budget.ts, flakyTestUpkeep).
  const topTests = fragile && platformTeam;
  const streamTeams = o.org.teams.filter((t) => t.kind === 'stream').length;
  const observabilityTool = streamTeams <= OBSERVABILITY_TEAMS_MAX;
  if (!observabilityTool)
    reasons.push({
      topic: 'budget.tools.observability',
      text: text(
        `${streamTeams} stream teams: observability tooling would bill for the telemetry of that many services more than the incidents it would catch sooner are worth; the teams' own observability carries it.`,
        `ストリームチームが${streamTeams}あります。これだけ多くのサービスのテレメトリに対するオブザーバビリティツールの費用は、早く捉えられる障害の価値を上回ります。チーム自身のオブザーバビリティで対応します。`,
      ),
    });
  if (fragile)
    reasons.push({
      topic: 'process',
      text: text(
        `Change failure rate ${pct(kpiOf(o, 'changeFailureRate'))}: ${topTests ? 'more test automation, ' : ''}stricter review${enablingTeam ? ' and an enabling team to coach the practice until changes stop failing' : ''}.${topTests ? '' : " Test automation stays below its top level: without a platform team's test infrastructure its flaky tests cost more than they catch."}`,
        `変更失敗率${pct(kpiOf(o, 'changeFailureRate'))}。${topTests ? 'テスト自動化を増やし、' : ''}レビューを厳しくし${enablingTeam ? '、変更が失敗しなくなるまでイネーブリングチームが実践を支援し' : ''}ます。${topTests ? '' : 'プラットフォームチームのテスト基盤がなければ不安定なテストの手間が効果を上回るため、テスト自動化は最高水準にしません。'}`,
      ),
    });
  // Changes that rarely fail: light review, so changes stop waiting on it.
  const lightReview = kpiOf(o, 'changeFailureRate') < CHANGE_FAILURE_ELITE;
  if (lightReview)
    reasons.push({
      topic: 'process.codeReview',
      text: text(
        `Change failure rate ${pct(kpiOf(o, 'changeFailureRate'))}, elite: light review, since waiting on reviews adds lead time while changes this reliable leave them little to catch.`,
        `変更失敗率${pct(kpiOf(o, 'changeFailureRate'))}はエリート水準です。これほど失敗の少ない変更では、レビュー待ちはリードタイムを延ばすだけで見つかるものが少ないため、レビューを軽くします。`,
      ),
    });
  const cloudRising = (o.kpiDelta.cloudCost ?? 0) > 0.05 * kpiOf(o, 'cloudCost');
  // Releases less than daily (DORA 2024: high performers deploy daily to weekly, elite on
  // demand): the pipeline is the bottleneck, so CI/CD gets its top level until it is not.
  const slowDelivery = kpiOf(o, 'deployFrequency') < DAILY_DEPLOYS;
  // Daily, but changes still take over a day to arrive, and no platform team runs the pipelines.
  const slowChanges =
    !slowDelivery && !platformTeam && kpiOf(o, 'leadTimeDays') > PIPELINE_LEAD_DAYS;
  if (slowChanges)
    reasons.push({
      topic: 'process.ciCd',
      text: text(
        `Releases are daily, but a change takes ${kpiOf(o, 'leadTimeDays').toFixed(1)} days to reach production and no platform team runs the pipelines: CI/CD stays at its top level until changes arrive within a day.`,
        `リリースは毎日ですが、変更が本番に届くまで${kpiOf(o, 'leadTimeDays').toFixed(1)}日かかり、パイプラインを担うプラットフォームチームもありません。変更が1日以内に届くまで CI/CD を最高水準に保ちます。`,
      ),
    });
  if (slowDelivery)
    reasons.push({
      topic: 'process.ciCd',
      text: text(
        `${kpiOf(o, 'deployFrequency').toFixed(2)} deploys a day, less than daily: CI/CD at its top level until releases are routine.`,
        `デプロイは1日${kpiOf(o, 'deployFrequency').toFixed(2)}回で、1日1回に届きません。リリースが日常になるまで CI/CD を最高水準にします。`,
      ),
    });
  // Availability well above what customers expect, where the board weighs reliability lightly:
  // a looser SLO saves its upkeep (model/reliability.ts, sloWork) while customers see no change.
  const reliabilityShare = o.scenario.scoring.reliability / scoringSum(o.scenario.scoring);
  const looseSlo =
    kpiOf(o, 'sloAttainment') >= AVAILABILITY_HEADROOM && reliabilityShare <= LIGHT_RELIABILITY;
  if (looseSlo)
    reasons.push({
      topic: 'trends.sloTarget',
      text: text(
        `Availability was ${(100 * kpiOf(o, 'sloAttainment')).toFixed(2)}%, well above the 99.9% customers expect, and reliability weighs ${pct(reliabilityShare)} of the score: an SLO of ${(100 * SLO_WITH_HEADROOM).toFixed(1)}% saves the upkeep of a tighter one.`,
        `可用性は${(100 * kpiOf(o, 'sloAttainment')).toFixed(2)}%で、顧客が期待する99.9%を十分上回り、信頼性の配点は${pct(reliabilityShare)}です。SLO を${(100 * SLO_WITH_HEADROOM).toFixed(1)}%にして、厳しい目標の維持コストを省きます。`,
      ),
    });
  const freeze = calm && o.quarter >= 4;
  const rightsizing = tight || cloudRising || o.briefing.market.cycle === 'downturn';

  const decisions: Decisions = {
    org: {
      teamSizeTarget: Math.min(7, s.limits.maxTeamSize),
      platformTeam,
      enablingTeam,
      promotionsToManager: promoteManagers,
      promotionsToStaff: 0,
    },
    process: {
      ciCd: slowDelivery || slowChanges ? 3 : 2,
      testAutomation: topTests ? 3 : 2,
      codeReview: fragile ? 2 : lightReview ? 0 : 1,
      postmortems: true,
      documentation: DOCUMENTATION,
    },
    talent: {
      hiring,
      payAdjustmentPct: pay,
      training: attrition && !tight ? 1 : 0,
      careerLadder: true,
      layoffs: layoffsFor(o, reasons),
    },
    allocation,
    initiatives,
    budget: {
      rightsizing,
      commitmentCoverage: coverageFor(o, rightsizing, reasons),
      contractors: exit.contractors,
      // A bought CI service duplicates the pipelines a platform team runs (pipelineInvestment).
      tools: { observability: observabilityTool, ci: !platformTeam, securityScanning: true },
      sourcing: 'commercial',
    },
    coaching: { oneOnOnes: attrition ? 3 : 2, leadershipTraining: 1 },
    riskMitigations: risk,
    trends: {
      aiAdoption: 0.5,
      aiGuardrails: AI_GUARDRAILS,
      workPolicy,
      chaosEngineering: calm,
      sloTarget: looseSlo ? SLO_WITH_HEADROOM : SLO_CUSTOMERS_EXPECT,
      errorBudgetPolicy: freeze ? 'freeze' : 'none',
    },
  };
  const summary =
    reasons.length === 0
      ? text(
          'Nothing on the dashboard calls for a change: steady investment and steady growth.',
          'ダッシュボードに変更を要するものはありません。着実な投資と成長を続けます。',
        )
      : text(
          `Responding to ${reasons.length} signal(s) on the dashboard: ${reasons.map((r) => r.topic).join(', ')}.`,
          `ダッシュボードの${reasons.length}つのシグナルに対応します: ${reasons.map((r) => r.topic).join('、')}。`,
        );
  return { decisions, summary, reasons };
}

/**
 * Work policy (model/people.ts, WORK_POLICY_QUITS, WORK_POLICY_POOL, WORKSPACE_SHARE,
 * HIRE_PAY; model/delivery.ts, CROSS_TEAM_BY_POLICY): fully remote when the briefing's runway
 * warning is critical, the organisation has few teams and there is time for the saving to repay
 * the move; staying remote while the runway stays tight; otherwise hybrid, from wherever the
 * organisation starts. Measured on engine 1.27.0, seeds 1-30 (docs/model.md): hybrid best held
 * for the whole horizon in every built-in scenario; series-b-saas started with $8M of cash
 * (runway 1.3 quarters) remote held +0.26 against hybrid held, this rule +0.93; $12M held -0.34,
 * the rule -0.18; $20M held -1.51, the rule -0.02; started fully remote with its own cash, held
 * -1.92, the rule moves to hybrid at once. The office's gains in
 * coordination and ramp-up do not outweigh its quits in any situation tried.
 */
function workPolicyFor(o: Observation, reasons: Reason[]): Decisions['trends']['workPolicy'] {
  const from = o.previous.trends.workPolicy;
  const runway = kpiOf(o, 'runwayQuarters');
  const teams = o.org.teams.length;
  // The briefing's critical warning: at last quarter's burn the cash runs out within two
  // quarters. Under the warning's own level (a year) remote work held throughout lost to hybrid
  // (series-b-saas with $12M: -0.3; docs/model.md).
  const short = o.briefing.warnings.some(
    (w) => w.id === 'runway-short' && w.severity === 'critical',
  );
  const time = o.quartersLeft >= REMOTE_PAYBACK_QUARTERS;
  if (
    teams <= REMOTE_MAX_TEAMS &&
    ((short && time) || (from === 'remote' && runway < RUNWAY_TIGHT))
  ) {
    if (from !== 'remote')
      reasons.push({
        topic: 'trends.workPolicy',
        text: text(
          `Runway is ${runway.toFixed(1)} quarters and the organisation has ${teams} teams: fully remote work saves most of the desks and lets new hires be paid where they live; coordination across so few teams costs little, while juniors will quit more and ramp slower.`,
          `ランウェイは${runway.toFixed(1)}四半期、チームは${teams}です。フルリモートにすればオフィス費用の大半が浮き、新規採用者は居住地の給与水準で雇えます。チームが少ないので調整コストは小さい一方、ジュニアの離職は増え、立ち上がりも遅くなります。`,
        ),
      });
    else
      reasons.push({
        topic: 'trends.workPolicy',
        text: text(
          `Runway is ${runway.toFixed(1)} quarters: stay fully remote; calling people back would cost quits and the hub's pay for those hired far from it.`,
          `ランウェイは${runway.toFixed(1)}四半期です。フルリモートを続けます。出社に戻すと離職が増え、遠方で採用した人にも都市部の給与が必要になります。`,
        ),
      });
    return 'remote';
  }
  if (from === 'office')
    reasons.push({
      topic: 'trends.workPolicy',
      text: text(
        'Everyone is in the office five days a week: with two days at home about a third fewer people quit and output holds, in a quarter less space; coordination across teams takes somewhat longer, and the space handed back is paid for one more quarter.',
        '全員が週5日出社しています。週2日の在宅にすれば離職は約3分の1減り、成果は変わらず、オフィスも4分の1少なくて済みます。チーム間の調整にはやや時間がかかり、返すオフィスの費用はもう1四半期かかります。',
      ),
    });
  if (from === 'remote')
    reasons.push({
      topic: 'trends.workPolicy',
      text: text(
        'Everyone works from home: three shared days a week cut the time coordination across teams takes, let juniors learn from their team and keep more of them; calling people back costs some quits this quarter.',
        '全員が在宅勤務です。週3日の出社でチーム間の調整時間が減り、ジュニアはチームから学べて定着しやすくなります。出社への切り替えで今四半期は離職が少し増えます。',
      ),
    });
  return 'hybrid';
}

function scoringSum(w: Observation['scenario']['scoring']): number {
  return w.business + w.delivery + w.reliability + w.people + w.cost + w.stakeholders;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The balance lab's responsive reference (reads only what a player sees; see observe.ts). */
export const referencePolicy = reasonedPolicy('reference', referenceDecide, referenceChoice);
