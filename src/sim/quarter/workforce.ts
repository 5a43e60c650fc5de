/**
 * People this quarter: engagement and exhaustion move, people resign, new requisitions open,
 * managers grow or slip with coaching and span, and the employer brand follows.
 */
import {
  attritionProbability,
  candidateSupply,
  fillRate,
  ladderQuits,
  engagementChange,
  exhaustionChange,
  managerEffectivenessChange,
  offerAcceptance,
  payAppeal,
  payPosition,
  returnsToOffice,
  workloadPressure,
} from '../model/people';
import type { CapacityOutcome } from './capacity';
import type { QuarterContext } from './context';
import type { DeliveryOutcome } from './delivery';
import type { StaffMoves } from './staff-moves';
import { applyAttrition, openRequisitions } from './turnover';
import { clamp } from '../math';

export interface WorkforceOutcome {
  /** head count after the staff moves, before leavers */
  headcountStart: number;
  /** engagement change by driver (ENGAGEMENT_DRIVERS order) */
  engagementParts: number[];
  engagementChange: number;
  engagementEnd: number;
  exhaustionEnd: number;
  leavers: number;
  seniorLeavers: number;
  leaverCost: number;
}

export function workforceChanges(
  q: QuarterContext,
  moves: StaffMoves,
  delivery: DeliveryOutcome,
  cap: CapacityOutcome,
): WorkforceOutcome {
  const { s, d, T, alloc } = q;
  const headcountStart = T.headcount;
  const position = payPosition(d.talent.payAdjustmentPct, s.hiringMarket);
  const engParts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const engDelta = engagementChange(
    {
      engagement: s.engagement,
      exhaustion: s.exhaustion,
      payPosition: position,
      payCut: Math.max(0, s.payAdjustmentPct - d.talent.payAdjustmentPct),
      managerEffectiveness: s.managerEffectiveness,
      training: d.talent.training,
      workPolicy: d.trends.workPolicy,
      innovationShare: alloc.innovation,
      layoffShare: moves.laidOff / Math.max(1, headcountStart + moves.laidOff),
      codeDebt: s.debt.code,
      majorIncidents: delivery.incidents.major,
      promotions: moves.promotions,
      headcount: headcountStart,
      newcomerShare: T.newcomers / Math.max(1, headcountStart),
    },
    engParts,
  );
  const engagementEnd = clamp(s.engagement + engDelta, 0, 100);
  const incidentWork = delivery.incidents.work;
  const pressure = workloadPressure(
    alloc.features,
    s.commitments.length,
    cap.capacity > 0 ? incidentWork / cap.capacity : 0,
    cap.mentoring / cap.poolRamped,
    alloc.freeze,
    cap.programmes,
  );
  const exhaustionEnd = clamp(s.exhaustion + exhaustionChange(s.exhaustion, pressure), 0, 100);
  // Each level's quits: work policy by level (people.ts, WORK_POLICY_QUITS); a career ladder
  // keeps seniors and staff engineers, more where more managers decide promotions (ladderQuits).
  const ladder = ladderQuits(d.talent.careerLadder, s.hiringMarket, T.managers);
  const rto = returnsToOffice(s.workPolicy, d.trends.workPolicy);
  const pLeave = [0, 1, 2, 3].map(
    (level) =>
      attritionProbability(
        s.engagement,
        q.prev.exhaustion,
        position,
        d.trends.workPolicy,
        s.hiringMarket,
        s.managerEffectiveness,
        rto,
        level,
      ) * (level === 1 || level === 2 ? ladder : 1),
  );
  const att = applyAttrition(
    s.staff,
    pLeave,
    q.draws ? q.draws.get('attrition') : null,
    q.annualCost,
    q.payMult,
  );
  const acceptance = offerAcceptance(
    q.scenario.market.offerAcceptance,
    position,
    s.brand,
    s.hiringMarket,
    d.trends.workPolicy,
  );
  const reqs = cap.requisitions;
  const supply = candidateSupply(headcountStart, s.hiringMarket, d.trends.workPolicy);
  // Openings beyond the supply take longer to fill: fewer start next quarter.
  const soonShare = 0.7 - 0.3 * Math.min(1, Math.max(0, reqs / supply - 1));
  if (q.draws && reqs > 0)
    openRequisitions(
      s.pipeline,
      d.talent.hiring,
      reqs,
      acceptance * fillRate(reqs, supply),
      soonShare,
      q.quarter,
      q.draws.get('hiring'),
    );
  s.managerEffectiveness = clamp(
    s.managerEffectiveness +
      managerEffectivenessChange(
        s.managerEffectiveness,
        d.coaching.oneOnOnes,
        d.coaching.leadershipTraining,
        q.org.span,
      ),
    0,
    1,
  );
  // Brand follows engagement, pay and layoffs slowly.
  s.brand = clamp(
    s.brand + 0.1 * (engagementEnd - 55) + 2 * payAppeal(position) - (moves.laidOff > 0 ? 4 : 0),
    0,
    100,
  );
  return {
    headcountStart,
    engagementParts: engParts,
    engagementChange: engDelta,
    engagementEnd,
    exhaustionEnd,
    leavers: att.leavers,
    seniorLeavers: att.seniorLeavers,
    leaverCost: att.leaverCost,
  };
}
