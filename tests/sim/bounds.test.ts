/**
 * Issue 14 item 1: every number a scenario can hold is bounded (SCENARIO_BOUNDS, documented in
 * docs/scenarios.md), and no scenario inside the bounds makes the engine produce NaN or Infinity
 * or run a loop longer than the bounds allow. Scenarios are drawn anywhere inside the bounds,
 * extremes included; each is played to its end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continueGame,
  answerEvent,
  newGame,
  parseScenario,
  selectOrg,
  submitDecisions,
  type Game,
  type ScenarioInput,
} from '../../src/sim/index';
import { EFFECT_TARGETS, SCENARIO_BOUNDS as B } from '../../src/sim/scenario/schema';
import { nonFinitePath } from '../fuzz/mutate';
import { FUZZ_SEED, fuzzRuns } from '../fuzz/settings';
import { rawScenario } from './helpers';

/** A number anywhere in [min, max], its ends and 0 (when inside) drawn often. */
const within = (min: number, max: number) =>
  fc.oneof(
    fc.constantFrom(...[min, max, ...(min <= 0 && max >= 0 ? [0] : [])]),
    fc.double({ min, max, noNaN: true }),
  );
const whole = (min: number, max: number) =>
  fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));

const ROLES = ['product', 'platform', 'security', 'data'] as const;
const LEVELS = ['junior', 'senior', 'staff', 'manager'] as const;

const effect = fc.constantFrom(...EFFECT_TARGETS).chain((target) => {
  const limit =
    target === 'cash'
      ? { min: -B.money, max: B.money }
      : target.endsWith('Pct')
        ? B.percentDelta
        : target.startsWith('capability.') || target === 'hiringMarket'
          ? { min: -B.unitDelta, max: B.unitDelta }
          : { min: -B.pointsDelta, max: B.pointsDelta };
  return within(limit.min, limit.max).map((delta) => ({ target, delta }));
});

const text = { en: 'x', ja: 'エックス' };
/** A card drawn every quarter (no conditions, repeatable), its effects anywhere in bounds. */
const repeatingCard = fc
  .tuple(fc.array(effect, { minLength: 1, maxLength: 6 }), fc.array(effect, { maxLength: 4 }))
  .map(([now, later]) => ({
    id: 'fuzz-card',
    situation: 'fuzz',
    title: text,
    body: text,
    weight: B.drawWeight.max,
    once: false,
    options: [
      {
        id: 'a',
        label: text,
        hint: text,
        effects: now,
        delayed: [{ afterQuarters: 1, effects: later }],
      },
      { id: 'b', label: text, hint: text, effects: [] },
    ],
    defaultOptionId: 'a',
  }));

