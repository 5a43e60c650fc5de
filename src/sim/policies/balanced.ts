/**
 * Reference policies for tests, the CLI and the luck-vs-skill checks: a balanced responsive
 * policy, a careless one, and the extremes of docs/model.md, brief 6.13.
 */
import { deckFor } from '../deck';
import { EXTREME_CHANGES } from './extremes';
import { crisisLayoffs } from './crisis';
import { ENABLING_TEAMS_AT_ONCE } from '../model/enabling';
import { safeExit } from '../model/handover';
import { candidateSupply, fillRate } from '../model/people';
import { countOf, LEVEL_INDEX, ROLE_INDEX } from '../model/staff';
import { expectedFeatures } from '../step';
import type { DilemmaCard } from '../scenario/schema';
import type { Decisions, Game, PendingEvent, Policy, QuarterMetrics, StaffLine } from '../types';

/** The sensible answer to each base-deck dilemma (a thoughtful VPoE's choice). */
export const SENSIBLE_OPTIONS: Record<string, string> = {
  'debt-quantify': 'measure-and-plan',
  microservices: 'strangler',
  'cloud-cost-spike': 'finops-tiger-team',
  'deploy-frequency': 'trunk-based',
  'slo-policy': 'slo-with-policy',
  'unify-stacks': 'golden-paths',
  'zero-downtime': 'blue-green',
  'data-breach-response': 'full-response',
  'oss-vs-commercial': 'pay-vendor',
  'introduce-sre': 'sre-team',
  'innovation-time': 'hack-week',
  'delivery-bottleneck': 'value-stream-map',
  'security-in-pipeline': 'blocking-gates',
  'knowledge-sharing': 'adrs-and-talks',
  'multi-cloud': 'exit-plan',
  'ai-assistants-rollout': 'with-guardrails',
  'launch-crunch': 'cut-scope',
  // enterprise-dx's own card: take the integrator's code over by pairing, not by renewal.
  'edx-insourcing': 'insource-gradually',
};

/** Contractors the balanced policy keeps for flexibility once any larger bench is wound down. */
const CONTRACTOR_TARGET = 2;
/** A bench this much above the target is worth an exit plan (hand-over clauses) while it winds down. */
const EXIT_PLAN_BENCH = 10;

/**
 * A gradual exit: the bench shrinks only as fast as its knowledge can be handed over
 * (model/handover.ts), with an exit plan funded while a large bench winds down.
 */
function contractorExit(game: Game): { contractors: number; exitPlan: string[] } {
  const s = game.scenario;
  const target = Math.min(CONTRACTOR_TARGET, s.limits.maxContractors);
  const last = game.state.contractors;
  if (last <= target) return { contractors: target, exitPlan: [] };
  const plan = s.riskRegister.find((r) => r.mitigates === 'vendor');
  const withPlan = plan !== undefined && last - target > EXIT_PLAN_BENCH;
  const contractors = Math.max(target, last - Math.floor(safeExit(last, withPlan)));
  return { contractors, exitPlan: withPlan ? [plan.id] : [] };
}

function lastMetrics(game: Game): QuarterMetrics {
  return game.history.length > 0 ? game.state.last : game.baseline;
}

function headcountOf(game: Game): number {
  let n = 0;
  for (const x of game.state.staff) n += x;
  return n;
}

/** Whether a stakeholder request looks achievable under steady play. */
function requestLooksFeasible(game: Game, ev: PendingEvent): boolean {
  const r = ev.request;
  if (!r) return false;
  const m = lastMetrics(game);
  const quarters = r.dueQuarter - game.quarter;
  switch (r.measure) {
    case 'featuresDelivered':
      return m.featuresDelivered * quarters * 1.05 >= r.target;
    case 'costPerQuarter':
      return m.runwayQuarters < 12 && m.costs * 0.97 <= r.target;
    case 'attritionRate':
      return m.engagement > 58;
    case 'debtIndex':
      return m.debtTax < 0.32;
    case 'incidents':
      return r.target >= 1;
  }
}

