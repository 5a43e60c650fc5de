import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  createGameActor,
  deckFor,
  gameChecksum,
  newGame,
  runGame,
  submitDecisions,
  type Decisions,
} from '../../src/sim/index';
import { loadScenario, play } from './helpers';

const scenario = loadScenario();

type Actor = ReturnType<typeof createGameActor>;

function startPlanning(actor: Actor) {
  expect(actor.getSnapshot().value).toBe('briefing');
  actor.send({ type: 'START_PLANNING' });
  expect(actor.getSnapshot().value).toBe('planning');
}

describe('game machine', () => {
  it('opens every quarter with the briefing: briefing -> planning -> events/review -> briefing', () => {
    const actor = createGameActor(scenario, 2).start();
    expect(actor.getSnapshot().value).toBe('briefing');
    startPlanning(actor);
    actor.send({ type: 'ACT', action: { type: 'submit', decisions: scenario.startingDecisions } });
    let snap = actor.getSnapshot();
    expect(['events', 'review']).toContain(snap.value);
    while (snap.value === 'events') {
      const ev = snap.context.game.pending[0]!;
      actor.send({
        type: 'ACT',
        action: { type: 'answer', eventId: ev.id, optionId: ev.defaultOptionId },
      });
      snap = actor.getSnapshot();
    }
    expect(snap.value).toBe('review');
    actor.send({ type: 'ACT', action: { type: 'continue' } });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.game.quarter).toBe(2);
    expect(actor.getSnapshot().context.game.phase).toBe('planning');
    startPlanning(actor);
  });

  it('refuses decisions, answers and continuing during the briefing, leaving everything as it was', () => {
    const actor = createGameActor(scenario, 2).start();
    const before = actor.getSnapshot().context.game;
    const json = JSON.stringify(before);
    actor.send({ type: 'ACT', action: { type: 'submit', decisions: scenario.startingDecisions } });
    let snap = actor.getSnapshot();
    expect(snap.value).toBe('briefing');
    expect(snap.context.game).toBe(before);
    expect(snap.context.lastError?.en).toMatch(/briefing/);
    expect(snap.context.lastError?.ja).toMatch(/ブリーフィング/);
    for (const event of [
      { type: 'ACT', action: { type: 'answer', eventId: 'x', optionId: 'y' } },
      { type: 'ACT', action: { type: 'continue' } },
    ] as const) {
      const fresh = createGameActor(scenario, 2).start();
      fresh.send(event);
      snap = fresh.getSnapshot();
      expect(snap.value).toBe('briefing');
      expect(JSON.stringify(snap.context.game)).toBe(json);
      expect(snap.context.lastError?.en).toMatch(/briefing/);
    }
  });

  it('clears a refusal when planning starts', () => {
    const actor = createGameActor(scenario, 2).start();
    actor.send({ type: 'ACT', action: { type: 'continue' } });
    expect(actor.getSnapshot().context.lastError).not.toBeNull();
    actor.send({ type: 'START_PLANNING' });
    expect(actor.getSnapshot().context.lastError).toBeNull();
  });

  it('refuses START_PLANNING outside the briefing', () => {
    const actor = createGameActor(scenario, 2).start();
    startPlanning(actor);
    actor.send({ type: 'START_PLANNING' });
    expect(actor.getSnapshot().value).toBe('planning');
    expect(actor.getSnapshot().context.lastError?.en).toMatch(/Starting to plan/);
    actor.send({ type: 'ACT', action: { type: 'submit', decisions: scenario.startingDecisions } });
    const phase = actor.getSnapshot().value;
    const game = actor.getSnapshot().context.game;
    actor.send({ type: 'START_PLANNING' });
    expect(actor.getSnapshot().value).toBe(phase);
    expect(actor.getSnapshot().context.game).toBe(game);
    expect(actor.getSnapshot().context.lastError?.ja).toMatch(/計画を始めることは/);
  });

  it('resumes a game saved in planning at its briefing, and one saved later where it was', () => {
    const planning = play(scenario, 3, balancedPolicy, 2);
    expect(planning.phase).toBe('planning');
    const resumed = createGameActor(scenario, 3, { game: planning }).start();
    expect(resumed.getSnapshot().value).toBe('briefing');
    expect(resumed.getSnapshot().context.game.quarter).toBe(3);

    const actor = createGameActor(scenario, 3, { game: planning }).start();
    actor.send({ type: 'START_PLANNING' });
    actor.send({
      type: 'ACT',
      action: { type: 'submit', decisions: balancedPolicy.decide(planning) },
    });
    const later = actor.getSnapshot().context.game;
    const again = createGameActor(scenario, 3, { game: later }).start();
    expect(again.getSnapshot().value).toBe(later.phase);
  });

  it('refuses invalid decisions: the game stays as it was and lastError explains why', () => {
    const actor = createGameActor(scenario, 2).start();
    startPlanning(actor);
    const before = actor.getSnapshot().context.game;
    const bad: Decisions = structuredClone(scenario.startingDecisions);
    bad.allocation.features = 99;
    actor.send({ type: 'ACT', action: { type: 'submit', decisions: bad } });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('planning');
    expect(snap.context.game).toBe(before);
    expect(snap.context.lastError?.en).toMatch(/100/);
  });

  it('refuses events that do not fit the phase', () => {
    const actor = createGameActor(scenario, 2).start();
    startPlanning(actor);
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'ACT', action: { type: 'continue' } });
    actor.send({ type: 'ACT', action: { type: 'answer', eventId: 'x', optionId: 'y' } });
    expect(actor.getSnapshot().value).toBe('planning');
    expect(actor.getSnapshot().context.game).toBe(before);
    expect(actor.getSnapshot().context.lastError).not.toBeNull();
  });

  it('plays to the end through a briefing each quarter, to the same game as the headless run', () => {
    const actor = createGameActor(scenario, 4).start();
    let briefings = 0;
    for (let i = 0; i < 300 && actor.getSnapshot().status !== 'done'; i++) {
      const snap = actor.getSnapshot();
      if (snap.value === 'briefing') {
        briefings += 1;
        actor.send({ type: 'START_PLANNING' });
      } else if (snap.value === 'planning')
        actor.send({
          type: 'ACT',
          action: { type: 'submit', decisions: balancedPolicy.decide(snap.context.game) },
        });
      else if (snap.value === 'events') {
        const ev = snap.context.game.pending[0]!;
        actor.send({
          type: 'ACT',
          action: {
            type: 'answer',
            eventId: ev.id,
            optionId: balancedPolicy.choose(snap.context.game, ev),
          },
        });
      } else actor.send({ type: 'ACT', action: { type: 'continue' } });
    }
    const end = actor.getSnapshot();
    expect(end.value).toBe('ended');
    expect(end.status).toBe('done');
    expect(end.context.game.phase).toBe('ended');
    expect(briefings).toBe(end.context.game.history.length);
    const headless = runGame(scenario, 4, balancedPolicy);
    expect(gameChecksum(end.context.game)).toBe(gameChecksum(headless));
    expect(JSON.stringify(end.context.game)).toBe(JSON.stringify(headless));
  });

  it("takes back a quarter without a second briefing, and lets a facilitator's card in during one", () => {
    // A seed whose first quarter asks a question: the quarter can be taken back until answered.
    const firstQuarter = (s: number) =>
      submitDecisions(newGame(scenario, s), scenario.startingDecisions);
    const seed = [2, 3, 4, 5, 6, 7, 8, 9].find((s) => {
      const r = firstQuarter(s);
      return r.ok && r.value.phase === 'events';
    })!;
    const actor = createGameActor(scenario, seed).start();
    startPlanning(actor);
    const planned = actor.getSnapshot().context.game;
    actor.send({ type: 'ACT', action: { type: 'submit', decisions: scenario.startingDecisions } });
    expect(actor.getSnapshot().value).toBe('events');
    actor.send({ type: 'ACT', action: { type: 'undo-submit' } });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('planning');
    expect(snap.context.game.log).toEqual(planned.log);
    expect(snap.context.game.draft).toEqual(scenario.startingDecisions);

    const fresh = createGameActor(scenario, 2).start();
    const cardId = deckFor(scenario).dilemmas[0]!.id;
    fresh.send({ type: 'ACT', action: { type: 'inject-card', cardId } });
    expect(fresh.getSnapshot().value).toBe('briefing');
    expect(fresh.getSnapshot().context.game.injected).toEqual([cardId]);
  });
});
