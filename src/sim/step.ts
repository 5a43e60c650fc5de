/**
 * The pure quarter step: (scenario, state, decisions, rng) -> (state', metrics, drivers).
 * With rng = null it runs on expected values (no draws, no events): used for the live
 * projection and for the quarter-0 baseline. The step owns a fresh copy of every stock it
 * changes; the input state is never mutated.
 */
import { type Rng, uniform } from './rng';
import type { Decisions, EventRecord, MetricId, QuarterMetrics, Scenario, SimState } from './types';
import { programmeCost, processOverhead } from './model/budget';
import { competitivenessChange, csatChange, revenueFlows } from './model/business';
import { capabilityInvestment, nextCapabilities } from './model/capabilities';
import { cloudBill, nextCommittedUsage, nextWaste } from './model/cloud';
import {
  codeDebtChange,
  debtTax,
  DEBT_TAX_PER_CODE_POINT,
  DEBT_TAX_PER_INFRA_POINT,
  infraDebtChange,
  securityDebtChange,
} from './model/debt';
import {
  aiFactor,
  cfrParts,
  crossTeamOverhead,
  deployFrequency,
  engagementFactor,
  flowFactor,
  leadTimeDays,
  mttrHours,
  reworkShare,
  teamOverhead,
} from './model/delivery';
import { productParts } from './model/drivers';
import { applyEffects, type EffectTotals } from './model/effects';
import { drawEvents } from './model/events';
import {
  attritionProbability,
  engagementChange,
  exhaustionChange,
  INTERVIEW_LOAD,
  managerEffectivenessChange,
  offerAcceptance,
  SOURCING_COST,
  workloadPressure,
} from './model/people';
import { errorBudgetUsed, incidentRate, QUARTER_MINUTES } from './model/reliability';
import { breachCost, breachProbability, securityPosture } from './model/security';
import { handoverDebt, handoverFactor, knowledgeGap } from './model/handover';
import { staffTotals } from './model/staff';
import { boardConfidence, trustReactions, trustReversion } from './model/stakeholders';
import { judgeCommitments } from './quarter/commitments';
import { resolveIncidents } from './quarter/incidents';
import { mitigations } from './quarter/mitigations';
import { applyStaffMoves } from './quarter/staff-moves';
import { applyAttrition, openRequisitions } from './quarter/turnover';
import { expectedFeatures } from './model/growth';

// Expected feature points per quarter live in model/growth.ts (memoised); kept importable from here.
export { expectedFeatures };

/** Share of capacity each running architecture initiative takes. */
export const INITIATIVE_SHARE = 0.06;

export interface StepResult {
  state: SimState;
  metrics: QuarterMetrics;
  drivers: Partial<Record<MetricId, number[]>>;
  events: EventRecord[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

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
    releaseFreeze: p.releaseFreeze,
    delayed: p.delayed.slice(),
    featuresDeliveredTotal: p.featuresDeliveredTotal,
    lowConfidenceQuarters: p.lowConfidenceQuarters,
    last: p.last,
    factors: p.factors,
    drawnCards: p.drawnCards,
    contractors: p.contractors,
    handoverGap: p.handoverGap,
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
    commitments: p.commitments.slice(),
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
    releaseFreeze: p.releaseFreeze,
    delayed: p.delayed.slice(),
    featuresDeliveredTotal: p.featuresDeliveredTotal,
    lowConfidenceQuarters: p.lowConfidenceQuarters,
    last: p.last,
    factors: p.factors,
    drawnCards: p.drawnCards,
    contractors: p.contractors,
    handoverGap: p.handoverGap,
  };
}

