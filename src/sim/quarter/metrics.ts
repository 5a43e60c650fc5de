/**
 * The quarter's headline metrics from its phases' outcomes. Trust and board confidence are
 * filled in by updateTrust, which reacts to the rest.
 */
import { pow4 } from '../math';
import { budgetUse } from '../model/budget';
import { debtTax } from '../model/debt';
import type { QuarterMetrics } from '../types';
import type { QuarterContext, QuarterOutcomes } from './context';

/**
 * Runway when costs are within revenue: the company is not burning cash, so cash lasts without
 * limit. Kept finite for the charts and the warnings that compare it; shown as "not burning cash",
 * never as a count of quarters (the 'runway' KPI unit).
 */
export const RUNWAY_NOT_BURNING = 99;

/** Net burn per net new ARR (Sacks 2020); 99 when ARR did not grow. */
function burnMultiple(netBurn: number, netNewArr: number): number {
  return netNewArr > 0 ? Math.min(99, netBurn / netNewArr) : 99;
}

export function quarterMetrics(q: QuarterContext, o: QuarterOutcomes): QuarterMetrics {
  const { s, T, org } = q;
  const { delivery, business: biz, costs: c, randomEvents: ev } = o;
  const revenue = biz.revenue;
  const costs = c.total;
  const cashEnd = o.cashEnd;
  const arrEnd = biz.arrEnd;
  const flows = biz.flows;
  const leavers = o.work.leavers + ev.departures;
  const infraEnd = o.debt.infraEnd;
  const endHeadcount = T.headcount - (q.draws ? o.work.leavers + ev.departures : o.work.leavers);
  return {
    cash: cashEnd,
    arr: arrEnd,
    revenue,
    costs,
    financing: ev.financing,
    growth: ev.growth,
    nrr: pow4(1 + flows.expansionRate - flows.churnRate),
    grossMargin: revenue > 0 ? (revenue - o.bill.bill - c.otherCogs) / revenue : 0,
    burn: Math.max(0, costs - revenue),
    runwayQuarters:
      costs > revenue
        ? Math.min(RUNWAY_NOT_BURNING, Math.max(0, cashEnd) / (costs - revenue))
        : RUNWAY_NOT_BURNING,
    burnMultiple: costs > revenue ? burnMultiple(costs - revenue, arrEnd - o.afterEffects.arr) : 0,
    ruleOf40: 100 * ev.growth + (revenue > 0 ? (100 * (revenue - costs)) / revenue : -100),
    customers: biz.customersEnd,
    csat: biz.csatEnd,
    competitiveness: s.competitiveness,
    featuresDelivered: o.capacity.features,
    capacity: o.capacity.capacity,
    headcount: endHeadcount,
    teams: org.teams,
    avgTeamSize: org.avgTeamSize,
    spanOfControl: org.span,
    hires: o.moves.arrivals,
    leavers,
    attritionRate: 1 - pow4(1 - leavers / Math.max(1, o.work.headcountStart)),
    engagement: s.engagement,
    exhaustion: o.work.exhaustionEnd,
    debtTax: debtTax(s.debt.code, infraEnd),
    techDebt: s.debt.code,
    infraDebt: infraEnd,
    securityDebt: o.debt.securityEnd,
    deployFrequency: delivery.deploysPerDay,
    leadTimeDays: delivery.leadTimeDays,
    changeFailureRate: delivery.changeFailureRate,
    mttrHours: delivery.mttrHours,
    incidents: q.draws ? delivery.incidents.count : delivery.incidentRate,
    sev1Incidents: delivery.incidents.sev1,
    downtimeMinutes: delivery.incidents.downtime,
    sloAttainment: delivery.sloAttainment,
    errorBudgetUsed: delivery.errorBudgetUsed,
    breachRisk: o.breach.probability,
    breaches: o.breach.breaches,
    cloudCost: o.bill.bill,
    cloudWaste: s.cloud.waste,
    // Everything engineering spends, contractors included, per employed engineer: times the
    // head count it is the whole engineering spend (the score's R&D share counts it all).
    costPerEngineer: (c.payroll + c.contractors + c.programmes) / Math.max(1, endHeadcount),
    // The same spend over the quarter's revenue, against the envelope agreed with the CFO: the
    // dashboard shows it, the CFO reacts to it (stakeholders.ts).
    budgetUse: budgetUse(c.payroll + c.contractors + c.programmes, revenue, q.scenario),
    boardConfidence: 0,
    trustCeo: 0,
    trustCfo: 0,
    trustCto: 0,
    trustCpo: 0,
    trustHr: 0,
  };
}
