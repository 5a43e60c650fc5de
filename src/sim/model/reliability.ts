/**
 * Reliability: incident rate, severity, downtime and the error budget.
 */
import { clamp, log10 } from '../math';

/** Minutes in a quarter (91 days). */
export const QUARTER_MINUTES = 91 * 24 * 60;

export interface IncidentRateInputs {
  /** feature work shipped, engineer-quarters (people x feature share) */
  changeVolume: number;
  deploysPerDay: number;
  changeFailureRate: number;
  infraDebt: number;
  srePractice: number;
  observability: number;
  chaosEngineering: boolean;
  /** share of capacity on reliability work, 0-1 */
  reliabilityShare: number;
  /** outage drills on the risk register */
  outageMitigated: boolean;
}

/**
 * Expected customer-facing incidents per quarter: failed changes that escape to customers.
 * They grow with the volume of change shipped and its failure rate; shipping the same work in
 * small, frequent batches makes each failure smaller and easier to catch (DORA: speed and
 * stability go together). Infrastructure debt amplifies them; SRE practice, chaos
 * engineering and reliability work damp them.
 */
export function incidentRate(i: IncidentRateInputs): number {
  const smallBatches = 1 / (1 + 0.3 * Math.sqrt(Math.max(0, i.deploysPerDay)));
  const escapes = 0.3 * i.changeVolume * i.changeFailureRate * smallBatches;
  return (
    escapes *
    (1 + i.infraDebt / 60) *
    (1 - 0.35 * i.srePractice) *
    (1 - 0.2 * i.observability) *
    (i.chaosEngineering ? chaosFactor(i.observability) : 1) *
    (1 - Math.min(0.5, 1.5 * i.reliabilityShare)) *
    (i.outageMitigated ? 0.85 : 1)
  );
}

/**
 * What chaos engineering does to the incident rate at an observability level (0-1). Its
 * experiments find weaknesses only against a measured steady state; run blind, they are
 * outages of their own making (Basiri et al., "Chaos Engineering", IEEE Software 2016, and
 * principlesofchaos.org: define steady state through observable output first). Reasoning for
 * the figures: -30% of incidents with full observability, break-even near a third of it, +15%
 * with none.
 */
export const CHAOS_GAIN = 0.3;
export const CHAOS_BLIND = 0.15;
export function chaosFactor(observability: number): number {
  const o = clamp(observability, 0, 1);
  return 1 + CHAOS_BLIND - (CHAOS_BLIND + CHAOS_GAIN) * o;
}

/**
 * Share of incidents that are severity 1; good observability catches problems earlier. A bought
 * observability tool (alerting on symptoms, traces to search) catches them earlier still from the
 * quarter it is in place: OBSERVABILITY_TOOL_SEV1 fewer escalate to severity 1.
 */
export function sev1Share(observability: number, tool = false): number {
  return (
    0.2 * (1 - 0.5 * observability) * (1 - OBSERVABILITY_TOOL_SEV1 * toolGain(observability, tool))
  );
}

/**
 * What a bought observability tool does at once, beyond the practice it helps build
 * (capabilities.ts): an incident is found by an alert rather than by a customer and diagnosed by
 * searching traces and logs rather than by reading hosts, so restore time falls by
 * OBSERVABILITY_TOOL_RESTORE and a fifth fewer incidents grow to severity 1 before someone
 * acts. Reasoning: detection and diagnosis are most of an incident's duration (Google SRE
 * Workbook, ch. 9 on incident response: time to detect and to mitigate); Accelerate (Forsgren et
 * al. 2018, ch. 7): monitoring and observability predict restore time. Its price follows the
 * cloud bill (budget.ts, OBSERVABILITY_CLOUD_SHARE), so it pays where incidents are many or
 * costly for the infrastructure watched, and not where they are rare.
 */
export const OBSERVABILITY_TOOL_RESTORE = 0.25;
export const OBSERVABILITY_TOOL_SEV1 = 0.2;