function balancedDecide(game: Game, opts: { hireScale?: number } = {}): Decisions {
  const s = game.scenario;
  const m = lastMetrics(game);
  const hc = headcountOf(game);
  let features = 62;
  let debt = 18;
  let reliability = 10;
  let security = 6;
  let innovation = 4;
  // Well ahead of what the market asks, more features earn little; innovation time (with
  // diminishing returns, model/business.ts) is where the next gain lies.
  const ahead = m.featuresDelivered / expectedFeatures(s, Math.max(1, game.quarter - 1));
  if (game.quarter > 1 && ahead > 1.3) {
    const shift = ahead > 1.6 ? 12 : 6;
    innovation += shift;
    features -= shift;
  }
  if (m.debtTax > 0.3) {
    debt += 6;
    features -= 6;
  }
  // What winning means: a scenario that weighs reliability above the usual ~15% of the score
  // gets a larger standing share of reliability work (the scoring weights are in the briefing).
  const w = s.scoring;
  const weightSum = w.business + w.delivery + w.reliability + w.people + w.cost + w.stakeholders;
  const standing = Math.max(0, Math.round(40 * (w.reliability / weightSum - 0.15)));
  // Incidents beyond two a quarter, or an overrun error budget, call for more reliability work
  // in proportion (at most 16 points).
  const response = Math.min(
    16,
    Math.max(0, 2 * (m.incidents - 2)) + (m.errorBudgetUsed > 1 ? 4 : 0),
  );
  const moreReliability = Math.max(standing, response);
  reliability += moreReliability;
  features -= moreReliability;
  if (m.securityDebt > 45) {
    security += 4;
    features -= 4;
  }
  const hiring: StaffLine[] = [];
  const exit = contractorExit(game);
  const canGrow = m.runwayQuarters > 8 && m.exhaustion < 65;
  if (canGrow) {
    // Grow ~8% a quarter: sustainable onboarding (mentoring load stays near 20% of seniors).
    // Where offers are often declined (slow pay bands), open more requisitions to get there.
    // Openings beyond the candidate supply fill less often (model/people.ts, fillRate): open
    // enough for the target, judged at a normal market.
    const supply = candidateSupply(hc, 1, 'hybrid');
    const pipelineScale =
      Math.max(1, 0.65 / s.market.offerAcceptance) / fillRate(Math.round(hc * 0.08), supply);
    // Responsive: when the product falls behind the market and the money is there, grow
    // faster (15% a quarter: newcomers pass the 20% dilution threshold, a price it accepts).
    const behind = m.featuresDelivered < expectedFeatures(s, game.quarter) && m.runwayQuarters > 12;
    // Inside the budget envelope agreed with the CFO, with runway to spare, grow faster; at
    // the envelope, slowly (model/budget.ts).
    const envelopeUse = m.budgetUse;
    const rate =
      envelopeUse > 1 ? 0.03 : behind || (envelopeUse < 0.9 && m.runwayQuarters > 12) ? 0.15 : 0.08;
    // Seats a contractor exit frees are hired in-house (insourcing), on top of the growth.
    const insource = Math.max(0, game.state.contractors - exit.contractors);
    // Never far beyond the candidate supply: those openings mostly cost interviews.
    const n = Math.min(
      s.limits.maxHiresPerQuarter,
      Math.round(supply * (opts.hireScale ?? 1)),
      Math.round((hc * rate + insource) * pipelineScale * (opts.hireScale ?? 1)),
    );
    const seniors = Math.ceil(n * 0.6);
    if (seniors > 0) hiring.push({ role: 'product', level: 'senior', count: seniors });
    if (n - seniors > 0) hiring.push({ role: 'product', level: 'junior', count: n - seniors });
    // The specialist hires stay within the scenario's requisition limit too.
    let room = s.limits.maxHiresPerQuarter - n;
    if (game.quarter % 3 === 0 && room-- > 0)
      hiring.push({ role: 'platform', level: 'senior', count: 1 });
    if (game.quarter % 4 === 0 && room-- > 0)
      hiring.push({ role: 'security', level: 'senior', count: 1 });
  }
  const managers =
    countOf(game.state, 0, 3) +
    countOf(game.state, 1, 3) +
    countOf(game.state, 2, 3) +
    countOf(game.state, 3, 3);
  const span = (hc - managers) / Math.max(1, managers);
  const initiatives: string[] = [];
  // Finished initiatives are off the menu (they complete once).
  const finished = new Set(game.state.initiatives.filter((i) => i.progress >= 1).map((i) => i.id));
  const ids = new Set(s.initiatives.map((i) => i.id).filter((id) => !finished.has(id)));
  const running = new Set(
    game.state.initiatives.map((i) => i.id).filter((id) => !finished.has(id)),
  );
  if (ids.has('infra-as-code') && (running.has('infra-as-code') || m.infraDebt > 30))
    initiatives.push('infra-as-code');
  else if (
    ids.has('strangler-services') &&
    (running.has('strangler-services') || (m.techDebt > 50 && game.quarter >= 2))
  )
    initiatives.push('strangler-services');
  // Read from the quarterly reports: incidents over the last year, audits and the hiring market.
  const recent = game.history.slice(-4);
  const incidentsPerQuarter =
    recent.length > 0 ? recent.reduce((n, h) => n + h.metrics.incidents, 0) / recent.length : 0;
  const incidentProne = incidentsPerQuarter >= 2.5;
  const audited =
    s.market.regulation >= 0.5 ||
    game.history.some((h) => h.events.some((e) => e.kind === 'regulatory-audit'));
  const hotMarket = game.history
    .slice(-2)
    .some((h) => h.events.some((e) => e.kind === 'hiring-market-hot'));
  const risk = s.riskRegister
    .filter(
      (r) =>
        r.mitigates === 'breach' ||
        r.mitigates === 'key-person' ||
        (r.mitigates === 'outage' && incidentProne) ||
        (r.mitigates === 'audit' && audited),
    )
    .map((r) => r.id);
  // Pay a little above the market; more when people leave or the market heats up; at the market
  // when money is short (runway or the budget agreed with the CFO).
  const moneyShort = m.runwayQuarters < 8 || m.budgetUse > 1.05;
  const pay = moneyShort ? 0 : m.attritionRate > 0.13 || hotMarket ? 8 : 3;
  // Error-budget freeze once the last two quarters stayed within budget (the team can keep it).
  const withinBudget =
    game.history.length >= 2 &&
    game.history.slice(-2).every((h) => h.metrics.errorBudgetUsed < 0.8);
  for (const id of exit.exitPlan) risk.push(id);
  const usableSeniors = game.state.staff[(0 * 4 + 1) * 4 + 3] ?? 0;
  return {
    org: {
      teamSizeTarget: Math.min(7, s.limits.maxTeamSize),
      platformTeam: true,
      // Two coaches where they reach at least half the stream teams of seven (model/enabling.ts).
      enablingTeam: hc >= 40 && Math.ceil((hc - managers) / 7) <= 2 * ENABLING_TEAMS_AT_ONCE,
      promotionsToManager: span > 8.5 ? Math.min(2, usableSeniors) : 0,
      promotionsToStaff: 0,
    },
    process: { ciCd: 2, testAutomation: 2, codeReview: 1, postmortems: true, documentation: 2 },
    talent: {
      hiring,
      payAdjustmentPct: pay,
      training: 2,
      careerLadder: true,
      layoffs: crisisLayoffs({
        runwayQuarters: m.runwayQuarters,
        quartersLeft: s.horizonQuarters - game.quarter + 1,
        downturn: game.state.marketCycle === 'downturn',
        productJuniors: countOf(game.state, ROLE_INDEX.product, LEVEL_INDEX.junior),
        productSeniors: countOf(game.state, ROLE_INDEX.product, LEVEL_INDEX.senior),
      }),
    },
    allocation: { features, debtPaydown: debt, reliability, security, innovation },
    initiatives,
    budget: {
      rightsizing: m.cloudWaste > 0.2,
      commitmentCoverage: 0.5,
      contractors: exit.contractors,
      // Its platform team runs the pipelines: a CI service would duplicate it (pipelineInvestment).
      tools: { observability: true, ci: false, securityScanning: true },
      sourcing: 'commercial',
    },
    coaching: { oneOnOnes: 2, leadershipTraining: 1 },
    riskMitigations: risk,
    trends: {
      aiAdoption: 0.5,
      aiGuardrails: 2,
      workPolicy: 'hybrid',
      // Game days where incidents are frequent; elsewhere their time buys little.
      chaosEngineering: incidentProne,
      sloTarget: 0.999,
      // A freeze policy only where the team keeps within budget (else it stalls delivery).
      errorBudgetPolicy: withinBudget ? 'freeze' : 'none',
    },
  };
}

