import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  applyAction,
  balancedPolicy,
  deckFor,
  defaultDecisions,
  replayActions,
  runGame,
  type Game,
  type GameAction,
} from '../../src/sim/index';
import { loadScenario, play } from './helpers';

const scenario = loadScenario();

function apply(game: Game | null, ...actions: GameAction[]): Game {
  let g = game;
  for (const a of actions) {
    const r = applyAction(g, a);
    if (!r.ok) throw new Error(`${a.type}: ${r.error.reason.en}`);
    g = r.value;
  }
  if (!g) throw new Error('no game');
  return g;
}

describe('applyAction', () => {
  it('starts a game and refuses every other action before one', () => {
    const g = apply(null, { type: 'start', scenario, seed: 4, playerName: 'Mei' });
    expect(g.phase).toBe('planning');
    expect(g.playerName).toBe('Mei');
    const r = applyAction(null, { type: 'continue' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.reason.ja.length).toBeGreaterThan(0);
  });

  it('refuses actions out of their phase with a reason, leaving the game as it was', () => {
    const g = apply(null, { type: 'start', scenario, seed: 4 });
    const before = JSON.stringify(g);
    for (const a of [
      { type: 'continue' },
      { type: 'answer', eventId: 'x', optionId: 'y' },
      { type: 'undo-submit' },
    ] as GameAction[]) {
      const r = applyAction(g, a);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.action).toBe(a.type);
        expect(r.error.reason.en).not.toBe('');
        expect(r.error.reason.ja).not.toBe('');
        // The phase in the player's words, not its id.
        expect(r.error.reason.ja).not.toMatch(/planning/);
      }
    }
    const r = applyAction(g, { type: 'continue' });
    expect(r.ok ? '' : r.error.reason.ja).toBe('計画中に次へ進むことはできません。');
    expect(JSON.stringify(g)).toBe(before);
  });

  it('refuses an invalid plan with every problem', () => {
    const g = apply(null, { type: 'start', scenario, seed: 4 });
    const d = defaultDecisions(g);
    d.budget.contractors = 10_000;
    const r = applyAction(g, { type: 'submit', decisions: d });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.problems.length).toBeGreaterThan(0);
      expect(r.error.reason).toEqual(r.error.problems[0]!.reason);
    }
  });

  it("replays a game's own actions to the identical game", () => {
    const finished = runGame(scenario, 21, balancedPolicy);
    const r = replayActions(scenario, 21, '', actionsOf(finished));
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(finished));
    const mid = play(scenario, 8, balancedPolicy, 3);
    const m = replayActions(scenario, 8, '', actionsOf(mid));
    expect(m.ok && JSON.stringify(m.value)).toBe(JSON.stringify(mid));
  });

  it('keeps the unsubmitted plan with the game until the submit', () => {
    const g = apply(null, { type: 'start', scenario, seed: 4 });
    const d = defaultDecisions(g);
    d.budget.contractors = 1;
    const drafted = apply(g, { type: 'set-decisions', decisions: d });
    expect(drafted.draft).toEqual(d);
    const submitted = apply(drafted, { type: 'submit', decisions: d });
    expect(submitted.draft).toBeUndefined();
    expect(applyAction(submitted, { type: 'set-decisions', decisions: d }).ok).toBe(false);
  });

  it('undoes the last submit while its choices are open: the game before it, with its plan as the draft', () => {
    // A seed whose fourth quarter, under the reference play, asks at least two questions.
    const seed = Array.from({ length: 32 }, (_, i) => i + 8).find((s) => {
      const at3 = play(scenario, s, balancedPolicy, 3);
      return (
        apply(at3, { type: 'submit', decisions: balancedPolicy.decide(at3) }).pending.length >= 2
      );
    })!;
    const at3 = play(scenario, seed, balancedPolicy, 3);
    let g = apply(at3, { type: 'submit', decisions: balancedPolicy.decide(at3) });
    g = apply(g, {
      type: 'answer',
      eventId: g.pending[0]!.id,
      optionId: g.pending[0]!.defaultOptionId,
    });
    expect(g.phase).toBe('events');
    const undone = apply(g, { type: 'undo-submit' });
    const { draft, ...rest } = undone;
    expect(JSON.stringify(rest)).toBe(JSON.stringify(at3));
    expect(draft).toEqual(g.log[g.log.length - 1]!.decisions);
    // Once every choice is answered the quarter stands, and after continue too.
    while (g.phase === 'events')
      g = apply(g, {
        type: 'answer',
        eventId: g.pending[0]!.id,
        optionId: g.pending[0]!.defaultOptionId,
      });
    for (const done of [g, apply(g, { type: 'continue' })]) {
      const r = applyAction(done, { type: 'undo-submit' });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.reason.en).toContain('only while its choices are still open');
    }
  });

  it("injects a facilitator's dilemma into the next quarter's choices, and replays it", () => {
    const g0 = apply(null, { type: 'start', scenario, seed: 4 });
    const card = deckFor(scenario).dilemmas[0]!;
    const g1 = apply(g0, { type: 'inject-card', cardId: card.id });
    expect(g1.injected).toEqual([card.id]);
    const dup = applyAction(g1, { type: 'inject-card', cardId: card.id });
    expect(dup.ok).toBe(false);
    expect(applyAction(g1, { type: 'inject-card', cardId: 'no-such-card' }).ok).toBe(false);
    const g2 = apply(g1, { type: 'submit', decisions: defaultDecisions(g1) });
    expect(g2.injected).toBeUndefined();
    const shown = g2.pending.find((e) => e.id === `q1-inject-${card.id}`);
    expect(shown?.sourceId).toBe(card.id);
    expect(g2.log[0]!.injected).toEqual([card.id]);
    let g = g2;
    while (g.phase === 'events')
      g = apply(g, {
        type: 'answer',
        eventId: g.pending[0]!.id,
        optionId: g.pending[0]!.options[0]!.id,
      });
    const replay = replayActions(scenario, 4, '', actionsOf(g));
    expect(replay.ok && JSON.stringify(replay.value)).toBe(JSON.stringify(g));
  });
});