/**
 * How much of the tool's full effect (OBSERVABILITY_TOOL_RESTORE, OBSERVABILITY_TOOL_SEV1) an
 * organisation gets: the share of its incidents its own observability does not already catch
 * early and explain, 1 - observability (0-1). The tool and the team's own practice (symptom
 * alerts, dashboards, traces a platform team or the SREs built) are two ways to the same early
 * detection and overlap as in boughtOrBuilt (capabilities.ts): bought on top of a mature practice
 * it alerts on what is already alerted on. Reasoning: detection and diagnosis time is what
 * observability shortens (Google SRE Workbook, ch. 9), and a team that already detects and
 * diagnoses fast has little of it left to shorten; engines before 1.33.0 gave the full cut
 * whatever the practice, which left the tool worth its bill in every scenario.
 */
export function toolGain(observability: number, tool: boolean): number {
  return tool ? 1 - clamp(observability, 0, 1) : 0;
}

/** Restore-time multiplier of the observability tool at an observability level (toolGain). */
export function toolRestoreFactor(observability: number, tool: boolean): number {
  return 1 - OBSERVABILITY_TOOL_RESTORE * toolGain(observability, tool);
}
export const SEV2_SHARE = 0.35;

/**
 * Customer-facing downtime of one incident as a share of the restore time: even a sev1 is
 * rarely a full outage for all of it (degraded service, partial impact).
 */
export const SEVERITY_DOWNTIME = [0.3, 0.1, 0.02];

/** Engineer-quarters of unplanned work per incident by severity (fix, postmortem, follow-ups). */
export const SEVERITY_WORK = [0.5, 0.2, 0.05];

/** Nines of an SLO target: 0.99 -> 2, 0.999 -> 3, 0.9999 -> 4. */
export function sloNines(sloTarget: number): number {
  return -log10(Math.max(1e-6, 1 - sloTarget));
}

/**
 * Restore time under an SLO target: each nine tighter than 99.9% pages sooner on budget burn
 * and keeps runbooks and redundancy ready (x0.8 per nine, at least x0.5); each nine looser
 * lets problems linger (x1.2 at 99%). Google SRE Workbook: alerting on error-budget burn.
 */
export function sloRestoreFactor(sloTarget: number): number {
  return Math.max(0.5, 1 - 0.2 * (sloNines(sloTarget) - 3));
}

/**
 * Share of a partial degradation's restore time spent before anyone acts on it, at 99.9%: most
 * of an incident's duration is detection and diagnosis (Google SRE Workbook, ch. 9); a third is
 * reasoning for the part that waits on the alert.
 */
export const PARTIAL_DETECTION_SHARE = 0.3;

/**
 * How much longer a partial degradation (severity 2 and 3: elevated errors or latency, not a
 * full outage) goes unnoticed under an SLO target than under 99.9%. Alerts fire when the error
 * budget burns some multiple faster than the target allows (Google SRE Workbook, ch. 5,
 * multiwindow burn-rate alerts), so the same error rate burns a budget ten times as large ten
 * times more slowly and pages ten times later, or never: x10 at 99%, x0.1 at 99.99%. A full
 * outage (severity 1) pages at once whatever the target. So a loose target saves its upkeep
 * (sloWork) where incidents are rare, and where they are frequent lets degradations run long
 * enough for customers, who expect 99.9% whatever the team's target, to see them.
 */
export function partialRestoreFactor(sloTarget: number): number {
  const delay = clamp((1 - sloTarget) / (1 - 0.999), 0.1, 10);
  return 1 - PARTIAL_DETECTION_SHARE + PARTIAL_DETECTION_SHARE * delay;
}

/**
 * Share of capacity the SLO target's upkeep takes against 99.9%: each nine costs 2% of the
 * team's time (alerting, redundancy, game days, reviews of budget burn); 99% frees 2%.
 */
export function sloWork(sloTarget: number): number {
  return 0.02 * (sloNines(sloTarget) - 3);
}

/**
 * Availability customers of a B2B service expect whatever the team's own target: 99.9%, the
 * common SLA of cloud and SaaS vendors. Below it satisfaction falls.
 */
export const CUSTOMER_EXPECTED_AVAILABILITY = 0.999;

/** Error budget used: downtime / ((1 - SLO) x quarter). Budget = 1 - SLO (Google SRE Workbook). */
export function errorBudgetUsed(downtimeMinutes: number, sloTarget: number): number {
  return downtimeMinutes / ((1 - sloTarget) * QUARTER_MINUTES);
}
