/**
 * The business this quarter: competitiveness from what was delivered against the market's
 * expectation, new bookings, expansion and churn, customers, satisfaction and revenue.
 */
import {
  competitivenessChange,
  csatChange,
  revenueFlows,
  type RevenueFlows,
} from '../model/business';
import { expectedFeatures } from '../model/growth';
import { CYCLE_EFFECTS } from '../model/market';
import { breachReach } from '../model/security';
import { uniform } from '../rng';
import type { CapacityOutcome } from './capacity';
import type { QuarterContext } from './context';
import type { DeliveryOutcome } from './delivery';
import type { BreachOutcome } from './security';
import { clamp } from '../math';

export interface BusinessOutcome {
  /** feature points the market expects this quarter */
  expectedFeatures: number;
  competitivenessEnd: number;
  flows: RevenueFlows;
  /** ARR lost to customers leaving after a breach */
  breachChurn: number;
  arrEnd: number;
  customersEnd: number;
  csatEnd: number;
  /** the quarter's revenue: the average of starting and ending ARR, a quarter of it */
  revenue: number;
}

export function businessFlows(
  q: QuarterContext,
  delivery: DeliveryOutcome,
  cap: CapacityOutcome,
  breach: BreachOutcome,
): BusinessOutcome {
  const { s, scenario, quarter } = q;
  const m = scenario.market;
  const expected = expectedFeatures(scenario, quarter);
  const featureRatio = cap.features / expected;
  const dataShare = q.T.icsByRole[3] / Math.max(1, q.org.ics);
  const compEnd = clamp(
    s.competitiveness + competitivenessChange(featureRatio, q.alloc.innovation, dataShare),
    0,
    100,
  );
  const flows = revenueFlows(
    s.arr,
    m.newArrPerQuarter,
    quarter,
    m.demandGrowthPerQuarter,
    s.competitiveness,
    s.csat,
    m.churnPerQuarter,
    m.expansionPerQuarter,
    breach.posture,
    CYCLE_EFFECTS[s.marketCycle],
  );
  // Sales execution varies: bookings land +-40% around the model's expectation.
  if (q.draws) flows.newArr *= 0.6 + 0.8 * uniform(q.draws.get('bookings'));
  // A breach's customers and revenue lost, and the satisfaction it costs, scale with how far
  // it reached: the vulnerability backlog it found (model/security.ts breachReach).
  const breaches = breach.breaches * breachReach(s.debt.security);
  const breachChurn = breaches * 0.03 * s.arr;
  const arrEnd = Math.max(0, s.arr + flows.newArr + flows.expansion + flows.churn - breachChurn);
  const arrPerCustomer = s.arr / Math.max(1, s.customers);
  // Without revenue per customer to go by (ARR worn down to nothing) no customer count follows.
  const won = arrPerCustomer > 0 ? flows.newArr / arrPerCustomer : 0;
  const customersEnd = Math.max(
    1,
    s.customers +
      (Number.isFinite(won) ? won : 0) -
      s.customers * (flows.churnRate * 0.8 + breaches * 0.03),
  );
  const csatEnd = clamp(
    s.csat +
      csatChange(s.csat, delivery.sloAttainment, delivery.incidents.sev1, s.competitiveness) -
      10 * breaches,
    0,
    100,
  );
  return {
    expectedFeatures: expected,
    competitivenessEnd: compEnd,
    flows,
    breachChurn,
    arrEnd,
    customersEnd,
    csatEnd,
    revenue: (s.arr + arrEnd) / 8,
  };
}