/** Resolves quarter `quarter` (1-based). */
export function stepQuarter(
  scenario: Scenario,
  prev: SimState,
  d: Decisions,
  quarter: number,
  rng: Rng | null,
): StepResult {
  const s = copyState(prev);
  const m = scenario.market;
  const last = prev.last;
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
      if (de.dueQuarter <= quarter) applyEffects(s, de.effects, fx);
      else keep.push(de);
    }
    s.delayed = keep;
  }

  // 2. Staff moves: cohorts age, offers arrive, layoffs, promotions.
  const moves = applyStaffMoves(s, d, quarter, annualCost, payMult);
  const { arrivals, recruitingCost, laidOff, severanceCost, promotions } = moves;
  const contractors = Math.min(d.budget.contractors, scenario.limits.maxContractors);

  // 3. Organisation shape.
  const T = staffTotals(s.staff, annualCost);
  const ics = T.icsByRole[0] + T.icsByRole[1] + T.icsByRole[2] + T.icsByRole[3];
  const platformTeam = d.org.platformTeam && T.icsByRole[1] > 0;
  const enablingTeam = d.org.enablingTeam && ics >= 12;
  const streamIcs = Math.max(1, ics - (platformTeam ? T.icsByRole[1] : 0) - (enablingTeam ? 2 : 0));
  const streamTeams = Math.max(1, Math.ceil(streamIcs / d.org.teamSizeTarget));
  const avgTeamSize = streamIcs / streamTeams;
  const teams = streamTeams + (platformTeam ? 1 : 0) + (enablingTeam ? 1 : 0);
  const span = ics / Math.max(1, T.managers);
  const caps = s.capabilities;

  // 4. Allocation (an error-budget freeze moves feature work to reliability).
  const freeze = s.releaseFreeze && d.trends.errorBudgetPolicy === 'freeze';
  let aF = d.allocation.features / 100;
  let aR = d.allocation.reliability / 100;
  const aD = d.allocation.debtPaydown / 100;
  const aS = d.allocation.security / 100;
  const aI = d.allocation.innovation / 100;
  if (freeze) {
    aR += aF * 0.85;
    aF *= 0.15;
  }

  // A funded review/test gate applies to this quarter's generated code at once (0.25 per
  // level); the practice (capability) matures on top of it.
  const aiGuard = Math.max(caps.aiGuardrails, 0.25 * d.trends.aiGuardrails);

  // 5. Delivery performance (DORA) from the quarter's starting capabilities and debt.
  let migrationRisk = 0;
  for (const ini of s.initiatives) {
    const def = scenario.initiatives.find((x) => x.id === ini.id);
    if (def) migrationRisk += def.riskWhileRunning;
  }
  const cfrNew = [0, 0, 0, 0, 0, 0, 0, 0];
  const cfr = cfrParts(
    {
      codeDebt: s.debt.code,
      testAutomation: caps.testAutomation,
      ciCd: caps.ciCd,
      avgTeamSize,
      aiAdoption: d.trends.aiAdoption,
      aiGuardrails: aiGuard,
      codeReview: d.process.codeReview,
      migrationRisk,
    },
    cfrNew,
  );
  const deploysPerDay = deployFrequency(caps.ciCd, s.debt.code, streamTeams, freeze);
  const leadTime = leadTimeDays(caps.ciCd, caps.testAutomation, s.debt.code);
  const mttr = mttrHours(caps.observability, caps.srePractice, s.debt.infra);

  // 6. Incidents.
  const mitig = mitigations(scenario, d.riskMitigations);
  const changeVolume =
    (T.rampedByRole[0] +
      T.rampedByRole[1] +
      T.rampedByRole[2] +
      T.rampedByRole[3] +
      0.7 * contractors) *
    aF;
  const lambda = incidentRate({
    changeVolume,
    deploysPerDay,
    changeFailureRate: cfr,
    infraDebt: s.debt.infra,
    srePractice: caps.srePractice,
    observability: caps.observability,
    chaosEngineering: d.trends.chaosEngineering,
    reliabilityShare: aR,
    outageMitigated: mitig.outage,
  });
  const inc = resolveIncidents(rng, lambda, mttr, caps.observability, quarter, events);
  const { count: incidentCount, downtime, sev1, major: majorIncidents, work: incidentWork } = inc;
  const budgetUsed = errorBudgetUsed(downtime, d.trends.sloTarget);
  const sloAttainment = 1 - downtime / QUARTER_MINUTES;

  // 7. Capacity and feature output (a product of factors; see drivers.ts).
  const contractorCap = 0.7 * contractors;
  const excluded = platformTeam ? 1 : -1;
  let poolRamped = contractorCap;
  let poolActual = contractorCap;
  for (let r = 0; r < 4; r++) {
    if (r === excluded) continue;
    poolRamped += T.rampedByRole[r as 0];
    poolActual += T.actualByRole[r as 0];
  }
  if (enablingTeam) {
    poolRamped -= 2;
    poolActual -= 2;
  }
  poolRamped = Math.max(0.5, poolRamped);
  const mentoring = T.mentoring * (enablingTeam ? 0.6 : 1);
  poolActual = Math.max(0.1 * poolRamped, poolActual - mentoring);
  const reqs = Math.min(sumCounts(d.talent.hiring), scenario.limits.maxHiresPerQuarter);
  const runningInitiatives = d.initiatives.length;
  const overhead = Math.min(
    0.6,
    processOverhead(d, platformTeam) +
      (INTERVIEW_LOAD * reqs) / poolRamped +
      INITIATIVE_SHARE * runningInitiatives,
  );
  // Contractors cut faster than their knowledge can be handed over leave a gap (handover.ts).
  const gap = knowledgeGap(
    s.handoverGap,
    s.contractors,
    contractors,
    caps.documentation,
    mitig.vendor,
  );
  const F = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  F[0] = poolRamped;
  F[1] = poolActual / poolRamped;
  F[2] = (1 - teamOverhead(avgTeamSize)) * (1 - crossTeamOverhead(teams, d.trends.workPolicy));
  F[3] = engagementFactor(s.engagement, s.exhaustion);
  F[4] = aiFactor(d.trends.aiAdoption, aiGuard);
  F[5] = 1 - debtTax(s.debt.code, s.debt.infra);
  F[6] = 1 - overhead;
  F[12] = handoverFactor(gap, poolRamped);
  const capacity = F[0] * F[1] * F[2] * F[3] * F[4] * F[5] * F[6] * F[12];
  F[7] = aF;
  F[8] = 1 - reworkShare(cfr, s.debt.security);
  const featureCap = capacity * aF * F[8];
  F[9] = featureCap > 0 ? 1 - Math.min(0.5, incidentWork / featureCap) : 1;
  F[10] = flowFactor(caps.ciCd, caps.testAutomation);
  F[11] = fx.featureCapacity;
  let features = 1;
  for (let k = 0; k < 13; k++) features *= F[k] ?? 1;

  // 8. Initiatives progress (each takes INITIATIVE_SHARE of capacity, counted in overhead above).
  const completed: string[] = [];
  {
    const next = [];
    for (const id of d.initiatives) {
      const def = scenario.initiatives.find((x) => x.id === id);
      if (!def) continue;
      const cur = s.initiatives.find((x) => x.id === id);
      const progress =
        (cur ? cur.progress : 0) + (INITIATIVE_SHARE * capacity) / def.effortEngineerQuarters;
      if (progress >= 1) {
        completed.push(id);
        applyEffects(s, def.onComplete, fx);
      } else next.push({ id, progress, startedQuarter: cur ? cur.startedQuarter : quarter });
    }
    s.initiatives = next;
  }
  for (const id of completed)
    events.push({
      id: `q${quarter}-initiative-${id}`,
      kind: 'initiative-complete',
      params: { initiative: id },
    });
  // Values after this quarter's effects (choices, delayed effects, finished initiatives).
  const debtAfterEffects = s.debt.code;
  const engagementAfterEffects = s.engagement;
  const arrAfterEffects = s.arr;

  // 9. People: engagement, exhaustion, attrition, hiring, managers.
  const headcountStart = T.headcount;
  const engParts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const engDelta = engagementChange(
    {
      engagement: s.engagement,
      exhaustion: s.exhaustion,
      payAdjustmentPct: d.talent.payAdjustmentPct,
      managerEffectiveness: s.managerEffectiveness,
      careerLadder: d.talent.careerLadder,
      training: d.talent.training,
      workPolicy: d.trends.workPolicy,
      innovationShare: aI,
      layoffShare: laidOff / Math.max(1, headcountStart + laidOff),
      codeDebt: s.debt.code,
      majorIncidents,
      promotions,
      headcount: headcountStart,
      newcomerShare: T.newcomers / Math.max(1, headcountStart),
    },
    engParts,
  );
  const engagementEnd = clamp(s.engagement + engDelta, 0, 100);
  const openCommitments = s.commitments.length;
  const pressure = workloadPressure(
    aF,
    openCommitments,
    capacity > 0 ? incidentWork / capacity : 0,
    mentoring / poolRamped,
    freeze,
  );
  const exhaustionEnd = clamp(s.exhaustion + exhaustionChange(s.exhaustion, pressure), 0, 100);
  const pLeave = attritionProbability(
    s.engagement,
    prev.exhaustion,
    d.talent.payAdjustmentPct,
    d.trends.workPolicy,
    s.hiringMarket,
    s.managerEffectiveness,
  );
  const att = applyAttrition(s.staff, pLeave, rng, annualCost, payMult);
  const { leavers, seniorLeavers, leaverCost } = att;
  const acceptance = offerAcceptance(
    m.offerAcceptance,
    d.talent.payAdjustmentPct,
    s.brand,
    s.hiringMarket,
  );
  if (rng && reqs > 0)
    openRequisitions(s.pipeline, d.talent.hiring, reqs, acceptance, quarter, rng);
  s.managerEffectiveness = clamp(
    s.managerEffectiveness +
      managerEffectivenessChange(
        s.managerEffectiveness,
        d.coaching.oneOnOnes,
        d.coaching.leadershipTraining,
        span,
      ),
    0,
    1,
  );
  // Brand follows engagement, pay and layoffs slowly.
  s.brand = clamp(
    s.brand + 0.1 * (engagementEnd - 55) + 0.2 * d.talent.payAdjustmentPct - (laidOff > 0 ? 4 : 0),
    0,
    100,
  );

  // 10. Debt.
  const poolIcs = Math.max(1, streamIcs + contractors);
  const cd = codeDebtChange({
    featureShare: aF,
    paydownShare: aD,
    testAutomation: caps.testAutomation,
    codeReview: d.process.codeReview,
    aiAdoption: d.trends.aiAdoption,
    aiGuardrails: aiGuard,
    avgTeamSize,
    contractorShare: contractors / poolIcs,
    seniorLeavers,
    documentation: caps.documentation,
  });
  const gapDebt = handoverDebt(gap);
  const codeRaw =
    s.debt.code + cd.featureWork + cd.aiAssistants + cd.paydown + cd.knowledgeLoss + gapDebt;
  const codeEnd = clamp(codeRaw, 0, 100);
  const platformWork = platformTeam ? T.actualByRole[1] / Math.max(1, ics) / 0.1 : 0;
  const usageGross = s.customers * scenario.company.cloud.usagePerCustomer;
  const usageGrowth = s.cloud.usage > 0 ? usageGross / s.cloud.usage - 1 : 0;
  const infraEnd = clamp(
    s.debt.infra + infraDebtChange(usageGrowth, caps.infraAsCode, aR, platformWork),
    0,
    100,
  );
  const secEngShare = T.icsByRole[2] / Math.max(1, ics);
  const secEnd = clamp(
    s.debt.security +
      securityDebtChange(
        aF,
        caps.securityPractice,
        d.trends.aiAdoption,
        aiGuard,
        aS,
        secEngShare,
        d.budget.tools.securityScanning,
      ),
    0,
    100,
  );

  // 11. Security.
  const employees = T.headcount + m.nonEngineeringEmployees;
  const posture = securityPosture(caps.securityPractice, s.debt.security);
  const pBreach = breachProbability(employees, posture, mitig.breach);
  const automation = 0.5 * (d.budget.tools.securityScanning ? 1 : 0) + 0.5 * caps.securityPractice;
  const oneBreachCost = breachCost(m.breachCostLarge, employees, m.regulation, automation);
  const breaches = rng ? (uniform(rng) < pBreach ? 1 : 0) : pBreach;
  const breachLoss = breaches * oneBreachCost;

  // 12. Cloud.
  const bill = cloudBill(usageGross, s.cloud.unitCost, s.cloud.waste, s.cloud.committedUsage);
  const cloudF = [bill.usage, bill.unitCost, bill.wasteFactor, bill.commitmentFactor];

  // 13. Business.
  const expected = expectedFeatures(scenario, quarter);
  const featureRatio = features / expected;
  const dataShare = T.icsByRole[3] / Math.max(1, ics);
  const compEnd = clamp(
    s.competitiveness + competitivenessChange(featureRatio, aI, dataShare),
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
    posture,
  );
  // Sales execution varies: bookings land +-40% around the model's expectation.
  if (rng) flows.newArr *= 0.6 + 0.8 * uniform(rng);
  const breachChurn = breaches * 0.03 * s.arr;
  const arrEnd = Math.max(0, s.arr + flows.newArr + flows.expansion + flows.churn - breachChurn);
  const arrPerCustomer = s.arr / Math.max(1, s.customers);
  const customersEnd = Math.max(
    1,
    s.customers +
      flows.newArr / arrPerCustomer -
      s.customers * (flows.churnRate * 0.8 + breaches * 0.03),
  );
  const csatEnd = clamp(
    s.csat +
      csatChange(s.csat, sloAttainment, d.trends.sloTarget, sev1, s.competitiveness) -
      10 * breaches,
    0,
    100,
  );
  const revenue = (s.arr + arrEnd) / 8;

  // 14. Costs and cash.
  const riskCost = mitig.cost;
  const payroll = (T.annualCost / 4) * payMult;
  const contractorCost = (contractors * m.contractorAnnualCost) / 4;
  // Sourcing (job ads, recruiter time) is paid while requisitions are open.
  const sourcingCost = reqs * SOURCING_COST * m.annualCost.senior;
  const hiringAndLeavers = sourcingCost + recruitingCost + severanceCost + leaverCost;
  const programmes = programmeCost(d, T.headcount, T.managers, m.annualCost.senior, riskCost);
  const otherCogs = m.otherCogsShare * revenue;
  const otherOpex = m.otherOpexShareOfRevenue * revenue + m.otherOpexFixedPerQuarter;
  const downtimeCost = downtime * m.downtimeCostPerMinute;

  // 16. Stocks at the end of the quarter.
  s.arr = arrEnd;
  s.customers = customersEnd;
  s.csat = csatEnd;
  s.competitiveness = compEnd;
  s.engagement = engagementEnd;
  s.exhaustion = exhaustionEnd;
  s.debt.code = codeEnd;
  s.debt.infra = infraEnd;
  s.debt.security = secEnd;
  if (breaches > 0 && rng) {
    s.brand = clamp(s.brand - 5, 0, 100);
    events.push({
      id: `q${quarter}-breach`,
      kind: 'breach',
      params: { cost: Math.round(breachLoss) },
    });
  }
  // 15. Random events (after the model's own draws so their order is stable).
  let eventCost = 0;
  let financing = 0;
  let eventDepartures = 0;
  const growthSoFar = last.arr > 0 ? pow4(arrEnd / last.arr) - 1 : 0;
  if (rng) {
    const ev = drawEvents(rng, s, {
      quarter,
      engagement: s.engagement,
      exhaustion: s.exhaustion,
      span,
      growth: growthSoFar,
      runwayQuarters: last.runwayQuarters,
      burnMultiple: last.burnMultiple,
      boardConfidence: last.boardConfidence,
      regulation: m.regulation,
      mitigated: { keyPerson: mitig.keyPerson, vendor: mitig.vendor, audit: mitig.audit },
    });
    for (const e of ev.events) events.push(e);
    eventCost = ev.cost;
    financing = ev.financing;
    eventDepartures = ev.departures;
  }
  const incidentCosts = downtimeCost + breachLoss + eventCost;
  const choiceCost = -fx.cash;
  const costs =
    payroll +
    contractorCost +
    hiringAndLeavers +
    programmes +
    bill.bill +
    otherCogs +
    otherOpex +
    incidentCosts +
    choiceCost;
  const cashEnd = s.cash + revenue - costs + financing;
  s.cash = cashEnd;

  s.cloud.usage = usageGross;
  s.cloud.waste = nextWaste(s.cloud.waste, d.budget.rightsizing, caps.finops);
  s.cloud.committedUsage = nextCommittedUsage(
    s.cloud.committedUsage,
    d.budget.commitmentCoverage,
    usageGross / (1 - s.cloud.waste),
  );
  s.capabilities = nextCapabilities(
    caps,
    capabilityInvestment(d, {
      reliabilityShare: aR,
      securityShare: aS,
      platformTeam,
      enablingTeam,
      secEngShare,
    }),
  );
  // The error-budget freeze starts after an overrun and lifts after a quarter within budget.
  s.releaseFreeze = d.trends.errorBudgetPolicy === 'freeze' && budgetUsed > 1;
  s.featuresDeliveredTotal += features;
  s.contractors = contractors;
  s.handoverGap = gap;

  // 17. Stakeholders and board.
  const headcountEnd = T.headcount - (rng ? leavers + eventDepartures : leavers);
  const payrollRun = payroll + contractorCost;
  const metrics: QuarterMetrics = {
    cash: cashEnd,
    arr: arrEnd,
    revenue,
    costs,
    financing,
    growth: growthSoFar,
    nrr: pow4(1 + flows.expansionRate - flows.churnRate),
    grossMargin: revenue > 0 ? (revenue - bill.bill - otherCogs) / revenue : 0,
    burn: Math.max(0, costs - revenue),
    runwayQuarters: costs > revenue ? Math.min(99, Math.max(0, cashEnd) / (costs - revenue)) : 99,
    burnMultiple: costs > revenue ? burnMultiple(costs - revenue, arrEnd - arrAfterEffects) : 0,
    ruleOf40: 100 * growthSoFar + (revenue > 0 ? (100 * (revenue - costs)) / revenue : -100),
    customers: customersEnd,
    csat: csatEnd,
    competitiveness: s.competitiveness,
    featuresDelivered: features,
    capacity,
    headcount: headcountEnd,
    teams,
    avgTeamSize,
    spanOfControl: span,
    hires: arrivals,
    leavers: leavers + eventDepartures,
    attritionRate: 1 - pow4(1 - (leavers + eventDepartures) / Math.max(1, headcountStart)),
    engagement: s.engagement,
    exhaustion: exhaustionEnd,
    debtTax: debtTax(s.debt.code, infraEnd),
    techDebt: s.debt.code,
    infraDebt: infraEnd,
    securityDebt: secEnd,
    deployFrequency: deploysPerDay,
    leadTimeDays: leadTime,
    changeFailureRate: cfr,
    mttrHours: mttr,
    incidents: rng ? incidentCount : lambda,
    sev1Incidents: sev1,
    downtimeMinutes: downtime,
    sloAttainment,
    errorBudgetUsed: budgetUsed,
    breachRisk: pBreach,
    breaches,
    cloudCost: bill.bill,
    cloudWaste: s.cloud.waste,
    costPerEngineer: (payrollRun + programmes) / Math.max(1, T.headcount + contractors),
    boardConfidence: 0,
    trustCeo: 0,
    trustCfo: 0,
    trustCto: 0,
    trustCpo: 0,
    trustHr: 0,
  };
  const react = trustReactions(metrics, last, expected);
  const tr = s.trust;
  tr.ceo += react.ceo + trustReversion(tr.ceo);
  tr.cfo += react.cfo + trustReversion(tr.cfo);
  tr.cto += react.cto + trustReversion(tr.cto);
  tr.cpo += react.cpo + trustReversion(tr.cpo);
  tr.hr += react.hr + trustReversion(tr.hr);
  if (s.commitments.length > 0) judgeCommitments(s, scenario, metrics, quarter, events);
  tr.ceo = clamp(tr.ceo, 0, 100);
  tr.cfo = clamp(tr.cfo, 0, 100);
  tr.cto = clamp(tr.cto, 0, 100);
  tr.cpo = clamp(tr.cpo, 0, 100);
  tr.hr = clamp(tr.hr, 0, 100);
  const board = boardConfidence(s.trust);
  metrics.boardConfidence = board;
  metrics.trustCeo = s.trust.ceo;
  metrics.trustCfo = s.trust.cfo;
  metrics.trustCto = s.trust.cto;
  metrics.trustCpo = s.trust.cpo;
  metrics.trustHr = s.trust.hr;
  s.lowConfidenceQuarters = board < scenario.end.firedBelow ? s.lowConfidenceQuarters + 1 : 0;

  // 18. Drivers: parts of each headline metric's change (sum exactly to the change).
  const drivers: Partial<Record<MetricId, number[]>> = {
    featuresDelivered: productParts(prev.factors.features, F),
    cloudCost: productParts(prev.factors.cloud, cloudF),
    cash: [
      revenue,
      0 - payroll,
      0 - contractorCost,
      0 - hiringAndLeavers,
      0 - programmes,
      0 - bill.bill,
      0 - otherCogs,
      0 - otherOpex,
      0 - incidentCosts,
      0 - choiceCost,
      financing,
    ],
    arr: [flows.newArr, flows.expansion, flows.churn - breachChurn, arrAfterEffects - last.arr],
    techDebt: [
      debtAfterEffects - last.techDebt + (s.debt.code - codeEnd),
      cd.featureWork,
      cd.aiAssistants,
      cd.paydown,
      cd.knowledgeLoss,
      gapDebt,
      codeEnd - codeRaw,
    ],
    debtTax: [
      DEBT_TAX_PER_CODE_POINT * (s.debt.code - last.techDebt),
      DEBT_TAX_PER_INFRA_POINT * (infraEnd - last.infraDebt),
    ],
    changeFailureRate: differences(cfrNew, prev.factors.cfr),
    engagement: [
      engagementAfterEffects - last.engagement + (s.engagement - engagementEnd),
      engParts[0]!,
      engParts[1]!,
      engParts[2]!,
      engParts[3]!,
      engParts[4]!,
      engParts[5]!,
      engParts[6]!,
      engParts[7]!,
      engParts[8]!,
      engParts[9]!,
      engParts[10]!,
      engagementEnd - (engagementAfterEffects + engDelta),
    ],
    headcount: [arrivals, 0 - leavers, 0 - laidOff, 0 - eventDepartures],
    boardConfidence: [
      0.35 * (s.trust.ceo - last.trustCeo),
      0.3 * (s.trust.cfo - last.trustCfo),
      0.1 * (s.trust.cto - last.trustCto),
      0.15 * (s.trust.cpo - last.trustCpo),
      0.1 * (s.trust.hr - last.trustHr),
    ],
  };
  s.factors = { features: F, cloud: cloudF, cfr: cfrNew };
  s.last = metrics;
  return { state: s, metrics, drivers, events };
}

/** x^4 (annualising a quarterly ratio) without pow. */
function pow4(x: number): number {
  const x2 = x * x;
  return x2 * x2;
}

/** a[k] - b[k] for each k (drivers of an additive metric). */
function differences(a: readonly number[], b: readonly number[]): number[] {
  const out = a.slice();
  for (let k = 0; k < out.length; k++) out[k] = (a[k] ?? 0) - (b[k] ?? 0);
  return out;
}

/** Net burn per net new ARR (Sacks 2020); 99 when ARR did not grow. */
function burnMultiple(netBurn: number, netNewArr: number): number {
  return netNewArr > 0 ? Math.min(99, netBurn / netNewArr) : 99;
}

function sumCounts(lines: readonly { count: number }[]): number {
  let n = 0;
  for (const l of lines) n += l.count;
  return n;
}
