import { describe, expect, it } from 'vitest';
import {
  answerEvent,
  balancedPolicy,
  continueGame,
  deckFor,
  newGame,
  submitDecisions,
  pendingEvents,
  selectRequestStakes,
  type Game,
  type PendingEvent,
} from '../../src/sim/index';
import { requestEvent } from '../../src/sim/model/choices';
import { STAKEHOLDER_WHO } from '../../src/sim/stakeholder-names';
import { loadScenario, seeds } from './helpers';

/** Plays the balanced policy until a choice waiting in the events phase satisfies `wanted`. */
function playUntil(seed: number, wanted: (e: PendingEvent) => boolean): Game | null {
  let game = newGame(loadScenario(), seed);
  while (game.phase !== 'ended') {
    if (game.phase === 'planning') {
      const r = submitDecisions(game, balancedPolicy.decide(game));
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      game = r.value;
    } else if (game.phase === 'events') {
      if (pendingEvents(game).some(wanted)) return game;
      const ev = pendingEvents(game)[0]!;
      const r = answerEvent(game, ev.id, balancedPolicy.choose(game, ev));
      if (!r.ok) throw new Error(r.error.en);
      game = r.value;
    } else game = continueGame(game);
  }
  return null;
}

/** The first game (over a few seeds) waiting on a feature-points request. */
function waitingOnFeatures(): { game: Game; event: PendingEvent } {
  for (const seed of seeds(20)) {
    const isFeatures = (e: PendingEvent) => e.request?.measure === 'featuresDelivered';
    const game = playUntil(seed, isFeatures);
    const event = game && pendingEvents(game).find(isFeatures);
    if (game && event) return { game, event };
  }
  throw new Error('no feature request in 20 seeds');
}

describe('what a request puts at stake', () => {
  it('gives the absolute target beside the current pace over the quarters until it is judged', () => {
    const { game, event } = waitingOnFeatures();
    const stakes = selectRequestStakes(game, event)!;
    const template = deckFor(game.scenario).requestsById.get(event.sourceId)!;
    expect(stakes.target).toBe(event.request!.target);
    expect(stakes.dueQuarter).toBe(game.quarter + template.dueInQuarters);
    expect(stakes.quarters).toBe(template.dueInQuarters);
    expect(stakes.atCurrentPace).toBeCloseTo(
      game.state.last.featuresDelivered * template.dueInQuarters,
    );
    expect(stakes.ratioToPace).toBeCloseTo(template.targetFactor, 1);
    expect(stakes.direction).toBe('at-least');
  });

  it("names the trust each answer and outcome moves, from the request's own numbers", () => {
    const { game, event } = waitingOnFeatures();
    const stakes = selectRequestStakes(game, event)!;
    const template = deckFor(game.scenario).requestsById.get(event.sourceId)!;
    expect(stakes.trust).toEqual({
      accept: template.trustOnAccept,
      decline: template.trustOnDecline,
      met: template.trustOnSuccess,
      missed: template.trustOnFailure,
    });
  });

  it('has nothing to say about a dilemma', () => {
    for (const seed of seeds(10)) {
      const game = playUntil(seed, (e) => e.kind === 'dilemma');
      const dilemma = game && pendingEvents(game).find((e) => e.kind === 'dilemma');
      if (game && dilemma) {
        expect(selectRequestStakes(game, dilemma)).toBeNull();
        return;
      }
    }
    throw new Error('no dilemma in 10 seeds');
  });

  it("says in the Decline option's hint how much of whose trust declining costs now", () => {
    const { game, event } = waitingOnFeatures();
    const points = -selectRequestStakes(game, event)!.trust.decline;
    expect(points).toBeGreaterThan(1);
    const decline = event.options.find((o) => o.id === 'decline')!;
    expect(decline.hint.en).toMatch(
      new RegExp(`^Costs ${points} points of (the C[A-Z]O|HR)'s trust now\\.$`),
    );
    expect(decline.hint.ja).toMatch(
      new RegExp(`^(C[A-Z]O |人事)の信頼が今${points}ポイント下がります。$`),
    );
    // Every request of the deck, each with its own asker and price (was 'Costs some trust now').
    for (const template of deckFor(game.scenario).requests) {
      const e = requestEvent(template, game.quarter, game.state.last, 0, game.scenario.currency);
      const who = STAKEHOLDER_WHO[template.stakeholder].en;
      expect(e.options.find((o) => o.id === 'decline')!.hint.en, template.id).toBe(
        `Costs ${-template.trustOnDecline} points of ${who}'s trust now.`,
      );
    }
  });
});
