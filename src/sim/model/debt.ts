/**
 * Technical debt: code, infrastructure and security debt indices (0-100). Debt takes a share
 * of capacity (the debt tax) and raises defect and change-failure rates (see delivery.ts).
 */

/**
 * Debt tax: share of capacity lost to debt. Calibrated so that a typical scale-up
 * (code 45, infra 40) loses ~25% (Besker et al. 2019: ~23% of developer time) and a neglected
 * code base (code ~90) ~40%+ (Stripe 2018: maintenance and bad code ~42% of the week).
 * Linear, so the tax's change splits exactly into a code part and an infra part.
 */
export const DEBT_TAX_BASE = 0.05;
export const DEBT_TAX_PER_CODE_POINT = 0.0045 * 0.7;
export const DEBT_TAX_PER_INFRA_POINT = 0.0045 * 0.3;

export function debtTax(code: number, infra: number): number {
  return DEBT_TAX_BASE + DEBT_TAX_PER_CODE_POINT * code + DEBT_TAX_PER_INFRA_POINT * infra;
}

/**
 * The code-debt index has no ceiling at 100 (the neglected code base of the calibration):
 * it runs on to 150, where the debt tax reaches ~57% with infrastructure debt at 40, so
 * neglect keeps costing as debt grows. 150 only keeps the tax below the whole of capacity.
 */
export const CODE_DEBT_MAX = 150;

/** Code-debt points added per quarter at 100% feature work with average quality practice. */
export const CODE_DEBT_GROWTH = 8;
/** Code-debt points removed per quarter when 100% of capacity pays down debt. */
export const CODE_DEBT_PAYDOWN = 33;

export interface CodeDebtInputs {
  /** share of pool capacity on features, 0-1 */
  featureShare: number;
  /** share of pool capacity on debt paydown, 0-1 */
  paydownShare: number;
  testAutomation: number;
  /** 0 light, 1 standard, 2 strict */
  codeReview: number;
  aiAdoption: number;
  aiGuardrails: number;
  avgTeamSize: number;
  /** contractors as a share of the pool */
  contractorShare: number;
  /** the code-debt index at the start of the quarter */
  codeDebt: number;
  /** senior+ leavers this quarter (knowledge walking out of the door) */
  seniorLeavers: number;
  documentation: number;
}

/** Parts of one quarter's code-debt change, before clamping to 0-100. */
export interface CodeDebtChange {
  featureWork: number;
  aiAssistants: number;
  paydown: number;
  knowledgeLoss: number;
}

/**
 * Feature work adds debt in proportion to its share, less with tests and review; AI output
 * without guardrails adds duplication and churn (GitClear 2024); large teams add defects
 * (QSM); leavers take knowledge that documentation would have kept.
 */
export function codeDebtChange(i: CodeDebtInputs): CodeDebtChange {
  const quality =
    (1.25 - 0.35 * i.testAutomation - 0.08 * i.codeReview) *
    (1 + 0.02 * Math.max(0, i.avgTeamSize - 7)) *
    (1 + 0.3 * i.contractorShare);
  // Debt compounds: changes in tangled code add workarounds on workarounds (x1.05 at 45, x1.5
  // at 90; Tornhill and Borg 2022: low-quality code has ~15x the defects). This interest is
  // what takes a neglected code base toward a 40%+ tax within 4-8 quarters (MODEL.md 6.3).
  const interest = 0.6 + i.codeDebt / 100;
  const featureWork = CODE_DEBT_GROWTH * i.featureShare * quality * interest;
  const aiAssistants =
    CODE_DEBT_GROWTH *
    i.featureShare *
    0.6 *
    i.aiAdoption *
    (1 - i.aiGuardrails) *
    (1 - i.aiGuardrails);
  const paydown = 0 - CODE_DEBT_PAYDOWN * i.paydownShare * (0.9 + 0.2 * i.testAutomation);
  const knowledgeLoss = 0.4 * i.seniorLeavers * (1 - i.documentation);
  return { featureWork, aiAssistants, paydown, knowledgeLoss };
}

/** Infrastructure debt: grows with usage growth and hand-built infra; IaC and platform work pay it down. */
export function infraDebtChange(
  usageGrowth: number,
  infraAsCode: number,
  reliabilityShare: number,
  platformWork: number,
): number {
  const growth = (2 + 20 * Math.max(0, usageGrowth)) * (1 - 0.6 * infraAsCode);
  return growth - 12 * reliabilityShare - 3 * platformWork;
}

/** Security debt: new code adds exposure unless practice is strong; security work pays it down. */
export function securityDebtChange(
  featureShare: number,
  securityPractice: number,
  aiAdoption: number,
  aiGuardrails: number,
  securityShare: number,
  securityEngineerShare: number,
  /** how much of the pipelines are scanned, 0-1 (model/capabilities.ts, scanningCoverage) */
  scanning: number,
): number {
  const growth =
    5 * featureShare * (1 - 0.7 * securityPractice) * (1 + 0.3 * aiAdoption * (1 - aiGuardrails));
  const paydown = 45 * securityShare * (1 + 3 * securityEngineerShare) + 1.5 * scanning;
  return growth - paydown;
}
