/**
 * People: engagement, exhaustion, attrition, hiring and manager effectiveness.
 */
import type { WorkPolicy } from '../types';
import { pow, exp, tanh } from '../math';

/** Software attrition ~13% a year (LinkedIn 2018; Japan ~12%, MHLW 2023), per quarter. */
export const BASE_QUARTERLY_ATTRITION = 1 - pow(1 - 0.13, 0.25);

/**
 * Replacement cost charged in cash per leaver, as a share of annual loaded cost: recruiting,
 * hand-over and hiring-manager time. Gallup's ~80% (technical) / ~200% (managers) also
 * counts lost productivity, which the model charges as lost capacity instead.
 */
export const LEAVER_CASH_COST = [0.3, 0.3, 0.35, 0.8];
/** Severance per laid-off person, share of annual cost. */
export const SEVERANCE = 0.25;
/** Recruiting fee per hire, share of annual cost (agency/referral fees, tooling). */
export const RECRUITING_FEE = 0.15;
/** Sourcing cost per open requisition (ads, recruiter time), share of a senior's annual cost. */
export const SOURCING_COST = 0.03;
/** Interviewing load per open requisition, engineer-quarters (~35-41 days of process). */
export const INTERVIEW_LOAD = 0.06;

/**
 * Pay position against the market, percent: the lever's adjustment less what the market has
 * moved. A hot hiring market (index above 1) lifts market pay: +25% of the index's excess
 * (an index of 1.2 = market pay up 5%), so a fixed adjustment falls behind as the market heats.
 */
export function payPosition(payAdjustmentPct: number, hiringMarket: number): number {
  return payAdjustmentPct - 25 * (hiringMarket - 1);
}

/** Points of pay position over which the retention gain of paying above market fades. */
export const PAY_FADE = 8;

/**
 * Pay appeal, about -1.25 (10% below market) to +1: below the market every point hurts
 * (people compare offers), above it the gain fades (tanh), while the cost keeps rising.
 */
export function payAppeal(position: number): number {
  return position >= 0 ? tanh(position / PAY_FADE) : position / PAY_FADE;
}

/**
 * Engagement points a quarter the positive motivators (pay, managers, growth, work policy,
 * innovation) can add together at most: their sum P counts as K (1 - e^(-P/K)), each part
 * scaled alike. Motivators overlap; surveys find diminishing returns (Gallup Q12 2024:
 * engagement plateaus; Herzberg's motivators do not add up without limit).
 */
export const MOTIVATOR_CEILING = 6;

/**
 * Quits by work policy and level (junior, senior, staff, manager), against hybrid work (x1).
 * Hybrid (2 days home): quits -33% against the office at no output loss (Bloom, Han and Liang,
 * Nature 2024), significant for non-managers but not for managers. Centred on hybrid, the
 * typical software organisation's policy since 2023 (Flex Index 2023-24: most US tech firms
 * hybrid or flexible, few fully in the office), so that the ~13% base is what a typical
 * organisation sees: for seniors and staff engineers the office x1.5 (hybrid is a third less),
 * fully remote x1.19 (flexibility, but weaker ties to the team). Managers x1.15 in the office
 * (Bloom: no significant change among managers). Juniors learn from sitting near their team:
 * proximity's extra code feedback goes mostly to young and less-tenured engineers, who were
 * the ones more likely to quit once their co-located teams went remote, and workers in their
 * twenties are among the most likely to choose the office (Emanuel, Harrington and Pallais 2023,
 * "The Power of Proximity to Coworkers"). So a junior's office quits are x1.1 (the commute
 * costs them too; the learning makes up most of it) and fully remote x1.6 (reasoning: the
 * feedback they lose is the study's largest effect, and they lose the most of it).
 * Engine 1.21.0 and earlier applied one multiplier to every level (office x1.5, remote x1.19).
 */
export const WORK_POLICY_QUITS: Record<WorkPolicy, readonly number[]> = {
  office: [1.1, 1.5, 1.5, 1.15],
  hybrid: [1, 1, 1, 1],
  remote: [1.6, 1.19, 1.19, 1.19],
};

/** Quits multiplier of a work policy for a level (0 junior, 1 senior, 2 staff, 3 manager). */
export function workPolicyAttrition(policy: WorkPolicy, level = 1): number {
  return WORK_POLICY_QUITS[policy][level] ?? 1;
}

