/**
 * Each headline metric's change split into its drivers (model/drivers.ts names them); the
 * parts add up to the change exactly.
 */
import { DEBT_TAX_PER_CODE_POINT, DEBT_TAX_PER_INFRA_POINT } from '../model/debt';
import { productParts } from '../model/drivers';
import type { MetricId } from '../types';
import type { QuarterContext, QuarterOutcomes } from './context';

/** a[k] - b[k] for each k (drivers of an additive metric). */
function differences(a: readonly number[], b: readonly number[]): number[] {
  const out = a.slice();
  for (let k = 0; k < out.length; k++) out[k] = (a[k] ?? 0) - (b[k] ?? 0);
  return out;
}

export function metricDrivers(
  q: QuarterContext,
  o: QuarterOutcomes,
  cloudFactors: number[],
): Partial<Record<MetricId, number[]>> {
  const { s, prev } = q;
  const last = prev.last;
  const { costs: c, business: biz, debt, work } = o;
  const after = o.afterEffects;
  const flows = biz.flows;
  const cd = debt.code;
  const engParts = work.engagementParts;
  const codeEnd = debt.codeEnd;
  const engagementEnd = work.engagementEnd;
  return {
    featuresDelivered: productParts(prev.factors.features, o.capacity.factors),
    cloudCost: productParts(prev.factors.cloud, cloudFactors),
    cash: [
      biz.revenue,
      0 - c.payroll,
      0 - c.contractors,
      0 - c.workspace,
      0 - c.hiringAndLeavers,
      0 - c.programmes,
      0 - c.cloud,
      0 - c.otherCogs,
      0 - c.otherOpex,
      0 - c.incidents,
      0 - c.choices,
      o.randomEvents.financing,
    ],
    arr: [flows.newArr, flows.expansion, flows.churn - biz.breachChurn, after.arr - last.arr],
    techDebt: [
      after.techDebt - last.techDebt + (s.debt.code - codeEnd),
      cd.featureWork,
      cd.aiAssistants,
      cd.paydown,
      cd.knowledgeLoss,
      debt.handoverDebt,
      codeEnd - debt.codeRaw,
    ],
    debtTax: [
      DEBT_TAX_PER_CODE_POINT * (s.debt.code - last.techDebt),
      DEBT_TAX_PER_INFRA_POINT * (debt.infraEnd - last.infraDebt),
    ],
    changeFailureRate: differences(o.delivery.cfrParts, prev.factors.cfr),
    engagement: [
      after.engagement - last.engagement + (s.engagement - engagementEnd),
      ...engParts,
      engagementEnd - (after.engagement + work.engagementChange),
    ],
    headcount: [
      o.moves.arrivals,
      0 - work.leavers,
      0 - o.moves.laidOff,
      0 - o.randomEvents.departures,
    ],
    boardConfidence: [
      0.35 * (s.trust.ceo - last.trustCeo),
      0.3 * (s.trust.cfo - last.trustCfo),
      0.1 * (s.trust.cto - last.trustCto),
      0.15 * (s.trust.cpo - last.trustCpo),
      0.1 * (s.trust.hr - last.trustHr),
    ],
  };
}
