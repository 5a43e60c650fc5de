/**
 * Delivery: teams, capacity, feature output and the DORA metrics. Feature output is a product
 * of factors so that its change splits exactly into parts (see drivers.ts).
 */
import { exp } from '../math';
import type { WorkPolicy } from '../types';
import { TYPICAL_EXHAUSTION } from './people';

/**
 * Communication overhead inside a team of n: about 0.06 * n^2 percent of time
 * (Brooks's-law models after Abdel-Hamid and Madnick). A team of 7 loses ~3%, of 30 ~54%.
 */
export function teamOverhead(teamSize: number): number {
  return Math.min(0.7, 0.0006 * teamSize * teamSize);
}

/**
 * The most of everyone's time coordination across teams can take: half the week. Reasoning:
 * beyond it work stops moving at all; Cross, Rebele and Grant (Collaborative Overload, HBR
 * 2016) found collaboration already takes most of a knowledge worker's week in large firms.
 */
export const CROSS_TEAM_CEILING = 0.5;

/**
 * Where coordination across teams stops growing at the first rate: 30% of everyone's time, about
 * 38 teams (the cap engine 1.12.0 stopped at). Past it an organisation adds a layer (groups or
 * tribes of teams that coordinate mostly among themselves), so each further team costs a quarter
 * of what it did (CROSS_TEAM_LAYERED_RATE, reasoning) and the whole approaches CROSS_TEAM_CEILING.
 */
export const CROSS_TEAM_KNEE = 0.3;
export const CROSS_TEAM_LAYERED_RATE = 0.25;

/**
 * How a work policy scales coordination across teams, against hybrid work (x1), at any size.
 * Fully remote x1.8: when Microsoft went remote, collaboration across groups fell by about a
 * quarter and networks grew siloed, so cross-team questions wait for meetings (Yang et al.,
 * Nature Human Behaviour 2022); at an IT services firm working from home, output per hour fell
 * 8-19% as coordination and meetings took more of the day (Gibbs, Mengel and Siemroth, JPE
 * Micro 2023). The office x0.75: teams that sit in one place settle cross-team questions in
 * passing every day (Allen's curve: communication falls steeply with distance). Reasoning for
 * the size: if coordination cost followed the days apart, hybrid's two home days would put the
 * office at 0.47; hybrid teams keep most of it on their shared days, so halfway (0.75).
 * Bloom et al. 2024 found no loss in individual performance from hybrid work; this is the
 * organisation's coordination, which their reviews did not measure.
 */
export const CROSS_TEAM_BY_POLICY: Record<WorkPolicy, number> = {
  office: 0.75,
  hybrid: 1,
  remote: 1.8,
};

/**
 * Coordination across teams: each extra team costs ~0.8% of everyone's time up to the knee,
 * in a hybrid organisation. Beyond the knee the cost keeps growing with diminishing steps
 * instead of stopping: the hard cap made every further split free in a large organisation, so
 * 140 teams of three cost no more coordination than 60 of seven (the balance lab's best fixed
 * plans in mega-venture split into teams of three). The work policy scales the whole of it
 * (CROSS_TEAM_BY_POLICY), up to CROSS_TEAM_CEILING; engine 1.21.0 and earlier scaled only the
 * per-team rate before the knee, which left proximity worth nothing past 38 teams. Hybrid at
 * 60 teams 34%, the office 25%, fully remote 50%.
 */
export function crossTeamOverhead(teams: number, workPolicy: WorkPolicy): number {
  return Math.min(CROSS_TEAM_CEILING, coordinationLoad(teams) * CROSS_TEAM_BY_POLICY[workPolicy]);
}

/** Share of everyone's time that coordination across `teams` teams takes in a hybrid organisation. */
function coordinationLoad(teams: number): number {
  const linear = 0.008 * Math.max(0, teams - 1);
  if (linear <= CROSS_TEAM_KNEE) return linear;
  const room = CROSS_TEAM_CEILING - CROSS_TEAM_KNEE;
  const beyond = CROSS_TEAM_LAYERED_RATE * (linear - CROSS_TEAM_KNEE);
  return CROSS_TEAM_KNEE + room * (1 - exp(-beyond / room));
}

/**
 * Re-forming teams: when the number of teams changes (a new team for growth, a split or merge
 * after a new team-size target), the people in changed teams work below par while the teams
 * form again. REFORM_COST of the capacity of the teams that change, for one quarter: a new team
 * among ten costs 1.5%, halving the team size 7.5%. Reasoning: Tuckman's forming and storming;
 * Skelton and Pais, Team Topologies 2019 (long-lived, stable teams; reteaming has a cost).
 */
export const REFORM_COST = 0.15;

export function reformCost(lastTeams: number, teams: number): number {
  if (lastTeams <= 0 || teams === lastTeams) return 0;
  return (REFORM_COST * Math.abs(teams - lastTeams)) / Math.max(lastTeams, teams);
}

/** Engagement and exhaustion scale output: engagement 55 = 1.0; exhaustion above 50 bites. */
export function engagementFactor(engagement: number, exhaustion: number): number {
  return (0.78 + 0.4 * (engagement / 100)) * (1 - (0.35 * Math.max(0, exhaustion - 50)) / 50);
}

