/**
 * Risks in the deck (model/chance.ts): a delayed effect with a chance happens only when a draw
 * from the game's seeded generator falls under the chance, read from a metric when it falls due.
 */
import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  deckFor,
  describeEvent,
  parseScenario,
  runGame,
  selectQuarterHighlights,
  toSave,
  type Game,
  type Policy,
  type ScenarioInput,
} from '../../../src/sim/index';
import { chanceOf, resolveRisk } from '../../../src/sim/model/chance';
import { answerChoice, initialState, newGame } from '../../../src/sim/game';
import { requestEvent } from '../../../src/sim/model/choices';
import { openStreams, rngFromState, seedRng, seedStreams } from '../../../src/sim/rng';
import { copyState, stepQuarter } from '../../../src/sim/step';
import { loadScenario, rawScenario, seeds } from '../helpers';

const series = loadScenario();
const start = initialState(series);
const ramp = (from: [number, number], to: [number, number]) => ({
  metric: 'engagement' as const,
  from: { value: from[0], chance: from[1] },
  to: { value: to[0], chance: to[1] },
  report: { en: 'It happened.', ja: '起きました。' },
});
const withEngagement = (engagement: number) => ({
  m: { ...start.last, engagement },
  s: start,
});

describe('a risk’s chance', () => {
  it('is linear between its two points and flat beyond them, either way round', () => {
    const falling = ramp([40, 0.6], [80, 0.2]);
    const at = (e: number) => {
      const { m, s } = withEngagement(e);
      return chanceOf(falling, m, s, 1);
    };
    expect(at(40)).toBeCloseTo(0.6, 10);
    expect(at(60)).toBeCloseTo(0.4, 10);
    expect(at(80)).toBeCloseTo(0.2, 10);
    expect(at(10)).toBeCloseTo(0.6, 10);
    expect(at(95)).toBeCloseTo(0.2, 10);
    const { m, s } = withEngagement(60);
    expect(chanceOf(ramp([80, 0.2], [40, 0.6]), m, s, 1)).toBeCloseTo(0.4, 10);
  });

  it('applies all or nothing with a generator, its expected value without one', () => {
    const effects = [{ target: 'trust.ceo' as const, delta: -10 }];
    expect(resolveRisk(0.3, effects, null)).toEqual({
      happened: false,
      effects: [{ target: 'trust.ceo', delta: -3 }],
    });
    let happened = 0;
    const rng = rngFromState(seedRng(7));
    for (let i = 0; i < 2000; i++) {
      const r = resolveRisk(0.3, effects, rng);
      expect(r.effects).toEqual(r.happened ? effects : []);
      if (r.happened) happened++;
    }
    expect(happened / 2000).toBeGreaterThan(0.26);
    expect(happened / 2000).toBeLessThan(0.34);
  });
});

/** A card drawn every quarter whose option 'take' takes a risk with this chance. */
function riskCard(chance: ReturnType<typeof ramp>) {
  return {
    id: 'test-risk',
    situation: 'a test',
    title: { en: 'A risk', ja: 'リスク' },
    body: { en: 'Take it?', ja: '取りますか?' },
    weight: 1000,
    once: false,
    options: [
      {
        id: 'take',
        label: { en: 'Take it', ja: '取る' },
        hint: { en: 'A risk.', ja: 'リスクです。' },
        effects: [],
        delayed: [{ afterQuarters: 1, chance, effects: [{ target: 'trust.ceo', delta: -5 }] }],
      },
      {
        id: 'leave',
        label: { en: 'Leave it', ja: 'やめる' },
        hint: { en: 'Nothing.', ja: '何もしません。' },
        effects: [{ target: 'trust.cpo', delta: 1 }],
      },
    ],
    defaultOptionId: 'leave',
  };
}

/** series-b-saas with one more card, parsed. */
function withCard(card: unknown) {
  const input = rawScenario() as unknown as ScenarioInput & { deck: { dilemmas: unknown[] } };
  input.deck.dilemmas.push(card);
  return parseScenario(input);
}