/**
 * Pay of a new hire against the hub's market rates, by work policy. A fully remote employer
 * hires where people live and pays location-based bands (GitLab's compensation calculator
 * scales pay by a location factor; Buffer and others do likewise): about half of remote hires
 * live outside the expensive hubs, at about 80% of hub pay (the gap between a country's hub and
 * its other regions for software engineers: US metro pay surveys, Japan's wage census Tokyo
 * against the regions), so 0.9 on average (reasoning). Hybrid and office hires live within a
 * commute of the office and are paid its market's rates. Pay position against the market, and
 * so retention and offers, is unchanged: a location band is the local market's rate.
 */
export const HIRE_PAY: Record<WorkPolicy, number> = {
  office: 1,
  hybrid: 1,
  remote: 0.9,
};

/**
 * The staff's average pay against the hub's rates after this quarter's arrivals: those who were
 * there keep their pay, arrivals come at HIRE_PAY (leavers are taken as average). Called back
 * from fully remote work to an office, people hired far from it move near it at its rates or
 * leave (their quits are in RETURN_TO_OFFICE_QUITS), so pay returns to the hub's: a remote
 * organisation's saving does not survive a return to the office.
 */
export function nextLocationPay(
  locationPay: number,
  last: WorkPolicy,
  next: WorkPolicy,
  headcountBefore: number,
  arrivals: number,
): number {
  const base = last === 'remote' && next !== 'remote' ? 1 : locationPay;
  const total = headcountBefore + arrivals;
  if (total <= 0) return base;
  return (base * headcountBefore + HIRE_PAY[next] * arrivals) / total;
}

/**
 * Workspace a year per employee, as a share of a senior engineer's annual cost (the scenario's
 * market, so it follows the country's price level): desks, rent and office services, or what a
 * remote organisation pays instead. The office 6% (about $12k a workstation in a US tech hub,
 * ¥0.8-1.4M in central Tokyo: brokers' occupancy-cost surveys, CBRE and JLL); hybrid 4.5%, since
 * teams come in on the same days, so firms gave up only about a quarter of their space (CBRE
 * Occupier Survey 2023); remote 1.5%: home-office stipends, co-working and the offsites that keep
 * a remote team together. A remote organisation saves money that an office buys back in ramp-up
 * (staff.ts, RAMP) and hybrid in retention.
 */
export const WORKSPACE_SHARE: Record<WorkPolicy, number> = {
  office: 0.06,
  hybrid: 0.045,
  remote: 0.015,
};

/**
 * This quarter's workspace share after a change of policy: space given up is still paid for the
 * quarter of the move (notice, a sublease to find, moving out); space taken on is paid at once.
 * Reasoning: office leases run for years and serviced space gives a quarter's notice, so the
 * saving of going remote starts a quarter late and the move itself costs.
 */
export function workspaceShare(last: WorkPolicy, next: WorkPolicy): number {
  return Math.max(WORKSPACE_SHARE[last], WORKSPACE_SHARE[next]);
}

/**
 * Engagement points lost per point of pay cut against last quarter (a one-off, in the pay
 * part): cuts hurt far more than raises help. Kube, Marechal and Puppe (JEEA 2013): a wage cut
 * lowered output by about a fifth while an equal raise changed nothing; Bewley (1999): managers
 * avoid cuts because of what they do to morale. A 10-point cut costs 4 points of engagement at
 * once, on top of the lower pay position.
 */
export const PAY_CUT_SHOCK = 0.4;

/**
 * Quits multiply by RETURN_TO_OFFICE_QUITS in the quarter people are called back to more office
 * days (hybrid or remote to the office, remote to hybrid). Ding and Ma (2024, "Return-to-office
 * mandates and brain drain"): turnover rose about 14% at large US tech and finance firms after
 * office mandates, most of them a return to three or more days a week, most among senior and
 * skilled staff.
 */
export const RETURN_TO_OFFICE_QUITS = 1.15;

/** Office days a week, in order: a move up this order calls people back. */
const OFFICE_DAYS: Record<WorkPolicy, number> = { remote: 0, hybrid: 3, office: 5 };

/** Whether moving from `last` to `next` calls people back to the office. */
export function returnsToOffice(last: WorkPolicy, next: WorkPolicy): boolean {
  return OFFICE_DAYS[next] > OFFICE_DAYS[last];
}

