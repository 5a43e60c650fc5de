/**
 * The quarter's cost lines. Cash moves by exactly revenue - these costs + financing; the
 * lines are the cash driver's parts (drivers.ts, CASH_DRIVERS).
 */
import { programmeCost } from '../model/budget';
import type { CloudBill } from '../model/cloud';
import { SOURCING_COST, workspaceShare } from '../model/people';
import { otherOpex as salesOrgOpex } from '../model/sales-org';
import type { QuarterContext } from './context';
import type { CapacityOutcome } from './capacity';
import type { DeliveryOutcome } from './delivery';
import type { BreachOutcome } from './security';
import type { StaffMoves } from './staff-moves';
import type { WorkforceOutcome } from './workforce';

export interface CostLines {
  payroll: number;
  contractors: number;
  /** desks and offices, or remote stipends (people.ts, WORKSPACE_SHARE) */
  workspace: number;
  /** sourcing, recruiting fees, severance and the cost of leavers */
  hiringAndLeavers: number;
  /** training, tools, coaching, process and the funded risk mitigations */
  programmes: number;
  cloud: number;
  otherCogs: number;
  otherOpex: number;
  /** downtime, breaches and random events */
  incidents: number;
  /** cash effects of the player's choices (negative: money came in) */
  choices: number;
  total: number;
}

export function costLines(
  q: QuarterContext,
  moves: StaffMoves,
  cap: CapacityOutcome,
  work: WorkforceOutcome,
  delivery: DeliveryOutcome,
  breach: BreachOutcome,
  bill: CloudBill,
  revenue: number,
  eventCost: number,
): CostLines {
  const { d, T } = q;
  const m = q.scenario.market;
  const payroll = (T.annualCost / 4) * q.payMult;
  const contractorCost = (q.contractors * m.contractorAnnualCost) / 4;
  const workspace =
    (T.headcount * workspaceShare(q.s.workPolicy, d.trends.workPolicy) * m.annualCost.senior) / 4;
  // Sourcing (job ads, recruiter time) is paid while requisitions are open.
  const sourcingCost = cap.requisitions * SOURCING_COST * m.annualCost.senior;
  const hiringAndLeavers =
    sourcingCost + moves.recruitingCost + moves.severanceCost + work.leaverCost;
  const programmes = programmeCost(
    d,
    T.headcount,
    T.managers,
    m.annualCost.senior,
    q.mitig.cost,
    payroll,
    bill.bill,
    q.org.streamTeams,
  );
  const otherCogs = m.otherCogsShare * revenue;
  const otherOpex = salesOrgOpex(q.scenario, revenue, q.s.salesOrgScale);
  const downtimeCost = delivery.incidents.downtime * m.downtimeCostPerMinute;
  const incidentCosts = downtimeCost + breach.loss + eventCost;
  const choiceCost = -q.fx.cash;
  return {
    payroll,
    contractors: contractorCost,
    workspace,
    hiringAndLeavers,
    programmes,
    cloud: bill.bill,
    otherCogs,
    otherOpex,
    incidents: incidentCosts,
    choices: choiceCost,
    total:
      payroll +
      contractorCost +
      workspace +
      hiringAndLeavers +
      programmes +
      bill.bill +
      otherCogs +
      otherOpex +
      incidentCosts +
      choiceCost,
  };
}
