/**
 * The deck a scenario plays with: the shared base deck (dilemmas and stakeholder requests,
 * all scenarios share it) minus the scenario's exclusions, plus the scenario's own cards.
 * Built once per scenario object and cached.
 */
import type { DilemmaCard, RequestTemplate, Scenario } from '../scenario/schema';
import { compileConditions, type ConditionCheck } from '../model/conditions';
import { BASE_DILEMMAS, type CardInput } from './dilemmas';
import { BASE_REQUESTS, type RequestInput } from './requests';

export interface Deck {
  dilemmas: DilemmaCard[];
  requests: RequestTemplate[];
  requestsById: Map<string, RequestTemplate>;
  /** each dilemma's conditions as checks, in `dilemmas` order (checked after every quarter) */
  dilemmaChecks: (readonly ConditionCheck[])[];
  /** each request's conditions as checks, in `requests` order */
  requestChecks: (readonly ConditionCheck[])[];
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
    onSuccess: r.onSuccess ?? [],
    onFailure: r.onFailure ?? [],
    conditions: r.conditions ?? [],
    weight: r.weight ?? 1,
    eventOnly: r.eventOnly ?? false,
  };
}

const baseDilemmas: DilemmaCard[] = BASE_DILEMMAS.map(completeDilemma);
const baseRequests: RequestTemplate[] = BASE_REQUESTS.map(completeRequest);

const cache = new WeakMap<Scenario, Deck>();

export function deckFor(scenario: Scenario): Deck {
  const hit = cache.get(scenario);
  if (hit) return hit;
  const exclude = new Set(scenario.deck.exclude);
  const own = new Set(scenario.deck.dilemmas.map((c) => c.id));
  const ownReq = new Set(scenario.deck.requests.map((r) => r.id));
  const base = scenario.deck.useBaseDeck;
  const dilemmas = [
    ...(base ? baseDilemmas.filter((c) => !exclude.has(c.id) && !own.has(c.id)) : []),
    ...scenario.deck.dilemmas,
  ];
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
  };
  cache.set(scenario, deck);
  return deck;
}

export function requestTemplatesById(scenario: Scenario): Map<string, RequestTemplate> {
  return deckFor(scenario).requestsById;
}

export { BASE_DILEMMAS, BASE_REQUESTS };
