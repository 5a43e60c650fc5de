import { describe, expect, it } from 'vitest';
import { deckFor, runGame, type Policy } from '../../src/sim/index';
import { loadBuiltin } from '../scenarios/builtin';
import { seeds } from './helpers';

/** Keeps the starting plan and declines every request (answers dilemmas with their default). */
const decliner: Policy = {
  name: 'decliner',
  decide: (game) => structuredClone(game.scenario.startingDecisions),
  choose: (_game, event) => (event.kind === 'request' ? 'decline' : event.defaultOptionId),
};

const FILES = [
  'series-b-saas.json',
  'enterprise-dx.json',
  'fintech-regulated.json',
  'mega-venture.json',
];

describe('a declined request (issue 13, item 6)', () => {
  it('does not come back within the next four quarters, unless an event forces it', () => {
    let declines = 0;
    let returnsLater = 0;
    for (const file of FILES) {
      const scenario = loadBuiltin(file);
      const deck = deckFor(scenario);
      for (const seed of seeds(12)) {
        const game = runGame(scenario, seed, decliner);
        const asked = game.history.flatMap((h) =>
          h.choices
            .filter((c) => deck.requestsById.has(c.sourceId))
            .map((c) => ({ quarter: h.quarter, id: c.sourceId })),
        );
        for (const a of asked) {
          declines++;
          // Requests an event forces (budget cut, large deal) come with their event.
          if (deck.requestsById.get(a.id)!.eventOnly) continue;
          const again = asked.find((b) => b.id === a.id && b.quarter > a.quarter);
          if (again) {
            expect(again.quarter - a.quarter, `${file} seed ${seed}: ${a.id}`).toBeGreaterThan(4);
            returnsLater++;
          }
        }
      }
    }
    // The rule is exercised: requests are declined, and some do come back after the quiet time.
    expect(declines).toBeGreaterThan(100);
    expect(returnsLater).toBeGreaterThan(0);
  });

  it('comes back sooner only with the event that forces it, in the quarter of that event', () => {
    // The changed situation is an event of the quarter: a budget cut, a large deal.
    const forcedBy: Record<string, string> = {
      'cfo-budget-cut': 'budget-cut',
      'ceo-large-deal': 'large-deal',
    };
    let forcedReturns = 0;
    for (const file of FILES) {
      const scenario = loadBuiltin(file);
      const deck = deckFor(scenario);
      expect(
        [...deck.requestsById.values()]
          .filter((t) => t.eventOnly)
          .map((t) => t.id)
          .sort(),
        'the requests only an event brings',
      ).toEqual(Object.keys(forcedBy).sort());
      for (const seed of seeds(12)) {
        const game = runGame(scenario, seed, decliner);
        const asked = game.history.flatMap((h) =>
          h.choices
            .filter((c) => deck.requestsById.has(c.sourceId))
            .map((c) => ({ quarter: h.quarter, id: c.sourceId, events: h.events })),
        );
        for (const a of asked) {
          const soon = asked.find(
            (b) => b.id === a.id && b.quarter > a.quarter && b.quarter - a.quarter <= 4,
          );
          if (!soon) continue;
          const where = `${file} seed ${seed}: ${a.id} in quarters ${a.quarter} and ${soon.quarter}`;
          expect(forcedBy[a.id], where).toBeDefined();
          expect(
            soon.events.some((e) => e.kind === forcedBy[a.id]),
            where,
          ).toBe(true);
          forcedReturns++;
        }
      }
    }
    expect(forcedReturns, 'a declined request forced back by its event').toBeGreaterThan(0);
  });
});
