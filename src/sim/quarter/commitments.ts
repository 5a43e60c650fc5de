/**
 * Judges the commitments due this quarter: trust moves by the template's success or
 * failure amount, and follow-up effects (a deal won, customers annoyed) are queued.
 */
import { requestTemplatesById } from '../deck';
import { commitmentActual, commitmentMet } from '../model/stakeholders';
import type { Scenario } from '../scenario/schema';
import type { EventRecord, QuarterMetrics, SimState } from '../types';

export function judgeCommitments(
  s: SimState,
  scenario: Scenario,
  metrics: QuarterMetrics,
  quarter: number,
  events: EventRecord[],
): void {
  const open = [];
  const templates = requestTemplatesById(scenario);
  for (const c of s.commitments) {
    if (c.dueQuarter > quarter) {
      open.push(c);
      continue;
    }
    const met = commitmentMet(c, metrics, s.featuresDeliveredTotal);
    const t = templates.get(c.requestId);
    s.trust[c.stakeholder] += met ? (t?.trustOnSuccess ?? 8) : (t?.trustOnFailure ?? -12);
    const follow = met ? t?.onSuccess : t?.onFailure;
    if (follow && follow.length > 0)
      s.delayed.push({ dueQuarter: quarter + 1, effects: follow, source: c.id });
    events.push({
      id: `q${quarter}-${c.id}`,
      kind: met ? 'commitment-met' : 'commitment-missed',
      params: {
        stakeholder: c.stakeholder,
        request: c.requestId,
        target: c.target,
        actual: commitmentActual(c, metrics, s.featuresDeliveredTotal),
      },
    });
  }
  s.commitments = open;
}
