/**
 * The reference policy of the balance lab: a thoughtful VPoE who reads only what a player sees
 * (observe.ts) and responds to it, with a reason for every adjustment. It is not optimal; it
 * is the yardstick a fixed plan must lose to (issue 11 targets, docs/model.md "Balance").
 */
import type { Decisions, Game, StaffLine } from '../types';
import { kpiOf, observe, staffOf, type Observation } from './observe';
import { referenceChoice } from './reference-answers';
import { reasonedPolicy, text, type Reason, type ReasonedDecisions } from './reasoned';

/** Steady growth: 8% a quarter keeps mentoring load near a fifth of the seniors. */
const STEADY_GROWTH = 0.08;
/** Contractors kept for flexibility once a larger bench is wound down. */
const CONTRACTOR_TARGET = 2;
/** A bench this much above the target is worth an exit plan while it winds down. */
const EXIT_PLAN_BENCH = 10;
/**
 * The reference's own pace for winding a bench down, a practitioner's rule of thumb rather than
 * the model's: a seat plus a fifth of the bench a quarter (a few work packages at a time, each
 * with shadowing), a quarter of it when the vendor documents and shadows under an exit plan.
 */
const BENCH_EXIT_SHARE = 0.2;
const BENCH_EXIT_SHARE_WITH_PLAN = 0.25;
/** Runway (quarters) below which the reference stops growing and saves money. */
const RUNWAY_TIGHT = 8;
/** Runway (quarters) above which it can afford to grow faster when the product lags. */
const RUNWAY_COMFORTABLE = 14;
/** Exhaustion above which it stops adding newcomers (they load the tired seniors). */
const EXHAUSTION_HIGH = 60;
/** Change failure rate above which it invests more in tests and review. */
const CHANGE_FAILURE_HIGH = 0.2;

