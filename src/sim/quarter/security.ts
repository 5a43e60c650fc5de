/**
 * The quarter's breach draw: the probability follows the organisation's size and security
 * posture (model/security.ts); one breach costs what IBM's Cost of a Data Breach puts on it.
 */
import {
  breachCost,
  breachReach,
  breachProbability,
  securityAutomation,
  securityPosture,
} from '../model/security';
import { scanningCoverage } from '../model/capabilities';
import { uniform } from '../rng';
import type { QuarterContext } from './context';

export interface BreachOutcome {
  /** 0-1 */
  posture: number;
  probability: number;
  /** 0 or 1 with a generator; the probability in previews */
  breaches: number;
  loss: number;
}

/** Security engineers as a share of the individual contributors this quarter. */
export function securityEngineerShare(q: QuarterContext): number {
  return q.T.icsByRole[2] / Math.max(1, q.org.ics);
}

export function drawBreach(q: QuarterContext): BreachOutcome {
  const { s, d, scenario } = q;
  const m = scenario.market;
  const caps = s.capabilities;
  const employees = q.T.headcount + m.nonEngineeringEmployees;
  const posture = securityPosture(caps.securityPractice, s.debt.security);
  const pBreach = breachProbability(employees, posture, q.mitig.breach);
  const automation = securityAutomation(
    scanningCoverage(d.budget.tools.securityScanning, securityEngineerShare(q), q.alloc.security),
    caps.securityPractice,
  );
  // Notification, response and lost business follow the records a breach reaches
  // (model/security.ts breachReach): a contained breach costs less than one that spread.
  const oneBreachCost =
    breachCost(m.breachCostLarge, employees, m.regulation, automation) *
    breachReach(s.debt.security);
  const breaches = q.draws ? (uniform(q.draws.get('breach')) < pBreach ? 1 : 0) : pBreach;
  return { posture, probability: pBreach, breaches, loss: breaches * oneBreachCost };
}