/**
 * A career ladder keeps the seniors and staff engineers who would leave for a title or a
 * clearer path elsewhere: career growth is the most common reason for voluntary quits, about a
 * fifth of them (Work Institute, Retention Reports 2019-2023), and those quits follow outside
 * offers, so the gain follows the hiring market: none in a downturn (index 0.75 and below, few
 * offers), LADDER_RETENTION_MAX of their quits at a boom's index (1.35), about 10% in a normal
 * market. Juniors and managers are not counted: juniors grow on the job whatever the ladder,
 * managers have their own track.
 */
export const LADDER_RETENTION_MAX = 0.25;
/** Hiring-market index at which the ladder keeps no one (a downturn's, market.ts) ... */
export const LADDER_COLD_MARKET = 0.75;
/** ... and at which it keeps LADDER_RETENTION_MAX of seniors' quits (a boom's). */
export const LADDER_HOT_MARKET = 1.35;

/**
 * Managers from whom a written ladder keeps its full share of quits. A ladder keeps people by
 * making the path and the promotion decisions the same whoever one's manager is; where a handful
 * of managers calibrate every case together in one room, the path is already shared and visible
 * without one. Reasoning for the figure: about a dozen managers is as many as can calibrate
 * informally in one meeting; beyond that decisions drift apart between groups unless a written
 * ladder holds them together. Engines before 1.28.0 gave a team of three managers a
 * fifty-manager organisation's gain, which left the ladder worth its price at every size.
 */
export const LADDER_FULL_MANAGERS = 12;

/**
 * Multiplier on seniors' and staff engineers' quits with a career ladder (1 without): the
 * market's heat times the share of LADDER_FULL_MANAGERS the organisation has.
 */
export function ladderQuits(careerLadder: boolean, hiringMarket: number, managers: number): number {
  if (!careerLadder) return 1;
  const heat = Math.min(
    1,
    Math.max(0, (hiringMarket - LADDER_COLD_MARKET) / (LADDER_HOT_MARKET - LADDER_COLD_MARKET)),
  );
  const spread = Math.min(1, Math.max(0, managers) / LADDER_FULL_MANAGERS);
  return 1 - LADDER_RETENTION_MAX * heat * spread;
}

/**
 * What a ladder costs beyond its running (budget.ts): it places everyone in a band, and those
 * below their band's floor are lifted while the rest argue from the bands, so payroll rises by
 * about LADDER_PAY_PRESSURE for as long as the ladder stands. Reasoning: pay-equity and
 * levelling reviews typically correct 1-2% of payroll (WorldatWork salary budget surveys put
 * adjustments beyond merit near 1%); the low end, as the ladder is not a full re-grading.
 */
export const LADDER_PAY_PRESSURE = 0.01;
/**
 * Share of each manager's time that calibration rounds and promotion cases take (two
 * calibrations a year, a case per promotion): about half a day a week (reasoning: a
 * calibration round is two to three days for each manager, cases and feedback the rest).
 */
export const LADDER_MANAGER_TIME = 0.1;

export interface EngagementInputs {
  engagement: number;
  exhaustion: number;
  /** pay position against the market, percent (payPosition) */
  payPosition: number;
  /** points of pay adjustment cut against last quarter (0 when pay held or rose) */
  payCut: number;
  managerEffectiveness: number;
  training: number;
  workPolicy: WorkPolicy;
  innovationShare: number;
  /** share of the staff laid off this quarter */
  layoffShare: number;
  codeDebt: number;
  /** severity-1 and -2 incidents this quarter (on-call pain) */
  majorIncidents: number;
  promotions: number;
  headcount: number;
  /** people in their first two quarters as a share of head count */
  newcomerShare: number;
}

export const ENGAGEMENT_PARTS = [
  'reversion',
  'pay',
  'managers',
  'growth',
  'workPolicy',
  'innovation',
  'exhaustion',
  'layoffs',
  'debtFrustration',
  'incidents',
  'dilution',
] as const;

/**
 * Share of newcomers (first two quarters) an organisation absorbs without losing its norms:
 * sustainable growth of ~8% a quarter keeps it near 15%. Past 20% in a hybrid organisation,
 * culture dilutes (Gil, High Growth Handbook 2018: hypergrowth strains culture, onboarding and
 * managers). Norms are learned by being around them: an office absorbs a quarter more
 * newcomers, a remote organisation a quarter fewer, whose newcomers meet fewer colleagues
 * outside their team (Yang et al., Nature Human Behaviour 2022; remote-first companies write
 * their culture down to make up for it, GitLab's handbook).
 */