function sensibleChoice(game: Game, ev: PendingEvent): string {
  if (ev.kind === 'request') return requestLooksFeasible(game, ev) ? 'accept' : 'decline';
  const pick = SENSIBLE_OPTIONS[ev.sourceId];
  return pick && ev.options.some((o) => o.id === pick) ? pick : ev.defaultOptionId;
}

/** A sensible VPoE: steady investment, responsive allocation, sustainable growth. */
export const balancedPolicy: Policy = {
  name: 'balanced',
  decide: (game) => balancedDecide(game),
  choose: sensibleChoice,
};

/** Chooses the option promising the most feature capacity right now (short-termism). */
function greedyChoice(game: Game, ev: PendingEvent): string {
  if (ev.kind === 'request') return 'accept';
  const card = deckFor(game.scenario).dilemmas.find((c) => c.id === ev.sourceId);
  if (!card) return ev.defaultOptionId;
  let best = ev.defaultOptionId;
  let bestGain = -Infinity;
  for (const o of card.options) {
    let gain = 0;
    for (const e of o.effects) if (e.target === 'featureCapacityPct') gain += e.delta;
    if (gain > bestGain) {
      bestGain = gain;
      best = o.id;
    }
  }
  return best;
}

/** Careless: all-in on features, no investment, promises everything. */
export const carelessPolicy: Policy = {
  name: 'careless',
  decide: (game) => {
    const s = game.scenario;
    return {
      org: {
        teamSizeTarget: Math.min(12, s.limits.maxTeamSize),
        platformTeam: false,
        enablingTeam: false,
        promotionsToManager: 0,
        promotionsToStaff: 0,
      },
      process: { ciCd: 0, testAutomation: 0, codeReview: 0, postmortems: false, documentation: 0 },
      talent: {
        hiring: [
          { role: 'product', level: 'junior', count: Math.min(s.limits.maxHiresPerQuarter, 6) },
        ],
        payAdjustmentPct: -5,
        training: 0,
        careerLadder: false,
        layoffs: [],
      },
      allocation: { features: 90, debtPaydown: 5, reliability: 5, security: 0, innovation: 0 },
      initiatives: [],
      budget: {
        rightsizing: false,
        commitmentCoverage: 0,
        contractors: Math.min(6, s.limits.maxContractors),
        tools: { observability: false, ci: false, securityScanning: false },
        sourcing: 'commercial',
      },
      coaching: { oneOnOnes: 0, leadershipTraining: 0 },
      riskMitigations: [],
      trends: {
        aiAdoption: 1,
        aiGuardrails: 0,
        workPolicy: 'office',
        chaosEngineering: false,
        sloTarget: 0.999,
        errorBudgetPolicy: 'none',
      },
    };
  },
  choose: greedyChoice,
};