/** series-b-saas with the risk card, its chance on engagement from one point to another. */
function scenarioWithRisk(from: [number, number], to: [number, number]) {
  const r = withCard(
    riskCard({
      ...ramp(from, to),
      report: { en: 'The risk came true.', ja: '現実になりました。' },
    }),
  );
  if (!r.ok) throw new Error(r.error.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.value;
}

const taker: Policy = {
  name: 'taker',
  decide: balancedPolicy.decide,
  choose: (game, ev) => (ev.sourceId === 'test-risk' ? 'take' : balancedPolicy.choose(game, ev)),
};
const risksIn = (g: Game) =>
  g.history.flatMap((h) => h.events).filter((e) => e.kind === 'risk-happened');

describe('a risk taken with a dilemma option', () => {
  it('comes true in some games and not in others, the same way for the same seed', () => {
    const sc = scenarioWithRisk([0, 0.5], [100, 0.5]);
    const counts = seeds(12).map((seed) => risksIn(runGame(sc, seed, taker)).length);
    const taken = seeds(12).map(
      (seed) =>
        runGame(sc, seed, taker).history.flatMap((h) =>
          h.choices.filter((c) => c.sourceId === 'test-risk'),
        ).length,
    );
    const total = counts.reduce((a, b) => a + b, 0);
    const chances = taken.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0.3 * chances);
    expect(total).toBeLessThan(0.7 * chances);
    expect(seeds(12).map((seed) => risksIn(runGame(sc, seed, taker)).length)).toEqual(counts);
  });

  it('never happens at chance 0 and always at chance 1, and the report says what happened', () => {
    const never = scenarioWithRisk([0, 0], [100, 0]);
    const always = scenarioWithRisk([0, 1], [100, 1]);
    const g0 = runGame(never, 3, taker);
    const g1 = runGame(always, 3, taker);
    expect(risksIn(g0)).toEqual([]);
    const due = g1.history.flatMap((h) => h.choices).filter((c) => c.sourceId === 'test-risk');
    // Every answer but one given in the last quarter fell due within the game.
    expect(risksIn(g1).length).toBeGreaterThanOrEqual(due.length - 1);
    const first = risksIn(g1)[0]!;
    expect(describeEvent(first, always)).toEqual({
      en: 'The risk came true.',
      ja: '現実になりました。',
    });
    // The quarter's report leads with it (a consequence of the player's own choice).
    const quarter = g1.history.findIndex((h) => h.events.includes(first)) + 1;
    expect(selectQuarterHighlights(g1, quarter)).toContainEqual({
      tier: 1,
      kind: 'event',
      event: 'risk-happened',
      text: { en: 'The risk came true.', ja: '現実になりました。' },
    });
  });

  it('is read from the situation when it falls due', () => {
    // The chance falls with engagement: a company that keeps engagement high is hit less.
    const sc = scenarioWithRisk([40, 1], [90, 0]);
    const card = deckFor(sc).dilemmas.find((c) => c.id === 'test-risk')!;
    const chance = card.options[0]!.delayed[0]!.chance!;
    const low = withEngagement(45);
    const high = withEngagement(85);
    expect(chanceOf(chance, low.m, low.s, 1)).toBeGreaterThan(chanceOf(chance, high.m, high.s, 1));
  });
});

describe('a game with expected risks (the balance lab’s option values)', () => {
  /** Quarter 1 of series-b-saas with one CEO trust risk of 10 points falling due, at this chance. */
  const stepWithRisk = (chance: number, risks?: 'expected') => {
    // A copy: the starting state is cached and shared by every game of the scenario.
    const s = copyState(initialState(series));
    s.delayed = [
      {
        dueQuarter: 1,
        effects: [{ target: 'trust.ceo', delta: -10 }],
        source: 'test',
        risk: { chance: ramp([0, chance], [100, chance]), card: 'c', option: 'o', entry: 0 },
      },
    ];
    const draws = openStreams(seedStreams(3));
    return stepQuarter(series, s, series.startingDecisions, 1, draws, risks);
  };

  it('applies each risk scaled by its chance, and draws nothing', () => {
    const ceo = (r: ReturnType<typeof stepWithRisk>) => r.state.trust.ceo;
    const none = ceo(stepWithRisk(0));
    const all = ceo(stepWithRisk(1));
    const expected = stepWithRisk(0.4, 'expected');
    expect(none - all).toBeGreaterThan(5);
    expect((none - ceo(expected)) / (none - all)).toBeCloseTo(0.4, 1);
    expect(expected.events.filter((e) => e.kind === 'risk-happened')).toEqual([]);
  });

  it('is a lab game only: it cannot be saved', () => {
    expect(() => toSave(newGame(series, 1, { risks: 'expected' }))).toThrow(/expected risks/);
    expect(() => toSave(newGame(series, 1))).not.toThrow();
  });
});