export const DILUTION_THRESHOLD: Record<WorkPolicy, number> = {
  office: 0.25,
  hybrid: 0.2,
  remote: 0.15,
};
/** Engagement points lost per point of newcomer share above the threshold, each quarter. */
export const DILUTION_PER_POINT = 0.3;

/**
 * Additive parts of the engagement change (points); out[] is parallel to ENGAGEMENT_PARTS.
 * Negative parts are written `0 - x` so that a zero is +0 (-0 does not survive JSON).
 */
export function engagementChange(i: EngagementInputs, out: number[]): number {
  out[0] = 0.2 * (55 - i.engagement);
  out[1] = 3 * payAppeal(i.payPosition) - PAY_CUT_SHOCK * i.payCut;
  out[2] = 6 * (i.managerEffectiveness - 0.5);
  // Growth: training and promotions. A career ladder's gain is in seniors' quits (ladderQuits),
  // counted once there (engine 1.17.0; it was +1 a quarter here, whatever the market).
  out[3] =
    0.4 * i.training + (i.headcount > 0 ? Math.min(2, (30 * i.promotions) / i.headcount) : 0);
  out[4] = i.workPolicy === 'remote' ? 0.3 : 0.5;
  // Slack time lifts morale with diminishing returns (the first free day matters most).
  out[5] = 3 * (1 - exp(-i.innovationShare / 0.1));
  // The positive motivators saturate together (MOTIVATOR_CEILING).
  let positive = 0;
  for (let k = 1; k <= 5; k++) positive += Math.max(0, out[k] ?? 0);
  if (positive > 0) {
    const scale = (MOTIVATOR_CEILING * (1 - exp(-positive / MOTIVATOR_CEILING))) / positive;
    for (let k = 1; k <= 5; k++) if ((out[k] ?? 0) > 0) out[k] = (out[k] ?? 0) * scale;
  }
  out[6] = 0 - 0.1 * Math.max(0, i.exhaustion - 40);
  out[7] = 0 - 80 * i.layoffShare;
  out[8] = 0 - 0.04 * Math.max(0, i.codeDebt - 50);
  out[9] = 0 - 0.6 * i.majorIncidents;
  out[10] =
    0 - DILUTION_PER_POINT * 100 * Math.max(0, i.newcomerShare - DILUTION_THRESHOLD[i.workPolicy]);
  let sum = 0;
  for (let k = 0; k < ENGAGEMENT_PARTS.length; k++) sum += out[k] ?? 0;
  return sum;
}

/**
 * Change load: improvement programmes (process levels, coaching, training, guardrails, game
 * days, FinOps, SLO upkeep: budget.ts, processOverhead) take time from the same people who
 * carry the roadmap. Up to CHANGE_ABSORBED of their time a team absorbs them; beyond it every
 * point adds CHANGE_STRAIN points of workload pressure. Reasoning: change fatigue (Gartner 2023:
 * employees' willingness to support enterprise change fell from 74% in 2016 to 43% in 2022 as
 * the number of changes rose); the steady plan of the balanced policy takes ~12-14%, every
 * programme at its top ~24%.
 */
export const CHANGE_ABSORBED = 0.15;
export const CHANGE_STRAIN = 1.5;

/**
 * Workload pressure, 1 = sustainable. Feature pushes above ~65%, accepted commitments,
 * incidents, mentoring load and programmes beyond what a team absorbs all add to it.
 */
export function workloadPressure(
  featureShare: number,
  openCommitments: number,
  incidentWorkShare: number,
  mentoringShare: number,
  freeze: boolean,
  programmeShare: number,
): number {
  return (
    0.85 +
    1.5 * Math.max(0, featureShare - 0.65) +
    0.07 * openCommitments +
    1.5 * incidentWorkShare +
    // Onboarding lands on the seniors who also carry the roadmap (~20-25% of a senior per new
    // hire, docs/model.md, brief 5): hiring faster than ~10% a quarter overloads them.
    1.5 * mentoringShare +
    (freeze ? 0.05 : 0) +
    CHANGE_STRAIN * Math.max(0, programmeShare - CHANGE_ABSORBED)
  );
}

