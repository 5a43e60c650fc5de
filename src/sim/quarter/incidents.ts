/**
 * The quarter's incidents: a Poisson draw at the model's rate, each with a severity and
 * downtime. Without a generator (previews), the expected values.
 */
import { poisson, type Rng, uniform } from '../rng';
import { SEV2_SHARE, sev1Share, SEVERITY_DOWNTIME, SEVERITY_WORK } from '../model/reliability';
import type { EventRecord } from '../types';

export interface IncidentOutcome {
  count: number;
  downtime: number;
  sev1: number;
  /** severity 1 and 2 */
  major: number;
  /** engineer-quarters of unplanned work */
  work: number;
}

export function resolveIncidents(
  rng: Rng | null,
  lambda: number,
  mttrHours: number,
  observability: number,
  /** a bought observability tool is in place (reliability.ts, sev1Share) */
  observabilityTool: boolean,
  quarter: number,
  events: EventRecord[],
  /** restore time of a partial degradation (severity 2 and 3) against a full outage's, from the SLO (reliability.ts, partialRestoreFactor) */
  partialRestore = 1,
): IncidentOutcome {
  const out: IncidentOutcome = { count: 0, downtime: 0, sev1: 0, major: 0, work: 0 };
  const p1 = sev1Share(observability, observabilityTool);
  const restore = [1, partialRestore, partialRestore];
  if (rng) {
    const n = poisson(rng, lambda);
    for (let k = 0; k < n; k++) {
      const u = uniform(rng);
      const sev = u < p1 ? 0 : u < p1 + SEV2_SHARE ? 1 : 2;
      const minutes =
        mttrHours * 60 * (SEVERITY_DOWNTIME[sev] ?? 0) * (restore[sev] ?? 1) * (0.5 + uniform(rng));
      out.count++;
      events.push({
        id: `q${quarter}-incident-${k + 1}`,
        kind: 'incident',
        params: { severity: sev + 1, minutes: Math.round(minutes) },
      });
      out.downtime += minutes;
      out.work += SEVERITY_WORK[sev] ?? 0;
      if (sev === 0) out.sev1++;
      if (sev < 2) out.major++;
    }
  } else {
    const sevMix = [p1, SEV2_SHARE, 1 - p1 - SEV2_SHARE];
    for (let k = 0; k < 3; k++) {
      out.downtime +=
        lambda *
        (sevMix[k] ?? 0) *
        mttrHours *
        60 *
        (SEVERITY_DOWNTIME[k] ?? 0) *
        (restore[k] ?? 1);
      out.work += lambda * (sevMix[k] ?? 0) * (SEVERITY_WORK[k] ?? 0);
    }
    out.sev1 = lambda * p1;
    out.major = lambda * (p1 + SEV2_SHARE);
  }
  return out;
}
