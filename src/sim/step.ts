/**
 * The pure quarter step: (scenario, state, decisions, draws) -> (state', metrics, drivers).
 * With draws = null it runs on expected values (no draws, no events): used for the live
 * projection and for the quarter-0 baseline. The step owns a fresh copy of every stock it
 * changes; the input state is never mutated.
 */
import type { RngStreams } from './rng';
import type { Decisions, EventRecord, MetricId, QuarterMetrics, Scenario, SimState } from './types';
import { capabilityInvestment, nextCapabilities } from './model/capabilities';
import { cloudBill, nextCommittedUsage, nextWaste } from './model/cloud';
import { chanceOf, resolveRisk } from './model/chance';
import { applyEffects, type EffectTotals } from './model/effects';
import { expectedFeatures } from './model/growth';
import { staffTotals } from './model/staff';
import { businessFlows } from './quarter/business';
import { featureCapacity } from './quarter/capacity';
import type { QuarterContext, QuarterOutcomes, WorkAllocation } from './quarter/context';
import { debtChanges } from './quarter/debt';
import { deliverAndOperate } from './quarter/delivery';
import { progressInitiatives } from './quarter/initiatives';
import { costLines } from './quarter/ledger';
import { metricDrivers } from './quarter/metric-drivers';
import { quarterMetrics } from './quarter/metrics';
import { mitigations } from './quarter/mitigations';
import { orgShape, workAllocation } from './quarter/org-shape';
import { randomEvents } from './quarter/random-events';
import { drawBreach } from './quarter/security';
import { applyStaffMoves } from './quarter/staff-moves';
import { updateTrust } from './quarter/trust';
import { workforceChanges } from './quarter/workforce';
import { clamp } from './math';
import { nextSalesOrgScale } from './model/sales-org';

// Expected feature points per quarter live in model/growth.ts (memoised); kept importable from here.
export { expectedFeatures };

export { INITIATIVE_SHARE } from './quarter/capacity';

export interface StepResult {
  state: SimState;
  metrics: QuarterMetrics;
  drivers: Partial<Record<MetricId, number[]>>;
  events: EventRecord[];
  /** the quarter's work shares as the step used them (after an error-budget freeze) */
  work: WorkAllocation;
}

/**
 * A fresh copy of a list of records, made at one place that only ever holds objects. A copy by
 * `slice()` of an empty list would be a list of small integers to V8, and pushing the first
 * record into it changes its kind, which throws away the optimised code of whatever pushed
 * (answering a choice was compiled four times over in every batch worker).
 */
function copyRecords<T extends object>(xs: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) out.push(xs[i] as T);
  return out;
}

/**
 * A copy the step may mutate: every stock it changes is fresh. Fields are listed one by one
 * (not spread) so every state has the same hidden class: the step stays monomorphic and fast.
 */
export function copyState(p: SimState): SimState {
  const t = p.trust;
  const c = p.capabilities;
  return {
    cash: p.cash,
    arr: p.arr,
    customers: p.customers,
    csat: p.csat,
    competitiveness: p.competitiveness,
    brand: p.brand,
    trust: { ceo: t.ceo, cfo: t.cfo, cto: t.cto, cpo: t.cpo, hr: t.hr },
    commitments: p.commitments,
    staff: p.staff.slice(),
    pipeline: p.pipeline.slice(),
    engagement: p.engagement,
    exhaustion: p.exhaustion,
    managerEffectiveness: p.managerEffectiveness,
    capabilities: {
      ciCd: c.ciCd,
      testAutomation: c.testAutomation,
      observability: c.observability,
      infraAsCode: c.infraAsCode,
      securityPractice: c.securityPractice,
      documentation: c.documentation,
      srePractice: c.srePractice,
      finops: c.finops,
      aiGuardrails: c.aiGuardrails,
    },
    debt: { code: p.debt.code, infra: p.debt.infra, security: p.debt.security },
    initiatives: p.initiatives,
    cloud: {
      usage: p.cloud.usage,
      unitCost: p.cloud.unitCost,
      waste: p.cloud.waste,
      committedUsage: p.cloud.committedUsage,
    },
    hiringMarket: p.hiringMarket,
    marketCycle: p.marketCycle,
    marketPath: p.marketPath,
    releaseFreeze: p.releaseFreeze,
    delayed: copyRecords(p.delayed),
    featuresDeliveredTotal: p.featuresDeliveredTotal,
    lowConfidenceQuarters: p.lowConfidenceQuarters,
    last: p.last,
    factors: p.factors,
    drawnCards: p.drawnCards,
    contractors: p.contractors,
    handoverGap: p.handoverGap,
    payAdjustmentPct: p.payAdjustmentPct,
    workPolicy: p.workPolicy,
    locationPay: p.locationPay,
    salesOrgScale: p.salesOrgScale,
  };
}