/**
 * Exhaustion (0-100) reads as the share of the team that feels burned out very often or always,
 * in percent. Gallup (Wigert and Agrawal, "Employee Burnout, Part 1: The 5 Main Causes", 2018;
 * 7,500 US full-time employees): 23% of employees feel burned out very often or always (44% more
 * sometimes), and those who do are 2.6 times as likely to be actively seeking another job and 63%
 * more likely to take a sick day. The model's base rates (quits ~13% a year, DORA's change
 * failure rates) are those of typical organisations, so TYPICAL_EXHAUSTION is the level at which
 * exhaustion moves neither: below it a rested team quits and fails less, above it more. A team
 * kept at sustainable pressure settles at 18 (exhaustionChange).
 */
export const TYPICAL_EXHAUSTION = 23;
/** How much likelier a burned-out person is to look for another job (Gallup 2018: 2.6 times). */
export const BURNOUT_JOB_SEEKING = 2.6;

/**
 * Quits multiplier of exhaustion against a typical team's (1 at TYPICAL_EXHAUSTION): the burned-out
 * share seeks other jobs BURNOUT_JOB_SEEKING times as often as the rest, and seeking is what
 * turns into quits (Griffeth, Hom and Gaertner 2000, meta-analysis: job search is among the
 * strongest predictors of turnover). x0.94 for a rested team (18), x1.32 at 50, x1.67 at 80.
 * Engine 1.24.0 and earlier counted exhaustion only above 40 (x1 up to there, x2 at 70), so a
 * team carried at 30-40 for a year lost no one to it.
 */
export function exhaustionQuits(exhaustion: number): number {
  const seeking = (e: number) => 1 + ((BURNOUT_JOB_SEEKING - 1) * Math.max(0, e)) / 100;
  return seeking(exhaustion) / seeking(TYPICAL_EXHAUSTION);
}

/** Exhaustion builds under pressure above 1 and drains with slack (points per quarter). */
export function exhaustionChange(exhaustion: number, pressure: number): number {
  return 40 * Math.max(0, pressure - 1) - 0.25 * exhaustion + 0.25 * 18;
}

/**
 * Most a well-run organisation lowers quits below the industry's rate through engagement, pay
 * and its managers together: these levers keep the same people (the ones who would leave for a
 * better offer or a bad manager), so their gains overlap, and many quits have reasons no
 * employer controls. Gallup's Q12 meta-analysis (2020): business units in the top quartile of
 * engagement see 18% (high-turnover organisations) to 43% (low-turnover ones) less turnover
 * than the bottom quartile; software is a high-turnover industry, so about a quarter at most.
 * Engine 1.9.0 multiplied the three gains, which let sensible play keep 6-9% a year.
 */
export const RETENTION_GAIN_MAX = 0.25;

/**
 * The combined multiplier of engagement, pay and managers on quits: penalties (above 1) count
 * in full, gains saturate toward 1 - RETENTION_GAIN_MAX.
 */
export function retentionMultiplier(product: number): number {
  if (product >= 1) return product;
  return 1 - RETENTION_GAIN_MAX * (1 - exp(-(1 - product) / RETENTION_GAIN_MAX));
}

/**
 * Quarterly attrition probability per person. Exhaustion acts with a lag: it is last
 * quarter's exhaustion that drives this quarter's resignations.
 */
export function attritionProbability(
  engagement: number,
  lastExhaustion: number,
  payPositionPct: number,
  policy: WorkPolicy,
  hiringMarket: number,
  managerEffectiveness: number,
  returnToOffice = false,
  /** 0 junior, 1 senior, 2 staff, 3 manager (WORK_POLICY_QUITS) */
  level = 1,
): number {
  // Engaged people still leave for reasons no employer controls (moves, life events, a
  // founder's call): engagement can lower quits by at most 20% from a typical team's.
  const engagementMult = Math.min(2.5, Math.max(0.8, 1 + (55 - engagement) / 50));
  const exhaustionMult = exhaustionQuits(lastExhaustion);
  // Below market every point adds quits; above it the gain fades (payAppeal) to at most -25%.
  const payMult = 1 - 0.25 * payAppeal(payPositionPct);
  const managerMult = 1.25 - 0.5 * managerEffectiveness;
  // Capped at ~10% a quarter (~35% a year): even badly run teams rarely lose more.
  return Math.min(
    0.1,
    BASE_QUARTERLY_ATTRITION *
      retentionMultiplier(engagementMult * payMult * managerMult) *
      exhaustionMult *
      workPolicyAttrition(policy, level) *
      hiringMarket *
      (returnToOffice ? RETURN_TO_OFFICE_QUITS : 1),
  );
}

