/**
 * The quarter's random events (model/events.ts), drawn after the model's own draws so their
 * order in the generator is stable. Without a generator (previews) there are none.
 */
import { pow4 } from '../math';
import { drawEvents } from '../model/events';
import type { QuarterContext } from './context';

export interface RandomEventsOutcome {
  /** ARR growth this quarter, annualised (the events and the metrics read it) */
  growth: number;
  cost: number;
  financing: number;
  /** people who left through events */
  departures: number;
}

export function randomEvents(q: QuarterContext, arrEnd: number): RandomEventsOutcome {
  const last = q.prev.last;
  const growth = last.arr > 0 ? pow4(arrEnd / last.arr) - 1 : 0;
  if (!q.draws) return { growth, cost: 0, financing: 0, departures: 0 };
  const s = q.s;
  const mitig = q.mitig;
  const ev = drawEvents(q.draws.get('events'), s, {
    quarter: q.quarter,
    engagement: s.engagement,
    exhaustion: s.exhaustion,
    span: q.org.span,
    growth,
    runwayQuarters: last.runwayQuarters,
    burnMultiple: last.burnMultiple,
    boardConfidence: last.boardConfidence,
    regulation: q.scenario.market.regulation,
    securityDebtBefore: q.prev.debt.security,
    mitigated: { keyPerson: mitig.keyPerson, vendor: mitig.vendor, audit: mitig.audit },
  });
  for (const e of ev.events) q.events.push(e);
  return { growth, cost: ev.cost, financing: ev.financing, departures: ev.departures };
}