/**
 * A state sharing every stock with `p` but with fresh `delayed` and `commitments` lists (what
 * answering a choice changes). Same field order as copyState: one hidden class.
 */
export function withNewLists(p: SimState): SimState {
  return {
    cash: p.cash,
    arr: p.arr,
    customers: p.customers,
    csat: p.csat,
    competitiveness: p.competitiveness,
    brand: p.brand,
    trust: p.trust,
    commitments: copyRecords(p.commitments),
    staff: p.staff,
    pipeline: p.pipeline,
    engagement: p.engagement,
    exhaustion: p.exhaustion,
    managerEffectiveness: p.managerEffectiveness,
    capabilities: p.capabilities,
    debt: p.debt,
    initiatives: p.initiatives,
    cloud: p.cloud,
    hiringMarket: p.hiringMarket,
    marketCycle: p.marketCycle,
    marketPath: p.marketPath,
    releaseFreeze: p.releaseFreeze,
    delayed: copyRecords(p.delayed),
    featuresDeliveredTotal: p.featuresDeliveredTotal,
    lowConfidenceQuarters: p.lowConfidenceQuarters,
    last: p.last,
    factors: p.factors,
    drawnCards: p.drawnCards,
    contractors: p.contractors,
    handoverGap: p.handoverGap,
    payAdjustmentPct: p.payAdjustmentPct,
    workPolicy: p.workPolicy,
    locationPay: p.locationPay,
    salesOrgScale: p.salesOrgScale,
  };
}

/**
 * Resolves quarter `quarter` (1-based): the phases in src/sim/quarter, in this order. Each
 * kind of draw has its own generator (rng.ts RNG_STREAMS): risks, incidents, resignations,
 * offers, a breach, bookings, events.
 */
