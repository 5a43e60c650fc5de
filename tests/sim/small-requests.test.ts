import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  applyAction,
  choiceDialogs,
  deckFor,
  gameChecksum,
  isSmallRequest,
  newGame,
  parseScenario,
  referencePolicy,
  replayActions,
  submitDecisions,
  type Game,
  type GameAction,
  type PendingEvent,
  type Scenario,
} from '../../src/sim/index';
import { MAX_SMALL_ASKS } from '../../src/sim/model/choices';
import { loadBuiltin } from '../scenarios/builtin';
import { rawScenario, seeds } from './helpers';

const FILES = [
  'series-b-saas.json',
  'enterprise-dx.json',
  'fintech-regulated.json',
  'mega-venture.json',
];

/**
 * The first quarter (reference policy) whose choices hold at least two small requests and
 * another choice beside them.
 */
function gameWithSmallRequests(scenario: Scenario): Game {
  for (const seed of seeds(40)) {
    let game = newGame(scenario, seed);
    while (game.phase !== 'ended') {
      if (game.phase === 'planning') {
        const r = submitDecisions(game, referencePolicy.decide(game));
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        game = r.value;
      } else if (game.phase === 'events') {
        const small = game.pending.filter(isSmallRequest).length;
        if (small >= 2 && small < game.pending.length) return game;
        const ev = game.pending[0]!;
        const r = applyAction(game, {
          type: 'answer',
          eventId: ev.id,
          optionId: referencePolicy.choose(game, ev),
        });
        if (!r.ok) throw new Error(r.error.reason.en);
        game = r.value;
      } else {
        const r = applyAction(game, { type: 'continue' });
        if (!r.ok) throw new Error(r.error.reason.en);
        game = r.value;
      }
    }
  }
  throw new Error('no quarter with two small requests and another choice in 40 seeds');
}

const smallOf = (game: Game) => game.pending.filter(isSmallRequest);