function variant(
  name: string,
  change: (d: Decisions, game: Game) => Decisions,
  choose: Policy['choose'] = sensibleChoice,
): Policy {
  return { name, decide: (game) => change(balancedDecide(game), game), choose };
}

/** What an option does for security: practice gained (x100) plus security debt paid down. */
function securityGain(option: DilemmaCard['options'][number]): number {
  let gain = 0;
  for (const e of [...option.effects, ...option.delayed.flatMap((d) => d.effects)]) {
    if (e.target === 'capability.securityPractice') gain += 100 * e.delta;
    if (e.target === 'debt.security') gain -= e.delta;
  }
  return gain;
}

/**
 * The no-security extreme's answers: the sensible one unless it is security work, then the
 * option that does the least for security (a player who does no security work does not take
 * security gates when a card offers them).
 */
function noSecurityChoice(game: Game, ev: PendingEvent): string {
  const pick = sensibleChoice(game, ev);
  const card = deckFor(game.scenario).dilemmas.find((c) => c.id === ev.sourceId);
  if (!card) return pick;
  const gains = card.options.map((o) => ({ id: o.id, gain: securityGain(o) }));
  const least = Math.min(...gains.map((g) => g.gain));
  const chosen = gains.find((g) => g.id === pick);
  if (!chosen || chosen.gain <= least) return pick;
  return gains.find((g) => g.gain === least)?.id ?? pick;
}

/** The fixed extremes that must lose to the balanced policy in most seeds (docs/model.md, brief 6.13). */
export const extremePolicies: Policy[] = [
  variant('all-features', EXTREME_CHANGES['all-features']),
  variant('all-debt', EXTREME_CHANGES['all-debt']),
  variant('hire-max', EXTREME_CHANGES['hire-max']),
  variant('cut-max', (d, game) => {
    const juniors = countOf(game.state, 0, 0);
    const seniors = countOf(game.state, 0, 1);
    const cut = Math.floor((juniors + seniors) * 0.15);
    const j = Math.min(juniors, cut);
    return {
      ...d,
      talent: {
        ...d.talent,
        hiring: [],
        payAdjustmentPct: -10,
        training: 0,
        careerLadder: false,
        layoffs: [
          { role: 'product', level: 'junior', count: j },
          { role: 'product', level: 'senior', count: Math.min(seniors, cut - j) },
        ],
      },
      process: { ciCd: 0, testAutomation: 0, codeReview: 1, postmortems: false, documentation: 0 },
      budget: {
        ...d.budget,
        contractors: 0,
        tools: { observability: false, ci: false, securityScanning: false },
      },
      coaching: { oneOnOnes: 0, leadershipTraining: 0 },
      riskMitigations: [],
    };
  }),
  variant('no-security', EXTREME_CHANGES['no-security'], noSecurityChoice),
];
