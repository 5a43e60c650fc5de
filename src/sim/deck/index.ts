/**
 * The deck a scenario plays with: the shared base deck (dilemmas and stakeholder requests,
 * all scenarios share it) minus the scenario's exclusions, plus the scenario's own cards, each
 * card without the options the scenario leaves out (`excludeOptions`).
 * Built once per scenario object and cached.
 *
 * The base deck is data: scenarios/deck/dilemmas.json and requests.json, in the scenario
 * format's card shapes (deckFileSchema validates both files in tests/sim/scenario.test.ts).
 * They are imported as JSON, so every bundle of the engine (app, browser, CLI, batch workers)
 * carries them without reading files and without zod. Effects apply from the start of the
 * next quarter, `delayed` ones later; money effects use cashArrPct (percent of current ARR) so
 * the deck fits any company size and currency. {target} and {due} in a request's body are
 * filled in when the request is made.
 */
import type { z } from 'zod';
import type {
  DilemmaCard,
  RequestTemplate,
  Scenario,
  dilemmaCardSchema,
  requestTemplateSchema,
} from '../scenario/schema';
import { compileConditions, type ConditionCheck } from '../model/conditions';
import dilemmasFile from '../../../scenarios/deck/dilemmas.json';
import requestsFile from '../../../scenarios/deck/requests.json';

/** A card as written in a file (defaults not yet filled in). */
export type CardInput = z.input<typeof dilemmaCardSchema>;
/** A request template as written in a file. */
export type RequestInput = z.input<typeof requestTemplateSchema>;

/**
 * The base deck as written. JSON imports are typed with plain strings, not the format's
 * literal unions; the schema is the authority and tests parse both files with it.
 */
export const BASE_DILEMMAS = (dilemmasFile as unknown as { dilemmas: CardInput[] }).dilemmas;
export const BASE_REQUESTS = (requestsFile as unknown as { requests: RequestInput[] }).requests;

export interface Deck {
  dilemmas: DilemmaCard[];
  requests: RequestTemplate[];
  requestsById: Map<string, RequestTemplate>;
  /** each dilemma's conditions as checks, in `dilemmas` order (checked after every quarter) */
  dilemmaChecks: (readonly ConditionCheck[])[];
  /** each request's conditions as checks, in `requests` order */
  requestChecks: (readonly ConditionCheck[])[];
  /** each dilemma's reach (cardReach), in `dilemmas` order: a card is drawn only if it fits the game */
  dilemmaReach: number[];
}

/** Quarters after the answer at which a card's last delayed effect falls due (0: none). */
export function cardReach(card: DilemmaCard): number {
  let reach = 0;
  for (const o of card.options)
    for (const later of o.delayed) reach = Math.max(reach, later.afterQuarters);
  return reach;
}

/**
 * A base card with the scenario format's defaults filled in: what parsing it with the schema
 * gives (tests/sim/scenario.test.ts checks every base card against dilemmaCardSchema, so a
 * broken card fails there). Not parsed at run time, so the game loop runs without zod.
 */
export function completeDilemma(c: CardInput): DilemmaCard {
  return {
    id: c.id,
    situation: c.situation,
    title: c.title,
    body: c.body,
    conditions: c.conditions ?? [],
    weight: c.weight ?? 1,
    once: c.once ?? true,
    options: c.options.map((o) => ({
      id: o.id,
      label: o.label,
      hint: o.hint,
      effects: o.effects,
      delayed: o.delayed ?? [],
    })),
    defaultOptionId: c.defaultOptionId,
    ...(c.reflection ? { reflection: c.reflection } : {}),
  };
}

/** A base request template with the format's defaults filled in (see completeDilemma). */
export function completeRequest(r: RequestInput): RequestTemplate {
  return {
    id: r.id,
    stakeholder: r.stakeholder,
    title: r.title,
    body: r.body,
    measure: r.measure,
    targetFactor: r.targetFactor,
    dueInQuarters: r.dueInQuarters,
    trustOnAccept: r.trustOnAccept,
    trustOnDecline: r.trustOnDecline,
    trustOnSuccess: r.trustOnSuccess,
    trustOnFailure: r.trustOnFailure,
    onAccept: r.onAccept ?? [],
    onSuccess: r.onSuccess ?? [],
    onFailure: r.onFailure ?? [],
    conditions: r.conditions ?? [],
    weight: r.weight ?? 1,
    eventOnly: r.eventOnly ?? false,
    small: r.small ?? false,
  };
}

const baseDilemmas: DilemmaCard[] = BASE_DILEMMAS.map(completeDilemma);
const baseRequests: RequestTemplate[] = BASE_REQUESTS.map(completeRequest);

