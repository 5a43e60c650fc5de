/**
 * The game lifecycle as pure functions over plain data: newGame, submitDecisions,
 * answerEvent, continueGame. The xstate machine (machine.ts) orchestrates these.
 */
import { deckFor } from './deck';
import { checkDecisions, cloneDecisions, repeatsWithoutOneOffs } from './decisions';
import { hasNoOneOffs, withoutOneOffs } from './levers/copy';
import { DECLINE_QUIET_QUARTERS, dilemmaEvent, drawPending } from './model/choices';
import { applyEffects } from './model/effects';
import { staffIndex, LEVEL_INDEX, ROLE_INDEX, CELLS } from './model/staff';
import { boardConfidence, featurePointsOwed } from './model/stakeholders';
import { debtTax } from './model/debt';
import { emptyMetrics } from './model/metrics';
import { openStreams, seedStreams } from './rng';
import { CYCLE_EFFECTS, marketPath } from './model/market';
import { cloudUsage } from './model/cloud';
import type { Scenario, Situation } from './scenario/schema';
import { companyIn, situationOf } from './model/situation';
import { copyState, stepQuarter, withNewLists } from './step';
import type {
  Decisions,
  DecisionProblem,
  Game,
  GamePhase,
  LocalizedText,
  LogEntry,
  PendingEvent,
  Result,
  SimState,
} from './types';

/** Bumped whenever the model's numbers change: saves from another version may diverge. */
export const ENGINE_VERSION = '1.44.0';

const startCache = new WeakMap<Scenario, Map<string, SimState>>();

/**
 * The starting stocks of a scenario in a starting situation (model/situation.ts; none: as the
 * scenario describes the company), with a quarter-0 baseline for drivers and conditions. Cached
 * per scenario object and situation: states are never mutated once made (every step and answer
 * copies first), so games may share it.
 */
export function initialState(scenario: Scenario, situation: Situation | null = null): SimState {
  let bySituation = startCache.get(scenario);
  if (!bySituation) {
    bySituation = new Map();
    startCache.set(scenario, bySituation);
  }
  const key = situation?.id ?? '';
  const hit = bySituation.get(key);
  if (hit) return hit;
  const made = buildInitialState(scenario, companyIn(scenario, situation));
  bySituation.set(key, made);
  return made;
}

function buildInitialState(scenario: Scenario, c: Scenario['company']): SimState {
  const staff = new Array<number>(CELLS).fill(0);
  for (const line of scenario.org.staff) {
    const i = staffIndex(ROLE_INDEX[line.role], LEVEL_INDEX[line.level], line.tenure);
    staff[i] = (staff[i] ?? 0) + line.count;
  }
  const usage = cloudUsage(c.arr, c);
  const s: SimState = {
    cash: c.cash,
    arr: c.arr,
    customers: c.customers,
    csat: c.csat,
    competitiveness: c.competitiveness,
    brand: c.brand,
    trust: { ...c.trust },
    commitments: [],
    staff,
    pipeline: [],
    engagement: c.engagement,
    exhaustion: c.exhaustion,
    managerEffectiveness: 0.5,
    capabilities: { ...c.capabilities },
    debt: { ...c.debt },
    initiatives: [],
    cloud: {
      usage,
      unitCost: c.cloud.unitCost,
      waste: c.cloud.waste,
      committedUsage:
        (scenario.startingDecisions.budget.commitmentCoverage * usage) / (1 - c.cloud.waste),
    },
    hiringMarket: 1,
    marketCycle: 'normal',
    marketPath: [],
    releaseFreeze: false,
    delayed: [],
    featuresDeliveredTotal: 0,
    lowConfidenceQuarters: 0,
    last: emptyMetrics(),
    factors: { features: [], cloud: [], cfr: [] },
    drawnCards: [],
    contractors: Math.min(
      scenario.startingDecisions.budget.contractors,
      scenario.limits.maxContractors,
    ),
    handoverGap: 0,
    payAdjustmentPct: scenario.startingDecisions.talent.payAdjustmentPct,
    workPolicy: scenario.startingDecisions.trends.workPolicy,
    locationPay: 1,
    salesOrgScale: 1,
  };
  s.last = zeroMetrics(s);
  // Quarter 0: the starting plan on expected values gives last quarter's flows and factors.
  const seed = stepQuarter(scenario, s, scenario.startingDecisions, 0, null);
  const m = seed.metrics;
  // Stocks are the scenario's own, not the projection's (set in place: one hidden class).
  m.cash = s.cash;
  m.arr = s.arr;
  m.growth = 0;
  m.customers = s.customers;
  m.csat = s.csat;
  m.competitiveness = s.competitiveness;
  m.headcount = staff.reduce((a, b) => a + b, 0);
  m.hires = 0;
  m.leavers = 0;
  m.engagement = s.engagement;
  m.exhaustion = s.exhaustion;
  m.techDebt = s.debt.code;
  m.infraDebt = s.debt.infra;
  m.securityDebt = s.debt.security;
  m.debtTax = debtTax(s.debt.code, s.debt.infra);
  m.incidents = 0;
  m.sev1Incidents = 0;
  m.breaches = 0;
  m.boardConfidence = boardConfidence(s.trust);
  m.trustCeo = s.trust.ceo;
  m.trustCfo = s.trust.cfo;
  m.trustCto = s.trust.cto;
  m.trustCpo = s.trust.cpo;
  m.trustHr = s.trust.hr;
  s.last = m;
  s.factors = seed.state.factors;
  // Rebuilt by copyState so every state shares one hidden class.
  return copyState(s);
}