describe('small requests in the deck (issue 13, item 6)', () => {
  it('are the routine asks that carry only their stakeholder’s trust', () => {
    const deck = deckFor(loadBuiltin('series-b-saas.json'));
    const small = deck.requests.filter((r) => r.small).map((r) => r.id);
    expect(small.sort()).toEqual(
      [
        'cfo-cut-cost',
        'cpo-roadmap-scope',
        'cto-architecture',
        'cto-stability',
        'hr-retention',
      ].sort(),
    );
    for (const r of deck.requests.filter((x) => x.small)) {
      expect(r.onSuccess, r.id).toEqual([]);
      expect(r.onFailure, r.id).toEqual([]);
    }
  });

  it('refuses a small request with effects beyond trust, saying where and what to change', () => {
    const raw = rawScenario() as { deck: { requests: unknown[] } };
    raw.deck.requests = [
      {
        id: 'own-small',
        stakeholder: 'cto',
        small: true,
        title: { en: 'A small ask', ja: '小さな依頼' },
        body: { en: 'Keep debt under {target} by quarter {due}.', ja: '負債を{target}以下に。' },
        measure: 'debtIndex',
        targetFactor: 0.9,
        dueInQuarters: 2,
        trustOnAccept: 2,
        trustOnDecline: -2,
        trustOnSuccess: 5,
        trustOnFailure: -6,
        onSuccess: [{ target: 'competitiveness', delta: 2 }],
      },
    ];
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.find((i) => i.path.includes('onSuccess'));
    expect(issue?.path).toBe('deck.requests[0].onSuccess');
    expect(issue?.message).toMatch(/small request carries only its stakeholder's trust/);
  });
});

describe('drawing small requests', () => {
  it('brings several in a quarter, never more than the cap, beside at most one other routine request', () => {
    let quartersWithSeveral = 0;
    for (const file of FILES) {
      const scenario = loadBuiltin(file);
      const deck = deckFor(scenario);
      for (const seed of seeds(15)) {
        let game = newGame(scenario, seed);
        while (game.phase !== 'ended') {
          if (game.phase === 'events') {
            const requests = game.pending.filter((e) => e.kind === 'request');
            const small = requests.filter(isSmallRequest);
            for (const e of small) expect(deck.requestsById.get(e.sourceId)?.small).toBe(true);
            expect(small.length).toBeLessThanOrEqual(MAX_SMALL_ASKS);
            expect(new Set(small.map((e) => e.sourceId)).size).toBe(small.length);
            const otherRoutine = requests.filter(
              (e) => !e.small && !deck.requestsById.get(e.sourceId)?.eventOnly,
            );
            expect(otherRoutine.length).toBeLessThanOrEqual(1);
            if (small.length >= 2) quartersWithSeveral++;
          }
          const step: GameAction =
            game.phase === 'planning'
              ? { type: 'submit', decisions: referencePolicy.decide(game) }
              : game.phase === 'events'
                ? {
                    type: 'answer',
                    eventId: game.pending[0]!.id,
                    optionId: referencePolicy.choose(game, game.pending[0]!),
                  }
                : { type: 'continue' };
          const r = applyAction(game, step);
          if (!r.ok) throw new Error(r.error.reason.en);
          game = r.value;
        }
      }
    }
    expect(quartersWithSeveral).toBeGreaterThan(10);
  });
});

describe('choiceDialogs', () => {
  const event = (id: string, small: boolean, kind: 'request' | 'dilemma' = 'request') =>
    ({
      id,
      kind,
      sourceId: id,
      title: { en: id, ja: id },
      body: { en: id, ja: id },
      options: [],
      defaultOptionId: 'decline',
      ...(small ? { small: true } : {}),
    }) as PendingEvent;

  it('puts two or more small requests in one dialog where the first of them stands', () => {
    const d = event('d', false, 'dilemma');
    const a = event('a', true);
    const big = event('big', false);
    const b = event('b', true);
    expect(choiceDialogs([d, a, big, b])).toEqual([
      { kind: 'single', event: d },
      { kind: 'small-requests', events: [a, b] },
      { kind: 'single', event: big },
    ]);
  });

  it('gives a small request alone a dialog of its own', () => {
    const d = event('d', false, 'dilemma');
    const a = event('a', true);
    expect(choiceDialogs([d, a])).toEqual([
      { kind: 'single', event: d },
      { kind: 'single', event: a },
    ]);
  });
});

describe("answering small requests together ('answer-requests')", () => {
  const scenario = loadBuiltin('series-b-saas.json');
  const game = gameWithSmallRequests(scenario);
  const small = smallOf(game);
  const answers = small.map((e, i) => ({
    eventId: e.id,
    optionId: i === 0 ? 'accept' : 'decline',
  }));

  it('gives the same game as answering each in turn, and its save replays as those answers', () => {
    const together = applyAction(game, { type: 'answer-requests', answers });
    expect(together.ok).toBe(true);
    if (!together.ok) return;
    let oneByOne = game;
    for (const a of answers) {
      const r = applyAction(oneByOne, { type: 'answer', ...a });
      if (!r.ok) throw new Error(r.error.reason.en);
      oneByOne = r.value;
    }
    expect(together.value).toEqual(oneByOne);
    expect(smallOf(together.value)).toEqual([]);
    // The first was accepted: a commitment from it is open; the others were declined.
    expect(together.value.state.commitments.map((c) => c.requestId)).toContain(small[0]!.sourceId);
    const logged = actionsOf(together.value).slice(-answers.length);
    expect(logged).toEqual(answers.map((a) => ({ type: 'answer', ...a })));
    const replay = replayActions(scenario, game.seed, '', actionsOf(together.value));
    expect(replay.ok && gameChecksum(replay.value)).toBe(gameChecksum(together.value));
  });

  const refused = (batch: GameAction, reason: RegExp) => {
    const r = applyAction(game, batch);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.action).toBe('answer-requests');
    expect(r.error.reason.en).toMatch(reason);
    expect(r.error.reason.ja.length).toBeGreaterThan(0);
  };

  it('refuses an empty batch, or one whose answers are not answers (a hostile message or log)', () => {
    refused({ type: 'answer-requests', answers: [] }, /No answers/);
    refused(
      { type: 'answer-requests', answers: [null, 'accept'] as never },
      /Answer 1 does not name an event and an option/,
    );
  });

  it('refuses a batch that leaves a small request out, naming it', () => {
    refused(
      { type: 'answer-requests', answers: answers.slice(1) },
      new RegExp(`answered together: ${small[0]!.id} has no answer`),
    );
  });

  it('refuses a request answered twice', () => {
    refused(
      { type: 'answer-requests', answers: [...answers, answers[0]!] },
      new RegExp(`"${small[0]!.id}" is answered twice`),
    );
  });

  it('refuses an event that is not waiting, or is not a small request', () => {
    refused(
      {
        type: 'answer-requests',
        answers: [{ eventId: 'q1-r-nothing', optionId: 'accept' }, ...answers],
      },
      /"q1-r-nothing" is not waiting/,
    );
    const other = game.pending.find((e) => !isSmallRequest(e))!;
    refused(
      {
        type: 'answer-requests',
        answers: [...answers, { eventId: other.id, optionId: other.defaultOptionId }],
      },
      new RegExp(`"${other.id}" is not a small request`),
    );
  });

  it('refuses the whole batch for one impossible option: no answer of it is kept', () => {
    const bad = answers.map((a, i) => (i === answers.length - 1 ? { ...a, optionId: 'maybe' } : a));
    refused({ type: 'answer-requests', answers: bad }, /"maybe" is not an option/);
  });

  it('is refused outside the quarter’s choices', () => {
    const fresh = newGame(scenario, 1);
    const r = applyAction(fresh, { type: 'answer-requests', answers });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.reason.en).toMatch(/planning phase/);
  });
});