function allocationFor(o: Observation, reasons: Reason[]): Decisions['allocation'] {
  const a = { features: 62, debtPaydown: 18, reliability: 10, security: 6, innovation: 4 };
  const shift = (to: 'debtPaydown' | 'reliability' | 'security', points: number) => {
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
  if (
    o.warnings.has('error-budget-spent') ||
    o.warnings.has('release-freeze') ||
    kpiOf(o, 'incidents') >= 3
  ) {
    shift('reliability', 6);
    reasons.push({
      topic: 'allocation.reliability',
      text: text(
        `${kpiOf(o, 'incidents')} incidents and the error budget under pressure: 6 more points to reliability work.`,
        `障害${kpiOf(o, 'incidents')}件、エラーバジェットも逼迫しています。信頼性の作業へ6ポイント追加します。`,
      ),
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
  const lagging = kpiOf(o, 'growth') < 0.2 && runway > RUNWAY_COMFORTABLE;
  const rate = lagging ? STEADY_GROWTH * 1.6 : STEADY_GROWTH;
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
    text: lagging
      ? text(
          `Growth is ${pct(kpiOf(o, 'growth'))} a year and the runway is long: hire ${n} (about 13% a quarter), 60% seniors.`,
          `成長率は年${pct(kpiOf(o, 'growth'))}、ランウェイは十分です。${n}名(四半期約13%)を採用し、6割をシニアにします。`,
        )
      : text(
          `Grow steadily: ${n} product engineers (about 8% a quarter) keep mentoring load manageable.`,
          `着実に成長します。プロダクトエンジニア${n}名(四半期約8%)ならメンタリングの負担が保てます。`,
        ),
  });
  return lines;
}

function contractorsFor(
  o: Observation,
  reasons: Reason[],
): { contractors: number; exitPlan: string[] } {
  const s = o.scenario;
  const target = Math.min(CONTRACTOR_TARGET, s.limits.maxContractors);
  const last = o.org.contractors;
  if (last <= target) return { contractors: target, exitPlan: [] };
  const plan = s.riskRegister.find((r) => r.mitigates === 'vendor');
  const withPlan = plan !== undefined && last - target > EXIT_PLAN_BENCH;
  const pace = 1 + (withPlan ? BENCH_EXIT_SHARE_WITH_PLAN : BENCH_EXIT_SHARE) * last;
  const contractors = Math.max(target, last - Math.floor(pace));
  reasons.push({
    topic: 'budget.contractors',
    text: text(
      `Wind the contractor bench down gradually (${last} to ${contractors}) so their knowledge is handed over${withPlan ? ', with an exit plan' : ''}.`,
      `業務委託を段階的に減らし(${last}名→${contractors}名)、知識を引き継ぎます${withPlan ? '(出口計画あり)' : ''}。`,
    ),
  });
  return { contractors, exitPlan: withPlan && plan ? [plan.id] : [] };
}

function referenceDecide(game: Game): ReasonedDecisions {
  const o = observe(game);
  const s = o.scenario;
  const reasons: Reason[] = [];
  const allocation = allocationFor(o, reasons);
  const hiring = hiringFor(o, reasons);
  const tight = kpiOf(o, 'runwayQuarters') < RUNWAY_TIGHT || o.warnings.has('runway-short');
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
        `マネージャー1人あたり${span.toFixed(1)}人を見ています。経験あるシニア${promoteManagers}名をEMに昇格し、6〜8人に戻します。`,
      ),
    });

  const initiatives = s.initiatives
    .map((i) => i.id)
    .filter((id) => o.previous.initiatives.includes(id));
  if (initiatives.length === 0) {
    const slow = kpiOf(o, 'leadTimeDays') > 5 || kpiOf(o, 'deployFrequency') < 0.5;
    const start =
      s.initiatives.find((i) => i.id === 'infra-as-code') ?? (slow ? s.initiatives[0] : undefined);
    if (start && (slow || o.warnings.has('debt-tax-high')) && o.quartersLeft > 4 && !tight) {
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

  const risk = s.riskRegister
    .filter((r) => r.mitigates === 'breach' || r.mitigates === 'key-person')
    .map((r) => r.id);
  const exit = contractorsFor(o, reasons);
  for (const id of exit.exitPlan) risk.push(id);

  const pay = tight ? 0 : attrition ? 6 : 3;
  if (attrition)
    reasons.push({
      topic: 'talent.payAdjustmentPct',
      text: text(
        `Attrition is ${pct(kpiOf(o, 'attritionRate'))} a year: pay ${pay}% above market and more 1-on-1s.`,
        `離職率が年${pct(kpiOf(o, 'attritionRate'))}です。給与を市場比+${pay}%にし、1on1を増やします。`,
      ),
    });
  if (tight)
    reasons.push({
      topic: 'budget',
      text: text(
        'Money is tight: pay at market, FinOps rightsizing on, no pay premium.',
        '資金が厳しいため、給与は市場水準、FinOpsの適正化を実施します。',
      ),
    });
  if (fragile)
    reasons.push({
      topic: 'process',
      text: text(
        `Change failure rate ${pct(kpiOf(o, 'changeFailureRate'))}: more test automation and stricter review.`,
        `変更失敗率${pct(kpiOf(o, 'changeFailureRate'))}。テスト自動化を増やし、レビューを厳しくします。`,
      ),
    });
  const cloudRising = (o.kpiDelta.cloudCost ?? 0) > 0.05 * kpiOf(o, 'cloudCost');
  const freeze = calm && o.quarter >= 4;

  const decisions: Decisions = {
    org: {
      teamSizeTarget: Math.min(7, s.limits.maxTeamSize),
      platformTeam: true,
      enablingTeam: o.org.headcount >= 40,
      promotionsToManager: promoteManagers,
      promotionsToStaff: 0,
    },
    process: {
      ciCd: 2,
      testAutomation: fragile ? 3 : 2,
      codeReview: fragile ? 2 : 1,
      postmortems: true,
      documentation: 2,
    },
    talent: {
      hiring,
      payAdjustmentPct: pay,
      training: tight ? 1 : 2,
      careerLadder: true,
      layoffs: [],
    },
    allocation,
    initiatives,
    budget: {
      rightsizing: tight || cloudRising,
      commitmentCoverage: 0.5,
      contractors: exit.contractors,
      tools: { observability: true, ci: true, securityScanning: true },
      sourcing: 'commercial',
    },
    coaching: { oneOnOnes: attrition ? 3 : 2, leadershipTraining: 1 },
    riskMitigations: risk,
    trends: {
      aiAdoption: 0.5,
      aiGuardrails: 2,
      workPolicy: 'hybrid',
      chaosEngineering: calm,
      sloTarget: 0.999,
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

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The balance lab's responsive reference (reads only what a player sees; see observe.ts). */
export const referencePolicy = reasonedPolicy('reference', referenceDecide, referenceChoice);
