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

/**
 * Quarterly breach probability from company size and posture (posture 0.5 = average firm). The
 * odds fall a little faster than linearly with posture, (2 - 2 posture)^1.3: x1.55 at posture
 * 0.3, x0.30 at 0.8, about five to one between them, as BitSight's ratings study puts it
 * (organisations rated 500 or lower had nearly 5 times the breach likelihood of those rated 700
 * or higher). Linear, it was 3.5 to one: a strong posture left a large share of the odds to the
 * dice (engine 1.16.0).
 */
export function breachProbability(employees: number, posture: number, mitigated: boolean): number {
  const annualBase = 0.02 + 0.23 * companySizeFactor(employees);
  const annual = Math.min(0.6, annualBase * pow(2 - 2 * posture, 1.3) * (mitigated ? 0.85 : 1));
  return 1 - pow(1 - annual, 0.25);
}

/**
 * How far one breach reaches (0.4-1), from the vulnerability backlog (security debt, 0-100) in
 * the quarter it happens: every consequence of the breach (its money, the customers and revenue
 * lost, satisfaction, the stakeholders' trust, the score's reliability area) is scaled by it;
 * the money is also lowered by automation (breachCost), which finds and contains it sooner. An intruder who gets in through one unpatched system moves laterally through the
 * others that are unpatched too (MITRE ATT&CK, lateral movement; IBM Cost of a Data Breach
 * 2024: breaches spanning several environments cost more and take longer to contain), so a
 * short backlog keeps a breach to one corner and few records, and a backlog of 60 or more lets
 * it reach everywhere. Before engine 1.16.0 every breach had the full reach, whatever the
 * player had done about the backlog: in fintech-regulated one breach took ~9 points off a
 * ~76-point game, the same for a careful and a careless organisation, and the breach lottery
 * explained more of the score's spread than the players' choices (policy 43% of the variance on
 * 1.14.0; IBM's notification, response and lost-business costs follow the records reached).
 * The floor (0.4) is reasoning, not a figure: even a contained breach must be disclosed, and
 * customers and the board hear of it.
 */
export const BREACH_REACH_FLOOR = 0.4;
export const BREACH_REACH_FULL_AT_DEBT = 60;

export function breachReach(securityDebt: number): number {
  const backlog = Math.min(1, Math.max(0, securityDebt / BREACH_REACH_FULL_AT_DEBT));
  return BREACH_REACH_FLOOR + (1 - BREACH_REACH_FLOOR) * backlog;
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
