/**
 * Delivery performance (the DORA measures) from the quarter's starting capabilities and debt,
 * and the incidents the quarter's change volume produces.
 */
import { cfrParts, deployFrequency, leadTimeDays, mttrHours } from '../model/delivery';
import { rightsizingRisk } from '../model/cloud';
import {
  errorBudgetUsed,
  incidentRate,
  QUARTER_MINUTES,
  partialRestoreFactor,
  sloRestoreFactor,
  toolRestoreFactor,
} from '../model/reliability';
import type { QuarterContext } from './context';
import { type IncidentOutcome, resolveIncidents } from './incidents';

export interface DeliveryOutcome {
  changeFailureRate: number;
  /** the change failure rate's parts (drivers.ts) */
  cfrParts: number[];
  deploysPerDay: number;
  leadTimeDays: number;
  mttrHours: number;
  /** expected incidents this quarter */
  incidentRate: number;
  incidents: IncidentOutcome;
  errorBudgetUsed: number;
  sloAttainment: number;
}

export function deliverAndOperate(q: QuarterContext): DeliveryOutcome {
  const { s, d, T, org, alloc } = q;
  const caps = s.capabilities;
  let migrationRisk = 0;
  for (const ini of s.initiatives) {
    if (ini.progress >= 1) continue;
    const def = q.scenario.initiatives.find((x) => x.id === ini.id);
    if (def) migrationRisk += def.riskWhileRunning;
  }
  const parts = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  const cfr = cfrParts(
    {
      exhaustion: s.exhaustion,
      codeDebt: s.debt.code,
      testAutomation: caps.testAutomation,
      ciCd: caps.ciCd,
      avgTeamSize: org.avgTeamSize,
      aiAdoption: d.trends.aiAdoption,
      aiGuardrails: q.aiGuard,
      codeReview: d.process.codeReview,
      migrationRisk,
    },
    parts,
  );
  const deploysPerDay = deployFrequency(caps.ciCd, s.debt.code, org.streamTeams, alloc.freeze);
  const leadTime = leadTimeDays(caps.ciCd, caps.testAutomation, s.debt.code, d.process.codeReview);
  const mttr =
    mttrHours(caps.observability, caps.srePractice, s.debt.infra) *
    sloRestoreFactor(d.trends.sloTarget) *
    toolRestoreFactor(caps.observability, d.budget.tools.observability);

  const changeVolume =
    (T.rampedByRole[0] +
      T.rampedByRole[1] +
      T.rampedByRole[2] +
      T.rampedByRole[3] +
      0.7 * q.contractors) *
    alloc.features;
  const lambda =
    incidentRate({
      changeVolume,
      deploysPerDay,
      changeFailureRate: cfr,
      infraDebt: s.debt.infra,
      srePractice: caps.srePractice,
      observability: caps.observability,
      chaosEngineering: d.trends.chaosEngineering,
      reliabilityShare: alloc.reliability,
      outageMitigated: q.mitig.outage,
    }) * rightsizingRisk(d.budget.rightsizing, s.cloud.waste, caps.finops);
  const inc = resolveIncidents(
    q.draws ? q.draws.get('incidents') : null,
    lambda,
    mttr,
    caps.observability,
    d.budget.tools.observability,
    q.quarter,
    q.events,
    partialRestoreFactor(d.trends.sloTarget),
  );
  return {
    changeFailureRate: cfr,
    cfrParts: parts,
    deploysPerDay,
    leadTimeDays: leadTime,
    mttrHours: mttr,
    incidentRate: lambda,
    incidents: inc,
    errorBudgetUsed: errorBudgetUsed(inc.downtime, d.trends.sloTarget),
    sloAttainment: 1 - inc.downtime / QUARTER_MINUTES,
  };
}