describe('a risk read from the market', () => {
  // marketDemand: the cycle's multiplier on bookings, as the briefing's market line reports it.
  const demand = {
    metric: 'marketDemand' as const,
    from: { value: 0.5, chance: 0.1 },
    to: { value: 1.5, chance: 0.9 },
    report: { en: 'It happened.', ja: '起きました。' },
  };
  const inMarket = (cycle: 'boom' | 'normal' | 'downturn') => ({ ...start, marketCycle: cycle });

  it('is likely in a boom, even in a normal market and seldom in a downturn', () => {
    expect(chanceOf(demand, start.last, inMarket('boom'), 1)).toBeCloseTo(0.9, 10);
    expect(chanceOf(demand, start.last, inMarket('normal'), 1)).toBeCloseTo(0.5, 10);
    expect(chanceOf(demand, start.last, inMarket('downturn'), 1)).toBeCloseTo(0.1, 10);
  });

  it('makes the launch crunch’s payoff follow the market and its burnout follow exhaustion', () => {
    const crunch = deckFor(series)
      .dilemmas.find((c) => c.id === 'launch-crunch')!
      .options.find((o) => o.id === 'crunch')!;
    const by = (metric: string) => crunch.delayed.find((d) => d.chance?.metric === metric)!.chance!;
    const launch = by('marketDemand');
    expect(chanceOf(launch, start.last, inMarket('boom'), 1)).toBeGreaterThan(
      chanceOf(launch, start.last, inMarket('downturn'), 1) + 0.5,
    );
    const burnout = by('exhaustion');
    const rested = { ...start.last, exhaustion: 30 };
    const tired = { ...start.last, exhaustion: 65 };
    expect(chanceOf(burnout, rested, start, 1)).toBeLessThan(0.1);
    expect(chanceOf(burnout, tired, start, 1)).toBeGreaterThan(0.8);
  });
});

describe('innovation time’s risks', () => {
  const option = (id: string) =>
    deckFor(series)
      .dilemmas.find((c) => c.id === 'innovation-time')!
      .options.find((o) => o.id === id)!;
  const risk = (metric: string) =>
    option('twenty-percent').delayed.find((d) => d.chance?.metric === metric)!;

  it('makes the CEO question a 20% time with a short runway, not with a long one', () => {
    const ceo = risk('runwayQuarters');
    expect(ceo.effects).toContainEqual({ target: 'trust.ceo', delta: -5 });
    expect(chanceOf(ceo.chance!, { ...start.last, runwayQuarters: 5 }, start, 1)).toBeGreaterThan(
      0.6,
    );
    expect(chanceOf(ceo.chance!, { ...start.last, runwayQuarters: 14 }, start, 1)).toBeLessThan(
      0.1,
    );
  });

  it('makes a tired team do its 20% time on top of the roadmap, a rested one seldom', () => {
    const overtime = risk('exhaustion');
    expect(overtime.effects).toContainEqual({ target: 'exhaustion', delta: 6 });
    expect(chanceOf(overtime.chance!, { ...start.last, exhaustion: 25 }, start, 1)).toBeLessThan(
      0.1,
    );
    expect(chanceOf(overtime.chance!, { ...start.last, exhaustion: 65 }, start, 1)).toBeGreaterThan(
      0.7,
    );
  });

  it('leaves a hack week free of both risks', () => {
    expect(option('hack-week').delayed.every((d) => d.chance === undefined)).toBe(true);
  });
});

describe('the deck’s risks and commitments', () => {
  it('refuses a chance whose two points are at the same metric value', () => {
    const r = withCard(riskCard(ramp([50, 0.2], [50, 0.8])));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => i.path).join(' ')).toMatch(/to\.value/);
  });

  it('queues the work a CTO commitment takes when it is accepted, and none when declined', () => {
    const tpl = deckFor(series).requestsById.get('cto-architecture')!;
    expect(tpl.onAccept.some((e) => e.target === 'featureCapacityPct' && e.delta < 0)).toBe(true);
    const game = newGame(series, 1);
    const ev = requestEvent(tpl, 1, game.state.last, 0, series.currency);
    const asked: Game = { ...game, phase: 'events', quarter: 1, pending: [ev] };
    const queued = (optionId: string) => {
      const r = answerChoice(asked, ev.id, optionId);
      if (!r.ok) throw new Error(r.error.en);
      return r.value.state.delayed.flatMap((d) => d.effects);
    };
    expect(queued('accept')).toEqual([
      { target: 'trust.cto', delta: tpl.trustOnAccept },
      ...tpl.onAccept,
    ]);
    expect(queued('decline')).toEqual([{ target: 'trust.cto', delta: tpl.trustOnDecline }]);
  });
});
