/**
 * The deck a scenario plays with: the shared base deck (dilemmas and stakeholder requests,
 * all scenarios share it) minus the scenario's exclusions, plus the scenario's own cards.
 * Built once per scenario object and cached.
 */
import type { DilemmaCard, RequestTemplate, Scenario } from '../scenario/schema';
import { dilemmaCardSchema, requestTemplateSchema } from '../scenario/schema';
import { BASE_DILEMMAS } from './dilemmas';
import { BASE_REQUESTS } from './requests';

export interface Deck {
  dilemmas: DilemmaCard[];
  requests: RequestTemplate[];
  requestsById: Map<string, RequestTemplate>;
}

// The base deck is written in TypeScript for readability; parse it once so defaults apply
// and a broken card fails loudly in tests rather than silently in a game.
const baseDilemmas: DilemmaCard[] = BASE_DILEMMAS.map((c) => dilemmaCardSchema.parse(c));
const baseRequests: RequestTemplate[] = BASE_REQUESTS.map((r) => requestTemplateSchema.parse(r));

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
  const deck = { dilemmas, requests, requestsById: new Map(requests.map((r) => [r.id, r])) };
  cache.set(scenario, deck);
  return deck;
}

export function requestTemplatesById(scenario: Scenario): Map<string, RequestTemplate> {
  return deckFor(scenario).requestsById;
}

export { BASE_DILEMMAS, BASE_REQUESTS };
