import { describe, expect, it } from 'vitest';
import { createGameActor, type Decisions } from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();

describe('game machine', () => {
  it('moves planning -> events/review -> planning through events', () => {
    const actor = createGameActor(scenario, 2).start();
    expect(actor.getSnapshot().value).toBe('planning');
    actor.send({ type: 'SUBMIT_DECISIONS', decisions: scenario.startingDecisions });
    let snap = actor.getSnapshot();
    expect(['events', 'review']).toContain(snap.value);
    while (snap.value === 'events') {
      const ev = snap.context.game.pending[0]!;
      actor.send({ type: 'ANSWER', eventId: ev.id, optionId: ev.defaultOptionId });
      snap = actor.getSnapshot();
    }
    expect(snap.value).toBe('review');
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('planning');
    expect(actor.getSnapshot().context.game.quarter).toBe(2);
  });

  it('refuses invalid decisions: the game stays as it was and lastError explains why', () => {
    const actor = createGameActor(scenario, 2).start();
    const before = actor.getSnapshot().context.game;
    const bad: Decisions = structuredClone(scenario.startingDecisions);
    bad.allocation.features = 99;
    actor.send({ type: 'SUBMIT_DECISIONS', decisions: bad });
    const snap = actor.getSnapshot();
    expect(snap.value).toBe('planning');
    expect(snap.context.game).toBe(before);
    expect(snap.context.lastError?.en).toMatch(/100/);
    expect(snap.context.problems[0]?.path).toBe('allocation');
  });

  it('refuses events that do not fit the phase', () => {
    const actor = createGameActor(scenario, 2).start();
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'ANSWER', eventId: 'x', optionId: 'y' });
    expect(actor.getSnapshot().context.game).toBe(before);
    expect(actor.getSnapshot().context.lastError).not.toBeNull();
  });

  it('plays to the end state', () => {
    const actor = createGameActor(scenario, 4).start();
    for (let i = 0; i < 200 && actor.getSnapshot().status !== 'done'; i++) {
      const snap = actor.getSnapshot();
      if (snap.value === 'planning')
        actor.send({ type: 'SUBMIT_DECISIONS', decisions: scenario.startingDecisions });
      else if (snap.value === 'events') {
        const ev = snap.context.game.pending[0]!;
        actor.send({ type: 'ANSWER', eventId: ev.id, optionId: ev.defaultOptionId });
      } else actor.send({ type: 'CONTINUE' });
    }
    const end = actor.getSnapshot();
    expect(end.value).toBe('ended');
    expect(end.status).toBe('done');
    expect(end.context.game.phase).toBe('ended');
  });
});