export function stepQuarter(
  scenario: Scenario,
  prev: SimState,
  d: Decisions,
  quarter: number,
  draws: RngStreams | null,
  /** 'expected': card risks apply at their expected value, never drawn (Game.risks) */
  risks?: 'expected',
): StepResult {
  const s = copyState(prev);
  const m = scenario.market;
  const annualCost = [
    m.annualCost.junior,
    m.annualCost.senior,
    m.annualCost.staff,
    m.annualCost.manager,
  ];
  const payMult = 1 + d.talent.payAdjustmentPct / 100;
  const events: EventRecord[] = [];

  // 1. Effects of last quarter's choices and of delayed effects now due.
  const fx: EffectTotals = { cash: 0, featureCapacity: 1 };
  if (s.delayed.length > 0) {
    const keep = [];
    for (const de of s.delayed) {
      if (de.dueQuarter > quarter) keep.push(de);
      else if (!de.risk) applyEffects(s, de.effects, fx);
      else {
        // A risk taken with a choice: drawn now, from what the company looks like now.
        const chance = chanceOf(de.risk.chance, s.last, s, quarter - 1);
        const rng = draws && risks !== 'expected' ? draws.get('effects') : null;
        const r = resolveRisk(chance, de.effects, rng);
        applyEffects(s, r.effects, fx);
        if (r.happened)
          events.push({
            id: `q${quarter}-risk-${de.source}-${de.risk.entry}`,
            kind: 'risk-happened',
            params: { card: de.risk.card, option: de.risk.option, entry: de.risk.entry },
          });
      }
    }
    s.delayed = keep;
  }

  // 2. Staff moves: cohorts age, offers arrive, layoffs, promotions.
  const moves = applyStaffMoves(s, d, quarter, annualCost, payMult);
  const T = staffTotals(s.staff, annualCost, d.trends.workPolicy);
  const caps = s.capabilities;
  const q: QuarterContext = {
    scenario,
    prev,
    s,
    d,
    quarter,
    draws,
    annualCost,
    // Pay against the market (the lever) and against the hub's rates (location-based bands).
    payMult: payMult * s.locationPay,
    contractors: Math.min(d.budget.contractors, scenario.limits.maxContractors),
    T,
    // 3. Organisation shape; 4. allocation (an error-budget freeze moves feature work to reliability).
    org: orgShape(T, d),
    alloc: workAllocation(s, d),
    // A funded review/test gate applies to this quarter's generated code at once (0.25 per
    // level); the practice (capability) matures on top of it.
    aiGuard: Math.max(caps.aiGuardrails, 0.25 * d.trends.aiGuardrails),
    mitig: mitigations(scenario, d.riskMitigations),
    fx,
    events,
  };

  // 5-6. Delivery performance (DORA) from the quarter's starting capabilities and debt; incidents.
  const delivery = deliverAndOperate(q);
  // 7. Capacity and feature output (a product of factors; see drivers.ts).
  const capacity = featureCapacity(q, delivery);
  // 8. Initiatives progress (each takes INITIATIVE_SHARE of capacity, counted in overhead).
  progressInitiatives(q, capacity.capacity);
  const afterEffects = { techDebt: s.debt.code, engagement: s.engagement, arr: s.arr };
  // 9. People: engagement, exhaustion, attrition, hiring, managers.
  const work = workforceChanges(q, moves, delivery, capacity);
  // 10. Debt.
  const debt = debtChanges(q, capacity, work);
  // 11. Security.
  const breach = drawBreach(q);
  // 12. Cloud.
  const bill = cloudBill(debt.cloudUsage, s.cloud.unitCost, s.cloud.waste, s.cloud.committedUsage);
  const cloudF = [bill.usage, bill.unitCost, bill.wasteFactor, bill.commitmentFactor];
  // 13. Business.
  const business = businessFlows(q, delivery, capacity, breach);

  // 14. Stocks at the end of the quarter.
  s.arr = business.arrEnd;
  s.customers = business.customersEnd;
  s.csat = business.csatEnd;
  s.competitiveness = business.competitivenessEnd;
  s.engagement = work.engagementEnd;
  s.exhaustion = work.exhaustionEnd;
  s.debt.code = debt.codeEnd;
  s.debt.infra = debt.infraEnd;
  s.debt.security = debt.securityEnd;
  if (breach.breaches > 0 && draws) {
    s.brand = clamp(s.brand - 5, 0, 100);
    events.push({
      id: `q${quarter}-breach`,
      kind: 'breach',
      params: { cost: Math.round(breach.loss) },
    });
  }
  // 15. Random events (after the model's own draws so their order is stable); costs and cash.
  const ev = randomEvents(q, business.arrEnd);
  const costs = costLines(
    q,
    moves,
    capacity,
    work,
    delivery,
    breach,
    bill,
    business.revenue,
    ev.cost,
  );
  const cashEnd = s.cash + business.revenue - costs.total + ev.financing;
  s.cash = cashEnd;

  s.cloud.usage = debt.cloudUsage;
  // Sized on the usage just billed, before this quarter's rightsizing shows in the waste.
  s.cloud.committedUsage = nextCommittedUsage(
    s.cloud.committedUsage,
    d.budget.commitmentCoverage,
    bill.usage * bill.wasteFactor,
  );
  s.cloud.waste = nextWaste(s.cloud.waste, d.budget.rightsizing, caps.finops);
  s.capabilities = nextCapabilities(
    caps,
    capabilityInvestment(d, {
      reliabilityShare: q.alloc.reliability,
      securityShare: q.alloc.security,
      platformTeam: q.org.platformTeam,
      enablingReach: q.org.enablingReach,
      secEngShare: debt.securityEngineerShare,
    }),
  );
  // The error-budget freeze starts after an overrun and lifts after a quarter within budget.
  s.releaseFreeze = d.trends.errorBudgetPolicy === 'freeze' && delivery.errorBudgetUsed > 1;
  s.featuresDeliveredTotal += capacity.features;
  s.contractors = q.contractors;
  s.handoverGap = capacity.handoverGap;
  s.payAdjustmentPct = d.talent.payAdjustmentPct;
  s.workPolicy = d.trends.workPolicy;

  // 16. Metrics; 17. stakeholders and board; 18. drivers (parts sum exactly to each change).
  const o: QuarterOutcomes = {
    moves,
    delivery,
    capacity,
    afterEffects,
    work,
    debt,
    breach,
    bill,
    business,
    randomEvents: ev,
    costs,
    cashEnd,
  };
  const metrics: QuarterMetrics = quarterMetrics(q, o);
  // The organisation outside engineering grows with the plan, unless the runway is short.
  s.salesOrgScale = nextSalesOrgScale(
    s.salesOrgScale,
    metrics.runwayQuarters,
    s.marketCycle,
    scenario,
  );
  updateTrust(q, metrics, business.expectedFeatures);
  const drivers: Partial<Record<MetricId, number[]>> = metricDrivers(q, o, cloudF);
  s.factors = { features: capacity.factors, cloud: cloudF, cfr: delivery.cfrParts };
  s.last = metrics;
  return { state: s, metrics, drivers, events, work: q.alloc };
}
