/**
 * The quarter's change in code, infrastructure and security debt (model/debt.ts), including
 * the debt an open contractor hand-over gap adds.
 */
import {
  codeDebtChange,
  type CodeDebtChange,
  infraDebtChange,
  securityDebtChange,
  CODE_DEBT_MAX,
} from '../model/debt';
import { cloudUsage } from '../model/cloud';
import { handoverDebt } from '../model/handover';
import { scanningCoverage } from '../model/capabilities';
import { securityEngineerShare } from './security';
import type { CapacityOutcome } from './capacity';
import type { QuarterContext } from './context';
import type { WorkforceOutcome } from './workforce';
import { clamp } from '../math';

export interface DebtOutcome {
  code: CodeDebtChange;
  /** code debt added by the hand-over gap */
  handoverDebt: number;
  /** code debt before clamping to 0-100 */
  codeRaw: number;
  codeEnd: number;
  infraEnd: number;
  securityEnd: number;
  /** security engineers' share of the ICs */
  securityEngineerShare: number;
  /** cloud usage the quarter's accounts need (drives infrastructure debt and the bill) */
  cloudUsage: number;
}

export function debtChanges(
  q: QuarterContext,
  cap: CapacityOutcome,
  work: WorkforceOutcome,
): DebtOutcome {
  const { s, d, T, org, alloc } = q;
  const caps = s.capabilities;
  const poolIcs = Math.max(1, org.streamIcs + q.contractors);
  const cd = codeDebtChange({
    featureShare: alloc.features,
    paydownShare: alloc.debtPaydown,
    testAutomation: caps.testAutomation,
    codeReview: d.process.codeReview,
    aiAdoption: d.trends.aiAdoption,
    aiGuardrails: q.aiGuard,
    avgTeamSize: org.avgTeamSize,
    contractorShare: q.contractors / poolIcs,
    codeDebt: s.debt.code,
    seniorLeavers: work.seniorLeavers,
    documentation: caps.documentation,
  });
  const gapDebt = handoverDebt(cap.handoverGap);
  const codeRaw =
    s.debt.code + cd.featureWork + cd.aiAssistants + cd.paydown + cd.knowledgeLoss + gapDebt;
  const platformWork = org.platformTeam ? T.actualByRole[1] / Math.max(1, org.ics) / 0.1 : 0;
  const usageGross = cloudUsage(s.arr, q.scenario.company);
  const usageGrowth = s.cloud.usage > 0 ? usageGross / s.cloud.usage - 1 : 0;
  const secEngShare = securityEngineerShare(q);
  return {
    code: cd,
    handoverDebt: gapDebt,
    codeRaw,
    codeEnd: clamp(codeRaw, 0, CODE_DEBT_MAX),
    infraEnd: clamp(
      s.debt.infra +
        infraDebtChange(usageGrowth, caps.infraAsCode, alloc.reliability, platformWork),
      0,
      100,
    ),
    securityEnd: clamp(
      s.debt.security +
        securityDebtChange(
          alloc.features,
          caps.securityPractice,
          d.trends.aiAdoption,
          q.aiGuard,
          alloc.security,
          secEngShare,
          scanningCoverage(d.budget.tools.securityScanning, secEngShare, alloc.security),
        ),
      0,
      100,
    ),
    securityEngineerShare: secEngShare,
    cloudUsage: usageGross,
  };
}