function zeroMetrics(s: SimState): SimState['last'] {
  const z = emptyMetrics();
  z.arr = s.arr;
  z.cash = s.cash;
  z.costs = 1;
  z.runwayQuarters = 99;
  z.boardConfidence = 50;
  return z;
}

export function newGame(
  scenario: Scenario,
  seed: number,
  options?: { playerName?: string; risks?: 'expected' },
): Game {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  deckFor(scenario);
  // A copy: the cached starting state is shared by every game of the scenario. The company
  // starts in the situation drawn from the seed (model/situation.ts), which the briefing names.
  const state = copyState(initialState(scenario, situationOf(scenario, seed)));
  // The market the game opens in is drawn first from its seed (model/market.ts): public news
  // from quarter 1, and not the same on every seed.
  state.marketPath = marketPath(seed, scenario.horizonQuarters);
  state.marketCycle = state.marketPath[0] ?? 'normal';
  state.hiringMarket = CYCLE_EFFECTS[state.marketCycle].hiringMarket;
  return {
    engineVersion: ENGINE_VERSION,
    scenario,
    seed,
    playerName: options?.playerName ?? '',
    quarter: 1,
    phase: 'planning',
    status: 'playing',
    state,
    baseline: state.last,
    rng: seedStreams(seed),
    log: [],
    history: [],
    pending: [],
    ...(options?.risks ? { risks: options.risks } : {}),
  };
}

export function phaseOf(game: Game): GamePhase {
  return game.phase;
}

/** Last quarter's decisions (one-off layoffs and promotions cleared), or the scenario's starting plan. */
export function defaultDecisions(game: Game): Decisions {
  const last = game.log[game.log.length - 1];
  // A fresh copy: callers may edit it freely without touching the game's history.
  return withoutOneOffs(last ? last.decisions : game.scenario.startingDecisions);
}

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

/**
 * Resolves the current quarter with `d` (applyAction has checked the phase). Refuses, game
 * unchanged, when the plan is invalid. Dilemmas injected by a facilitator join the quarter's
 * choices after the drawn ones.
 */
export function resolveQuarter(game: Game, d: Decisions): Result<Game, DecisionProblem[]> {
  // Last quarter's accepted plan (or the valid starting plan) again, without layoffs or
  // promotions, cannot be refused (see repeatsWithoutOneOffs); when last quarter's had none
  // either, the record can share it. The scenario's own object is never shared.
  const last = game.log[game.log.length - 1]?.decisions;
  const prev = last ?? (startingPlanValid(game) ? game.scenario.startingDecisions : undefined);
  const repeat = prev !== undefined && repeatsWithoutOneOffs(d, prev);
  if (!repeat) {
    const problems = checkDecisions(game, d);
    if (problems.length > 0) return { ok: false, error: problems };
  }
  const injected = game.injected ?? [];
  const decisions = repeat && last !== undefined && hasNoOneOffs(last) ? last : cloneDecisions(d);
  const draws = openStreams(game.rng);
  const q = game.quarter;
  const r = stepQuarter(game.scenario, game.state, decisions, q, draws, game.risks);
  let status = game.status;
  // Negated so cash that is not a number (a defect upstream) ends the game instead of playing on.
  if (!(r.state.cash >= 0)) status = 'bankrupt';
  else if (r.state.lowConfidenceQuarters >= game.scenario.end.firedAfterQuarters) status = 'fired';
  let pending: PendingEvent[] = [];
  const state = r.state;
  if (status === 'playing' && q < game.scenario.horizonQuarters) {
    const drawn = drawPending(
      draws.get('choices'),
      game.scenario,
      r.state,
      r.metrics,
      q,
      r.events,
      declinedBy(game, q),
    );
    pending = drawn.pending;
    let drawnCards = drawn.drawnCards;
    if (injected.length > 0) {
      const deck = deckFor(game.scenario);
      for (const cardId of injected) {
        const card = deck.dilemmas.find((c) => c.id === cardId);
        if (card) pending.push({ ...dilemmaEvent(card, q), id: `q${q}-inject-${card.id}` });
      }
      drawnCards = [...drawnCards, ...injected];
    }
    if (drawnCards.length > 0) state.drawnCards = [...state.drawnCards, ...drawnCards];
  }
  const entry: LogEntry = { quarter: q, decisions, choices: [] };
  if (injected.length > 0 && pending.length > 0) entry.injected = injected;
  return {
    ok: true,
    value: gameWith(game, {
      status,
      state,
      rng: draws.nextQuarter(),
      phase: pending.length > 0 ? 'events' : 'review',
      pending,
      injected: [],
      log: [...game.log, entry],
      history: [
        ...game.history,
        {
          quarter: q,
          decisions,
          choices: [],
          metrics: r.metrics,
          drivers: r.drivers,
          events: r.events,
        },
      ],
    }),
  };
}