const scenarioInBounds = fc
  .record({
    horizon: whole(4, 40),
    cash: within(-B.money, B.money),
    arr: within(B.arrMin, B.money),
    customers: whole(1, B.customers),
    usage: within(1e-9, B.cloudUsage),
    unitCost: within(1e-9, B.cloudUnitCost),
    waste: within(0, 0.6),
    newArr: within(1e-9, B.money),
    growth: within(-0.2, 0.3),
    churn: within(0, 0.3),
    expansion: within(0, 0.3),
    points: within(1e-9, B.featurePoints),
    cost: within(0, B.money),
    opexShare: within(0, 2),
    opexFixed: within(0, B.money),
    opexFollows: within(0, 1),
    cogs: within(0, 0.5),
    downtime: within(0, B.money),
    breach: within(0, B.money),
    acceptance: within(0, 1),
    regulation: within(0, 1),
    nonEngineering: whole(0, B.nonEngineeringEmployees),
    staff: fc.array(whole(0, Math.floor(B.headcount / 16)), { minLength: 16, maxLength: 16 }),
    contractors: whole(0, B.headcount),
    hires: whole(0, B.hiresPerQuarter),
    effort: within(B.effort.min, B.effort.max),
    card: repeatingCard,
  })
  .map((v) => {
    const s = rawScenario() as unknown as ScenarioInput & Record<string, never>;
    const company = s.company;
    const market = s.market;
    s.horizonQuarters = v.horizon;
    // The board's objectives fall within the shorter game.
    s.objectives = s.objectives?.map((o) => ({
      ...o,
      byQuarter: Math.min(o.byQuarter, v.horizon),
    }));
    Object.assign(company, { cash: v.cash, arr: v.arr, customers: v.customers });
    Object.assign(company.cloud, {
      usagePerCustomer: v.usage,
      unitCost: v.unitCost,
      waste: v.waste,
    });
    Object.assign(market, {
      newArrPerQuarter: v.newArr,
      demandGrowthPerQuarter: v.growth,
      churnPerQuarter: v.churn,
      expansionPerQuarter: v.expansion,
      expectedFeaturePointsPerQuarter: v.points,
      annualCost: { junior: v.cost, senior: v.cost / 2, staff: v.cost, manager: v.cost / 3 },
      contractorAnnualCost: v.cost,
      otherOpexShareOfRevenue: v.opexShare,
      otherOpexFixedPerQuarter: v.opexFixed,
      otherOpexFollowsPlan: v.opexFollows,
      otherCogsShare: v.cogs,
      downtimeCostPerMinute: v.downtime,
      breachCostLarge: v.breach,
      offerAcceptance: v.acceptance,
      regulation: v.regulation,
      nonEngineeringEmployees: v.nonEngineering,
    });
    s.org.staff = ROLES.flatMap((role, r) =>
      LEVELS.map((level, l) => ({ role, level, count: v.staff[r * 4 + l]!, tenure: 3 })),
    );
    s.org.contractors = v.contractors;
    s.limits.maxContractors = Math.max(v.contractors, s.startingDecisions.budget?.contractors ?? 0);
    s.limits.maxHiresPerQuarter = v.hires;
    if (s.startingDecisions.talent) {
      s.startingDecisions.talent.hiring = [];
      s.startingDecisions.talent.layoffs = [];
    }
    s.initiatives.forEach((i) => (i.effortEngineerQuarters = v.effort));
    s.deck = { ...s.deck, dilemmas: [...(s.deck?.dilemmas ?? []), v.card] };
    return s;
  });

/** Plays the starting plan with default answers to the end, within a bound on steps. */
function playToEnd(start: Game): Game {
  let game = start;
  const steps = (start.scenario.horizonQuarters + 1) * 20;
  for (let step = 0; step < steps && game.phase !== 'ended'; step++) {
    if (game.phase === 'planning') {
      const r = submitDecisions(game, game.scenario.startingDecisions);
      if (!r.ok) throw new Error(r.error.map((p) => `${p.path}: ${p.reason.en}`).join('; '));
      game = r.value;
    } else if (game.phase === 'events') {
      const event = game.pending[0]!;
      const r = answerEvent(game, event.id, event.defaultOptionId);
      if (!r.ok) throw new Error(r.error.en);
      game = r.value;
    } else game = continueGame(game);
  }
  expect(game.phase, 'the game ends within its horizon').toBe('ended');
  return game;
}

describe('scenario bounds', () => {
  it('refuses numbers beyond the bounds, naming the field', () => {
    const huge = rawScenario() as unknown as ScenarioInput;
    huge.org.staff[0]!.count = 10_000_000;
    huge.company.cash = 1e300;
    const r = parseScenario(huge);
    expect(r.ok ? [] : r.error.map((i) => i.path)).toEqual(
      expect.arrayContaining(['company.cash', 'org.staff[0].count']),
    );
  });

  it('no scenario inside the bounds produces NaN or Infinity, or more teams than its headcount allows', () => {
    fc.assert(
      fc.property(scenarioInBounds, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const parsed = parseScenario(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error.slice(0, 3)));
        const game = playToEnd(newGame(parsed.value, seed));
        expect(
          nonFinitePath(
            game.history.map((r) => r.metrics),
            'history',
          ),
        ).toBeNull();
        expect(nonFinitePath(game.state, 'state')).toBeNull();
        const most = B.headcount + B.hiresPerQuarter * game.scenario.horizonQuarters;
        expect(selectOrg(game).teams.length).toBeLessThanOrEqual(Math.ceil(most / 3) + 2);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(40), endOnFailure: true },
    );
  });

  it('a game whose cash is not a finite number is bankrupt, never played on with NaN', () => {
    const start = newGame(parseScenarioOrThrow(rawScenario()), 3);
    for (const cash of [Number.NaN, Number.NEGATIVE_INFINITY]) {
      const game = structuredClone(start);
      game.state.cash = cash;
      const r = submitDecisions(game, game.scenario.startingDecisions);
      expect(r.ok && r.value.status).toBe('bankrupt');
    }
  });
});

function parseScenarioOrThrow(json: unknown) {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error('scenario refused');
  return parsed.value;
}