/**
 * AI assistants' gain at full adoption, before review: who uses them and on what code. Less
 * experienced developers gain most (Cui et al. 2024: +27-39% tasks for juniors, +8-13% for
 * seniors): AI_GAIN_BASE + AI_GAIN_JUNIOR x junior share; guardrails keep generated code usable
 * (+AI_GAIN_GUARDED at full guardrails); on a tangled code base the gain shrinks (METR 2025:
 * experienced developers in large mature repositories were 19% slower), x(1 - AI_DEBT_DRAG x
 * code debt / 100).
 */
export const AI_GAIN_BASE = 0.06;
export const AI_GAIN_JUNIOR = 0.2;
export const AI_GAIN_GUARDED = 0.06;
export const AI_DEBT_DRAG = 0.5;
/**
 * Adoption spreads from the enthusiasts, who gain most, to the reluctant, who gain least: the
 * gain at adoption a is (1 - e^(-a/AI_SPREAD)) / (1 - e^(-1/AI_SPREAD)) of the full gain.
 */
export const AI_SPREAD = 0.35;
/**
 * Reviewing and integrating generated code costs time in proportion to adoption (DORA 2024:
 * throughput -1.5% and stability -7.2% per +25% adoption; GitClear 2024: more churn and
 * duplication). With the concave gain, the best adoption lies inside the range and moves with
 * the team's experience and the code's state: near full for a junior-heavy team on clean code,
 * about half for a senior team in legacy code.
 */
export const AI_REVIEW_LOAD = 0.025;

/** Capacity factor of AI assistants (1 = none). */
export function aiFactor(
  aiAdoption: number,
  aiGuardrails: number,
  juniorShare: number,
  codeDebt: number,
): number {
  if (aiAdoption <= 0) return 1;
  const full =
    (AI_GAIN_BASE + AI_GAIN_JUNIOR * juniorShare + AI_GAIN_GUARDED * aiGuardrails) *
    (1 - (AI_DEBT_DRAG * Math.min(100, codeDebt)) / 100);
  const spread = (1 - exp(-aiAdoption / AI_SPREAD)) / (1 - exp(-1 / AI_SPREAD));
  return 1 + full * spread - AI_REVIEW_LOAD * aiAdoption;
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
  /** exhaustion at the quarter's start, 0-100 (people.ts, TYPICAL_EXHAUSTION) */
  exhaustion: number;
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
  'exhaustion',
] as const;

/**
 * How much more often a burned-out engineer's changes fail than a rested one's: 1.5 times
 * (FATIGUE_DEFECTS 0.5). Reasoning from two measurements: one night without sleep halved the
 * quality of the code novice developers wrote (Fucci et al., "Need for Sleep", IEEE TSE 2018),
 * and commits made late at night carry more bugs (Eyolfson, Tan and Lam, MSR 2011); chronic
 * exhaustion is milder than a lost night, so half that effect. The team's rate scales with the
 * burned-out share (exhaustion read as a percentage, people.ts), 1 at a typical team's.
 */
export const FATIGUE_DEFECTS = 0.5;

/** Change-failure multiplier of exhaustion against a typical team's (x0.98 at 18, x1.13 at 50). */
export function fatigueDefects(exhaustion: number): number {
  const rate = (e: number) => 1 + (FATIGUE_DEFECTS * Math.max(0, e)) / 100;
  return rate(exhaustion) / rate(TYPICAL_EXHAUSTION);
}

/**
 * Change-failure rate, 0-1. Elite ~5%, low ~40% (DORA 2024); debt raises defects
 * (Tornhill and Borg 2022: low-quality code ~15x defects); very large teams ~6x defects (QSM);
 * AI without guardrails lowers stability (DORA 2024: -7.2% per +25% adoption); an exhausted
 * team fails more of its changes (fatigueDefects).
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
  // Tired people's changes fail more often, whatever made them fail (FATIGUE_DEFECTS).
  out[8] = 0 + sum * (fatigueDefects(i.exhaustion) - 1); // 0 + x: never -0
  return sum + out[8];
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

/**
 * Waiting for review: each level of the review standard above or below standard changes lead
 * time by REVIEW_WAIT (strict review with two approvers waits for both; light review merges
 * sooner). Reasoning: review latency is a large part of lead time (Sadowski et al., Modern Code
 * Review at Google, ICSE 2018: most of a change's time in review is waiting); DORA 2019: heavier
 * approval processes go with slower delivery and no better stability.
 */
export const REVIEW_WAIT = 0.15;

/** Lead time for changes in days: elite < 1, low 1-6 months (DORA 2024). */
export function leadTimeDays(
  ciCd: number,
  testAutomation: number,
  codeDebt: number,
  codeReview: number,
): number {
  return (
    45 *
    exp(-4.2 * (0.6 * ciCd + 0.4 * testAutomation)) *
    (1 + codeDebt / 100) *
    (1 + REVIEW_WAIT * (codeReview - 1))
  );
}

/** Time to restore in hours: elite < 1 h, low up to weeks (DORA 2024). */
export function mttrHours(observability: number, srePractice: number, infraDebt: number): number {
  return 36 * exp(-4.2 * (0.55 * observability + 0.45 * srePractice)) * (1 + infraDebt / 200);
}
