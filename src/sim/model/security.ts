/**
 * Security: breach probability and cost. IBM Cost of a Data Breach 2024-25: ~$4.4-4.9M global
 * average, security automation saves ~$2M. Cyentia IRIS 2020: annual probability ~2% for
 * small firms up to ~25% for large ones.
 */
import { log10, pow } from '../math';

/** 0 for ~50 employees, 1 for ~2,000 and more (log scale). */
const LOG10_40 = log10(40);

export function companySizeFactor(employees: number): number {
  const f = log10(Math.max(1, employees) / 50) / LOG10_40;
  return Math.min(1, Math.max(0, f));
}

/** Posture 0-1: practice (scanning, reviews, training) and the security-debt backlog. */
export function securityPosture(securityPractice: number, securityDebt: number): number {
  return 0.6 * securityPractice + 0.4 * (1 - securityDebt / 100);
}

/** Quarterly breach probability from company size and posture (posture 0.5 = average firm). */
export function breachProbability(employees: number, posture: number, mitigated: boolean): number {
  const annualBase = 0.02 + 0.23 * companySizeFactor(employees);
  const annual = Math.min(0.6, annualBase * (2 - 2 * posture) * (mitigated ? 0.85 : 1));
  return 1 - pow(1 - annual, 0.25);
}

/**
 * Cost of one breach: the large-firm average scaled down for smaller firms, raised by
 * regulation, lowered by automation (up to ~40%, IBM's ~$2M of ~$4.9M).
 */
export function breachCost(
  breachCostLarge: number,
  employees: number,
  regulation: number,
  automation: number,
): number {
  const size = 0.25 + 0.75 * companySizeFactor(employees);
  return breachCostLarge * size * (1 + 0.5 * regulation) * (1 - 0.4 * automation);
}

/**
 * Security automation (0-1) behind the breach cost: scanning in the pipelines (its coverage,
 * model/capabilities.ts scanningCoverage) and a mature security practice each do half of it,
 * and they overlap (a mature practice already runs scanning in its
 * pipelines), so the tool adds less where the practice is strong: 0.5 on a practice of 0, 0.3
 * on a practice of 0.8 (was a plain sum, which made the tool worth the same everywhere).
 */
export function securityAutomation(scanning: number, securityPractice: number): number {
  const practice = 0.5 * Math.min(1, Math.max(0, securityPractice));
  return 1 - (1 - 0.5 * scanning) * (1 - practice);
}