const startingValid = new WeakMap<Scenario, boolean>();

/**
 * Whether the scenario's starting plan, without its layoffs and promotions, passes the checks.
 * Without those the checks do not depend on the game's state, so any game of the scenario
 * gives the answer, and it is worked out once per scenario.
 */
function startingPlanValid(game: Game): boolean {
  let valid = startingValid.get(game.scenario);
  if (valid === undefined) {
    valid = checkDecisions(game, withoutOneOffs(game.scenario.startingDecisions)).length === 0;
    startingValid.set(game.scenario, valid);
  }
  return valid;
}

/**
 * The requests declined in the quarters whose choices a draw after quarter `q` still remembers
 * (DECLINE_QUIET_QUARTERS): a request declined after quarter k is not drawn after k+1..k+4.
 */
function declinedBy(game: Game, q: number): ReadonlySet<string> {
  const declined = new Set<string>();
  for (const record of game.history)
    if (record.quarter >= q - DECLINE_QUIET_QUARTERS)
      for (const c of record.choices) if (c.optionId === 'decline') declined.add(c.sourceId);
  return declined;
}

export function pendingEvents(game: Game): PendingEvent[] {
  return game.pending;
}

/**
 * Answers one pending dilemma or request (applyAction has checked the phase). Effects apply from
 * the start of next quarter.
 */