/** A scenario's deck as far as leaving options out reads it (the schema checks it before defaults). */
type DeckSpec = Pick<Scenario['deck'], 'useBaseDeck' | 'exclude' | 'excludeOptions'> & {
  dilemmas: readonly CardOptions[];
};
/** What leaving options out reads of a card: its id, its options' ids and its default. */
interface CardOptions {
  id: string;
  options: readonly { id: string }[];
  defaultOptionId: string;
}

/** Options left out, by card id. */
type LeftOut = Map<string, Set<string>>;

/** Notes an entry of `excludeOptions`; returns the options of its card left out so far. */
function leaveOut(leftOut: LeftOut, e: { card: string; option: string }): Set<string> {
  const out = leftOut.get(e.card) ?? new Set<string>();
  leftOut.set(e.card, out.add(e.option));
  return out;
}

/** An entry of `excludeOptions` that cannot be applied, and why (the schema reports it). */
export interface ExcludedOptionProblem {
  /** the entry's index in `excludeOptions` */
  index: number;
  field: 'card' | 'option';
  message: string;
}

/**
 * What is wrong with a deck's `excludeOptions`: the card must be one the scenario draws (its own,
 * or a base card it keeps), the option one of the card's, not its default (what a player who
 * does not choose gets), and the card must keep at least two options (a choice).
 */
export function excludedOptionProblems(deck: DeckSpec): ExcludedOptionProblem[] {
  const entries = deck.excludeOptions ?? [];
  if (entries.length === 0) return [];
  const cards = new Map<string, CardOptions>();
  if (deck.useBaseDeck)
    for (const c of BASE_DILEMMAS) if (!deck.exclude.includes(c.id)) cards.set(c.id, c);
  for (const c of deck.dilemmas) cards.set(c.id, c);
  const problems: ExcludedOptionProblem[] = [];
  const leftOut: LeftOut = new Map();
  entries.forEach((e, index) => {
    const card = cards.get(e.card);
    if (!card) {
      problems.push({
        index,
        field: 'card',
        message: `unknown card "${e.card}": not a card this scenario draws (its own, or a base card it does not exclude)`,
      });
      return;
    }
    const ids = card.options.map((o) => o.id);
    if (!ids.includes(e.option)) {
      problems.push({
        index,
        field: 'option',
        message: `card "${e.card}" has no option "${e.option}" (its options: ${ids.join(', ')})`,
      });
      return;
    }
    if (e.option === card.defaultOptionId) {
      problems.push({
        index,
        field: 'option',
        message: `"${e.option}" is the default option of card "${e.card}" (what a player who does not choose gets) and cannot be left out`,
      });
      return;
    }
    if (ids.length - leaveOut(leftOut, e).size < 2)
      problems.push({
        index,
        field: 'option',
        message: `card "${e.card}" would keep fewer than two options`,
      });
  });
  return problems;
}

/** A card without the options the scenario leaves out (the same object when it leaves none out). */
function withoutLeftOut(card: DilemmaCard, leftOut: LeftOut): DilemmaCard {
  const out = leftOut.get(card.id);
  return out ? { ...card, options: card.options.filter((o) => !out.has(o.id)) } : card;
}

const cache = new WeakMap<Pick<Scenario, 'deck'>, Deck>();

export function deckFor(scenario: Pick<Scenario, 'deck'>): Deck {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const exclude = new Set(scenario.deck.exclude);
  const own = new Set(scenario.deck.dilemmas.map((c) => c.id));
  const ownReq = new Set(scenario.deck.requests.map((r) => r.id));
  const base = scenario.deck.useBaseDeck;
  const leftOut: LeftOut = new Map();
  for (const e of scenario.deck.excludeOptions ?? []) leaveOut(leftOut, e);
  const dilemmas = [
    ...(base ? baseDilemmas.filter((c) => !exclude.has(c.id) && !own.has(c.id)) : []),
    ...scenario.deck.dilemmas,
  ].map((c) => withoutLeftOut(c, leftOut));
  const requests = [
    ...(base ? baseRequests.filter((r) => !exclude.has(r.id) && !ownReq.has(r.id)) : []),
    ...scenario.deck.requests,
  ];
  const deck: Deck = {
    dilemmas,
    requests,
    requestsById: new Map(requests.map((r) => [r.id, r])),
    dilemmaChecks: dilemmas.map((c) => compileConditions(c.conditions)),
    requestChecks: requests.map((r) => compileConditions(r.conditions)),
    dilemmaReach: dilemmas.map(cardReach),
  };
  cache.set(scenario, deck);
  return deck;
}

export function requestTemplatesById(scenario: Scenario): Map<string, RequestTemplate> {
  return deckFor(scenario).requestsById;
}
