/**
 * Delivery: teams, capacity, feature output and the DORA metrics. Feature output is a product
 * of factors so that its change splits exactly into parts (see drivers.ts).
 */
import { exp } from '../math';

/**
 * Communication overhead inside a team of n: about 0.06 * n^2 percent of time
 * (Brooks's-law models after Abdel-Hamid and Madnick). A team of 7 loses ~3%, of 30 ~54%.
 */
export function teamOverhead(teamSize: number): number {
  return Math.min(0.7, 0.0006 * teamSize * teamSize);
}

/**
 * Coordination across teams: each extra team costs ~0.8% of everyone's time; fully remote
 * work raises it (hybrid does not: Bloom et al. 2024 found no performance loss).
 */
export function crossTeamOverhead(teams: number, workPolicy: string): number {
  const remote = workPolicy === 'remote' ? 1.8 : 1;
  return Math.min(0.3, 0.008 * Math.max(0, teams - 1) * remote);
}

/** Engagement and exhaustion scale output: engagement 55 = 1.0; exhaustion above 50 bites. */
export function engagementFactor(engagement: number, exhaustion: number): number {
  return (0.78 + 0.4 * (engagement / 100)) * (1 - (0.35 * Math.max(0, exhaustion - 50)) / 50);
}

/**
 * AI assistants: field studies see delivered output +0-26% (Cui et al. 2024) while DORA 2024
 * finds throughput -1.5% per +25% adoption; net about +12% at full adoption, less without
 * guardrails because generated code needs rework.
 */
export function aiFactor(aiAdoption: number, aiGuardrails: number): number {
  return 1 + aiAdoption * (0.08 + 0.06 * aiGuardrails);
}

/**
 * Rework: high performers spend ~21% of time on rework, low ~27-32% (State of DevOps 2016);
 * rises with the change-failure rate, and a security-debt backlog forces emergency patching.
 */
export function reworkShare(changeFailureRate: number, securityDebt: number): number {
  return 0.15 + 0.4 * changeFailureRate + 0.08 * (securityDebt / 100);
}

/** Flow efficiency: CI/CD and test automation shorten waits and hand-offs. */
export function flowFactor(ciCd: number, testAutomation: number): number {
  return 0.8 + 0.3 * (0.6 * ciCd + 0.4 * testAutomation);
}

export interface CfrInputs {
  codeDebt: number;
  testAutomation: number;
  ciCd: number;
  avgTeamSize: number;
  aiAdoption: number;
  aiGuardrails: number;
  codeReview: number;
  migrationRisk: number;
}

/** Parts of the change-failure rate; their sum is the rate (additive, so drivers are exact). */
export const CFR_PARTS = [
  'base',
  'codeDebt',
  'testAutomation',
  'ciCd',
  'teamSize',
  'aiAssistants',
  'codeReview',
  'migration',
] as const;

/**
 * Change-failure rate, 0-1. Elite ~5%, low ~40% (DORA 2024); debt raises defects
 * (Tornhill and Borg 2022: low-quality code ~15x defects); very large teams ~6x defects (QSM);
 * AI without guardrails lowers stability (DORA 2024: -7.2% per +25% adoption).
 */
export function cfrParts(i: CfrInputs, out: number[]): number {
  out[0] = 0.02;
  out[1] = 0.2 * (i.codeDebt / 100);
  out[2] = 0.12 * (1 - i.testAutomation);
  out[3] = 0.06 * (1 - i.ciCd);
  out[4] = 0.006 * Math.max(0, i.avgTeamSize - 7);
  out[5] = 0.1 * i.aiAdoption * (1 - i.aiGuardrails) * (1 - i.aiGuardrails);
  out[6] = -0.01 * i.codeReview;
  out[7] = i.migrationRisk;
  let sum = 0;
  for (let k = 0; k < 8; k++) sum += out[k] ?? 0;
  return sum;
}

/** Deploys per day: on demand for elite CI/CD, monthly for weak; each stream team deploys. */
export function deployFrequency(
  ciCd: number,
  codeDebt: number,
  streamTeams: number,
  freeze: boolean,
): number {
  const perTeam = 0.02 * exp(4.2 * ciCd) * (1 - 0.4 * (codeDebt / 100));
  return perTeam * Math.sqrt(streamTeams) * (freeze ? 0.3 : 1);
}

/** Lead time for changes in days: elite < 1, low 1-6 months (DORA 2024). */
export function leadTimeDays(ciCd: number, testAutomation: number, codeDebt: number): number {
  return 45 * exp(-4.2 * (0.6 * ciCd + 0.4 * testAutomation)) * (1 + codeDebt / 100);
}

/** Time to restore in hours: elite < 1 h, low up to weeks (DORA 2024). */
export function mttrHours(observability: number, srePractice: number, infraDebt: number): number {
  return 36 * exp(-4.2 * (0.55 * observability + 0.45 * srePractice)) * (1 + infraDebt / 200);
}
