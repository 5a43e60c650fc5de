/**
 * The quarter's engineering capacity and feature output: a product of factors, each of which
 * the report shows as a driver (drivers.ts, FEATURE_FACTORS).
 */
import { openSourceUpkeep, processOverhead, rightsizingUpkeep } from '../model/budget';
import {
  aiFactor,
  crossTeamOverhead,
  engagementFactor,
  flowFactor,
  reformCost,
  reworkShare,
  teamOverhead,
} from '../model/delivery';
import { debtTax } from '../model/debt';
import { ENABLING_MENTORING_SHARE, ENABLING_TEAM_SIZE } from '../model/enabling';
import {
  CONTRACTOR_MENTORING,
  NEW_SEAT_OUTPUT,
  handoverFactor,
  knowledgeGap,
  newContractorSeats,
  vendorCoordination,
} from '../model/handover';
import { candidateSupply, interviewLoad } from '../model/people';
import { idleStaffLeverage } from '../model/staff';
import type { QuarterContext } from './context';
import type { DeliveryOutcome } from './delivery';
import { runningInitiatives } from './initiatives';

/** Share of capacity each running architecture initiative takes. */
export const INITIATIVE_SHARE = 0.06;

export interface CapacityOutcome {
  /** the feature-output factors, in FEATURE_FACTORS order */
  factors: number[];
  /** engineer-quarters available for any work, senior units */
  capacity: number;
  /** feature points delivered */
  features: number;
  /** capacity the newcomers' mentoring takes */
  mentoring: number;
  /** capacity if everyone were ramped up */
  poolRamped: number;
  /** requisitions opened this quarter (within the scenario's limit) */
  requisitions: number;
  /** contractor seats whose knowledge was not handed over */
  handoverGap: number;
  /** share of time the process and programme levers take (budget.ts, processOverhead) */
  programmes: number;
}

export function featureCapacity(q: QuarterContext, delivery: DeliveryOutcome): CapacityOutcome {
  const { s, d, T, org } = q;
  const caps = s.capabilities;
  const aF = q.alloc.features;
  // New contractor seats work at half speed this quarter and take some mentoring (handover.ts).
  const newSeats = newContractorSeats(s.contractors, q.contractors);
  const excluded = org.platformTeam ? 1 : -1;
  let poolRamped = 0.7 * q.contractors;
  let poolActual = 0.7 * (q.contractors - (1 - NEW_SEAT_OUTPUT) * newSeats);
  for (let r = 0; r < 4; r++) {
    if (r === excluded) continue;
    poolRamped += T.rampedByRole[r as 0];
    poolActual += T.actualByRole[r as 0];
  }
  if (org.enablingTeam) {
    poolRamped -= ENABLING_TEAM_SIZE;
    poolActual -= ENABLING_TEAM_SIZE;
  }
  // Staff engineers beyond the cross-team work there is produce like seniors (staff.ts).
  const idleLeverage = idleStaffLeverage(T.staffEngineers, org.teams);
  poolRamped -= idleLeverage;
  poolActual -= idleLeverage;
  poolRamped = Math.max(0.5, poolRamped);
  const mentoring =
    (T.mentoring + CONTRACTOR_MENTORING * newSeats) *
    (1 - ENABLING_MENTORING_SHARE * org.enablingReach);
  poolActual = Math.max(0.1 * poolRamped, poolActual - mentoring);
  const reqs = Math.min(sumCounts(d.talent.hiring), q.scenario.limits.maxHiresPerQuarter);
  const running = runningInitiatives(q);
  const programmes = processOverhead(d, org.platformTeam, T.managers / Math.max(1, T.headcount));
  const overhead = Math.min(
    0.6,
    programmes +
      interviewLoad(reqs, candidateSupply(T.headcount, s.hiringMarket, d.trends.workPolicy)) /
        poolRamped +
      INITIATIVE_SHARE * running +
      openSourceUpkeep(d) / poolRamped +
      rightsizingUpkeep(d) / poolRamped +
      vendorCoordination(q.contractors, poolRamped),
  );
  // Contractors cut faster than their knowledge can be handed over leave a gap (handover.ts).
  const gap = knowledgeGap(
    s.handoverGap,
    s.contractors,
    q.contractors,
    caps.documentation,
    q.mitig.vendor,
  );
  const F = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  F[0] = poolRamped;
  F[1] = poolActual / poolRamped;
  F[2] =
    (1 - teamOverhead(org.avgTeamSize)) *
    (1 - crossTeamOverhead(org.teams, d.trends.workPolicy)) *
    (1 - reformCost(q.prev.last.teams, org.teams));
  F[3] = engagementFactor(s.engagement, s.exhaustion);
  F[4] = aiFactor(
    d.trends.aiAdoption,
    q.aiGuard,
    T.juniors / Math.max(1, T.headcount),
    s.debt.code,
  );
  F[5] = 1 - debtTax(s.debt.code, s.debt.infra);
  F[6] = 1 - overhead;
  F[12] = handoverFactor(gap, poolRamped);
  const capacity = F[0] * F[1] * F[2] * F[3] * F[4] * F[5] * F[6] * F[12];
  F[7] = aF;
  F[8] = 1 - reworkShare(delivery.changeFailureRate, s.debt.security);
  const featureCap = capacity * aF * F[8];
  const incidentWork = delivery.incidents.work;
  F[9] = featureCap > 0 ? 1 - Math.min(0.5, incidentWork / featureCap) : 1;
  F[10] = flowFactor(caps.ciCd, caps.testAutomation);
  F[11] = q.fx.featureCapacity;
  let features = 1;
  for (let k = 0; k < 13; k++) features *= F[k] ?? 1;
  return {
    factors: F,
    capacity,
    features,
    mentoring,
    poolRamped,
    requisitions: reqs,
    handoverGap: gap,
    programmes,
  };
}

function sumCounts(lines: readonly { count: number }[]): number {
  let n = 0;
  for (const l of lines) n += l.count;
  return n;
}