/**
 * The candidate pool a work policy draws from, against hybrid work (x1): fully remote x1.3 (a
 * wider pool: candidates from anywhere in the country's time zones); the office x0.75: a
 * commute every day narrows the pool to those who live near and want it. LinkedIn's Economic
 * Graph (2022-23): remote postings were under a fifth of US postings but drew about half of all
 * applications; few software candidates search for fully on-site roles (Flex Index 2023-24:
 * most tech firms offer hybrid or more). Reasoning for the size: a quarter of the candidates
 * who would take a hybrid role screen out a five-day office.
 */
export const WORK_POLICY_POOL: Record<WorkPolicy, number> = {
  office: 0.75,
  hybrid: 1,
  remote: 1.3,
};

/**
 * Candidates the market offers a quarter: about a fifth of the organisation's head count
 * (referrals, sourcing and recruiters scale with the company), fewer in a hot market, times the
 * work policy's pool (WORK_POLICY_POOL). Hiring benchmarks: 35-41 days of process and 2-4
 * months from requisition to start for the typical opening; far more openings than that take
 * far longer.
 */
export function candidateSupply(
  headcount: number,
  hiringMarket: number,
  policy: WorkPolicy,
): number {
  return (Math.max(5, 0.2 * headcount) * WORK_POLICY_POOL[policy]) / hiringMarket;
}

/**
 * Share of requisitions that find a candidate this quarter: supply (1 - e^(-reqs/supply)) /
 * reqs. A few openings fill almost all; twice the supply fills under half.
 */
export function fillRate(requisitions: number, supply: number): number {
  if (requisitions <= 0) return 1;
  return (supply * (1 - exp(-requisitions / supply))) / requisitions;
}

/**
 * Interview load of this quarter's requisitions, engineer-quarters: INTERVIEW_LOAD each, and
 * twice as many loops per hire when openings are twice the candidate supply (thin pipelines
 * mean more screens and onsites per accepted offer).
 */
export function interviewLoad(requisitions: number, supply: number): number {
  return INTERVIEW_LOAD * requisitions * (1 + requisitions / supply);
}

/**
 * Points of pay a candidate gives up for flexibility, by work policy: an offer for a five-day
 * office role is weighed like one OFFICE_OFFER_PAY points lower. Barrero, Bloom and Davis
 * (SWAA, 2021-23): workers value two to three days at home at about 8% of pay on average;
 * fewer than all candidates care, so 5 points (reasoning).
 */
export const OFFICE_OFFER_PAY = 5;

/**
 * Offer acceptance, a fraction: pay vs. market, employer brand and the work policy offered; a hot
 * market makes offers harder.
 */
export function offerAcceptance(
  base: number,
  payPositionPct: number,
  brand: number,
  hiringMarket: number,
  policy: WorkPolicy,
): number {
  const position = payPositionPct - (policy === 'office' ? OFFICE_OFFER_PAY : 0);
  // Pay above market wins offers with fading returns (+20% at most), below it loses them.
  const p = (base * (1 + 0.2 * payAppeal(position)) * (0.7 + 0.6 * (brand / 100))) / hiringMarket;
  return Math.min(0.98, Math.max(0.1, p));
}

/**
 * Manager effectiveness moves toward a target set by coaching investment and span of control
 * (6-8 reports is right: Grove, High Output Management).
 */
export function managerEffectivenessChange(
  current: number,
  oneOnOnes: number,
  leadershipTraining: number,
  span: number,
): number {
  // Coaching pays with diminishing returns: 0.62 at 1:1s 2 and training 1, 0.74 at 3 and 3.
  const target =
    0.35 +
    0.5 * (1 - exp(-(0.3 * oneOnOnes + 0.2 * leadershipTraining))) -
    0.04 * Math.max(0, span - 8) -
    0.03 * Math.max(0, 5 - span);
  return 0.25 * (Math.min(1, Math.max(0, target)) - current);
}