export function answerChoice(
  game: Game,
  eventId: string,
  optionId: string,
): Result<Game, LocalizedText> {
  const ev = game.pending.find((e) => e.id === eventId);
  if (!ev)
    return {
      ok: false,
      error: t(`Unknown event "${eventId}".`, `不明なイベント「${eventId}」です。`),
    };
  if (!ev.options.some((o) => o.id === optionId))
    return {
      ok: false,
      error: t(
        `"${optionId}" is not an option of this choice (${ev.options.map((o) => o.id).join(', ')}).`,
        `「${optionId}」はこの選択肢にありません（${ev.options.map((o) => o.id).join('、')}）。`,
      ),
    };
  const q = game.quarter;
  // Only the delayed effects and commitments change: share every other stock.
  const state = withNewLists(game.state);
  const deck = deckFor(game.scenario);
  if (ev.kind === 'dilemma') {
    const card = deck.dilemmas.find((c) => c.id === ev.sourceId);
    const option = card?.options.find((o) => o.id === optionId);
    if (option) {
      if (option.effects.length > 0)
        state.delayed.push({ dueQuarter: q + 1, effects: option.effects, source: ev.id });
      option.delayed.forEach((later, entry) => {
        const due = { dueQuarter: q + later.afterQuarters, effects: later.effects, source: ev.id };
        state.delayed.push(
          later.chance
            ? { ...due, risk: { chance: later.chance, card: ev.sourceId, option: optionId, entry } }
            : due,
        );
      });
    }
  } else {
    const tpl = deck.requestsById.get(ev.sourceId);
    if (tpl && ev.request && ev.stakeholder) {
      const stakeholder = ev.stakeholder;
      if (optionId === 'accept') {
        state.commitments.push({
          id: `${ev.id}-c`,
          requestId: tpl.id,
          stakeholder,
          measure: ev.request.measure,
          target: ev.request.target,
          // A feature promise counts after the points still owed to open ones (featurePointsOwed).
          baseline:
            ev.request.measure === 'featuresDelivered'
              ? ev.request.baseline +
                featurePointsOwed(state.commitments, state.featuresDeliveredTotal)
              : ev.request.baseline,
          acceptedQuarter: q,
          dueQuarter: ev.request.dueQuarter,
        });
        // The trust of a promise made, and the work it takes (roadmap time moved to it).
        state.delayed.push({
          dueQuarter: q + 1,
          effects: [{ target: `trust.${stakeholder}`, delta: tpl.trustOnAccept }, ...tpl.onAccept],
          source: ev.id,
        });
      } else {
        state.delayed.push({
          dueQuarter: q + 1,
          effects: [{ target: `trust.${stakeholder}`, delta: tpl.trustOnDecline }],
          source: ev.id,
        });
      }
    }
  }
  const choice = { eventId, sourceId: ev.sourceId, optionId };
  const pending = game.pending.filter((e) => e.id !== eventId);
  const log = game.log.slice();
  const lastLog = log[log.length - 1];
  // Field by field in submitDecisions' order, not spread (see gameWith).
  if (lastLog) {
    const entry: LogEntry = {
      quarter: lastLog.quarter,
      decisions: lastLog.decisions,
      choices: [...lastLog.choices, { eventId, optionId }],
    };
    if (lastLog.injected) entry.injected = lastLog.injected;
    log[log.length - 1] = entry;
  }
  const history = game.history.slice();
  const lastRec = history[history.length - 1];
  if (lastRec)
    history[history.length - 1] = {
      quarter: lastRec.quarter,
      decisions: lastRec.decisions,
      choices: [...lastRec.choices, choice],
      metrics: lastRec.metrics,
      drivers: lastRec.drivers,
      events: lastRec.events,
    };
  return {
    ok: true,
    value: gameWith(game, {
      state,
      pending,
      log,
      history,
      phase: pending.length > 0 ? 'events' : 'review',
    }),
  };
}

/**
 * The end rule: continuing from this quarter's review ends the game (it was the last quarter,
 * or the company went bankrupt or the VPoE was fired). The UI asks it to label the button.
 */
export function continueEndsGame(game: Game): boolean {
  return game.status !== 'playing' || game.quarter >= game.scenario.horizonQuarters;
}

/**
 * review -> next quarter's planning, or 'ended' (completed at the horizon, or bankrupt/fired);
 * applyAction has checked the phase.
 */
export function advanceQuarter(game: Game): Game {
  if (!continueEndsGame(game))
    return gameWith(game, { phase: 'planning', quarter: game.quarter + 1 });
  return game.status === 'playing'
    ? gameWith(game, { phase: 'ended', status: 'completed' })
    : gameWith(game, { phase: 'ended' });
}

type GameChanges = Partial<
  Pick<
    Game,
    'quarter' | 'phase' | 'status' | 'state' | 'rng' | 'log' | 'history' | 'pending' | 'injected'
  >
>;

/**
 * `game` with some fields replaced. Written out field by field in newGame's order rather than
 * `{ ...game, ...changes }`: every game then has one hidden class and V8 builds it several
 * times faster (the spreads were a tenth of a headless game). Same fields, same order, same
 * JSON; a branched game's parent stays last, as loadSave and branchGame put it. The unsubmitted
 * plan (draft) is dropped: every change here leaves the quarter's planning. Dilemmas a facilitator
 * injected stay queued until a submit shows them.
 */
function gameWith(game: Game, c: GameChanges): Game {
  const next: Game = {
    engineVersion: game.engineVersion,
    scenario: game.scenario,
    seed: game.seed,
    playerName: game.playerName,
    quarter: c.quarter ?? game.quarter,
    phase: c.phase ?? game.phase,
    status: c.status ?? game.status,
    state: c.state ?? game.state,
    baseline: game.baseline,
    rng: c.rng ?? game.rng,
    log: c.log ?? game.log,
    history: c.history ?? game.history,
    pending: c.pending ?? game.pending,
  };
  if (game.parent !== undefined) next.parent = game.parent;
  if (game.risks !== undefined) next.risks = game.risks;
  const injected = c.injected ?? game.injected;
  if (injected !== undefined && injected.length > 0) next.injected = injected;
  return next;
}

/** Applies effects to a state copy (used by tests and tools that inspect effect semantics). */
export function withEffects(
  state: SimState,
  effects: Parameters<typeof applyEffects>[1],
): SimState {
  const s = copyState(state);
  applyEffects(s, effects, { cash: 0, featureCapacity: 1 });
  return s;
}
