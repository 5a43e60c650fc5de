import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  carelessPolicy,
  balancedPolicy,
  gameChecksum,
  parseScenario,
  selectBriefing,
  type Game,
  type Policy,
  type Scenario,
} from '../../src/sim/index';
import { loadScenario, play } from './helpers';

const SCENARIO_DIR = resolve(__dirname, '../../scenarios');
const builtIn: Scenario[] = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseScenario(JSON.parse(readFileSync(resolve(SCENARIO_DIR, f), 'utf8')));
    if (!r.ok) throw new Error(`${f} does not parse`);
    return r.value;
  });

/** The balanced policy, accepting every stakeholder request (so commitments are open). */
const acceptingPolicy: Policy = {
  name: 'accepting',
  decide: balancedPolicy.decide,
  choose: (game, ev) => (ev.kind === 'request' ? 'accept' : balancedPolicy.choose(game, ev)),
};

/** The first game state (before planning some quarter) where `found` holds. */
function firstWhere(
  scenario: Scenario,
  seed: number,
  policy: Policy,
  found: (g: Game) => boolean,
): Game {
  for (let q = 0; q < scenario.horizonQuarters; q++) {
    const g = play(scenario, seed, policy, q);
    if (g.phase === 'planning' && found(g)) return g;
  }
  throw new Error(`no quarter of seed ${seed} matched`);
}

describe('selectBriefing', () => {
  it.each(builtIn.map((s) => [s.id, s] as const))(
    'opens quarter 1 of %s with the scenario’s description and what winning means',
    (_id, scenario) => {
      const b = selectBriefing(play(scenario, 1, balancedPolicy, 0));
      expect(b.quarter).toBe(1);
      expect(b.horizonQuarters).toBe(scenario.horizonQuarters);
      expect(b.quartersLeft).toBe(scenario.horizonQuarters);
      expect(b.hasPreviousQuarter).toBe(false);
      expect(b.introduction?.description).toEqual(scenario.description);
      expect(b.introduction?.winning).toEqual(scenario.winning);
      const shares = b.introduction!.weights.map((w) => w.share);
      expect(shares.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
      expect([...shares].sort((a, c) => c - a)).toEqual(shares);
      expect(Object.values(b.headline).map((f) => f.delta)).toEqual([null, null, null, null, null]);
      expect(b.headline.cash.value).toBe(scenario.company.cash);
      expect(b.headline.arr.value).toBe(scenario.company.arr);
      for (const s of b.stakeholders) {
        expect(s.trust).toBe(scenario.company.trust[s.id]);
        expect(s.delta).toBe(0);
      }
      expect(b.commitments).toEqual([]);
      expect(b.firing).toEqual({
        below: scenario.end.firedBelow,
        afterQuarters: scenario.end.firedAfterQuarters,
        quartersBelowSoFar: 0,
      });
    },
  );

  it('never changes the game nor advances its PRNG', () => {
    for (const scenario of builtIn) {
      const game = firstWhere(scenario, 3, acceptingPolicy, (g) => g.state.commitments.length > 0);
      const json = JSON.stringify(game);
      const checksum = gameChecksum(game);
      const rng = structuredClone(game.rng);
      const first = selectBriefing(game);
      expect(JSON.stringify(game)).toBe(json);
      expect(gameChecksum(game)).toBe(checksum);
      expect(game.rng).toEqual(rng);
      expect(selectBriefing(game)).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }
  });

  it('reports headline figures and each stakeholder’s trust with its change over the last quarter', () => {
    const scenario = loadScenario();
    const game = play(scenario, 5, balancedPolicy, 3);
    const b = selectBriefing(game);
    const last = game.history[2]!.metrics;
    const before = game.history[1]!.metrics;
    expect(b.quarter).toBe(4);
    expect(b.quartersLeft).toBe(scenario.horizonQuarters - 3);
    expect(b.hasPreviousQuarter).toBe(true);
    expect(b.introduction).toBeUndefined();
    expect(b.headline.cash).toMatchObject({ value: last.cash, delta: last.cash - before.cash });
    expect(b.headline.runway.value).toBe(last.runwayQuarters);
    expect(b.headline.growth.value).toBe(last.growth);
    expect(b.headline.boardConfidence.delta).toBe(last.boardConfidence - before.boardConfidence);
    const cfo = b.stakeholders.find((s) => s.id === 'cfo')!;
    expect(cfo).toMatchObject({ trust: last.trustCfo, delta: last.trustCfo - before.trustCfo });
    expect(b.stakeholders.map((s) => s.id)).toEqual(['ceo', 'cfo', 'cto', 'cpo', 'hr']);
  });

  it('gives no growth change after the first quarter: the baseline has no growth figure', () => {
    const scenario = loadScenario();
    const b = selectBriefing(play(scenario, 5, balancedPolicy, 1));
    expect(b.headline.growth.delta).toBeNull();
    expect(b.headline.cash.delta).toBe(b.headline.cash.value - scenario.company.cash);
  });

  it('lists accepted requests with measure, target, due quarter and the value so far', () => {
    const scenario = loadScenario();
    const game = firstWhere(scenario, 2, acceptingPolicy, (g) => g.state.commitments.length > 1);
    const b = selectBriefing(game);
    expect(b.commitments).toHaveLength(game.state.commitments.length);
    const dues = b.commitments.map((c) => c.dueQuarter);
    expect([...dues].sort((a, c) => a - c)).toEqual(dues);
    for (const view of b.commitments) {
      const c = game.state.commitments.find((x) => x.id === view.id)!;
      expect(view).toMatchObject({
        stakeholder: c.stakeholder,
        measure: c.measure,
        target: c.target,
        dueQuarter: c.dueQuarter,
        dueIn: c.dueQuarter - game.quarter,
      });
      expect(view.dueIn).toBeGreaterThanOrEqual(0);
      expect(view.title.en).not.toBe('');
      expect(view.outlook.ja).not.toBe('');
      const m = game.state.last;
      if (c.measure === 'featuresDelivered') {
        expect(view.current).toBe(game.state.featuresDeliveredTotal - c.baseline);
        expect(view.direction).toBe('at-least');
        expect(view.metNow).toBe(view.current >= c.target);
      } else {
        const value = {
          costPerQuarter: m.costs,
          attritionRate: m.attritionRate,
          debtIndex: m.techDebt,
          incidents: m.incidents,
        }[c.measure];
        expect(view.current).toBe(value);
        expect(view.direction).toBe('at-most');
        expect(view.metNow).toBe(value <= c.target);
      }
    }
  });

  it('warns of rising debt tax, exhaustion and attrition under a careless policy, saying why', () => {
    const scenario = builtIn.find((s) => s.id === 'enterprise-dx')!;
    const game = firstWhere(scenario, 3, carelessPolicy, (g) => g.state.last.debtTax >= 0.4);
    const b = selectBriefing(game);
    const ids = b.warnings.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['debt-tax-high']));
    const debt = b.warnings.find((w) => w.id === 'debt-tax-high')!;
    expect(debt).toMatchObject({ severity: 'critical', metric: 'debtTax', threshold: 0.3 });
    expect(debt.value).toBe(game.state.last.debtTax);
    for (const w of b.warnings) {
      expect(w.why.en.length).toBeGreaterThan(40);
      expect(w.why.ja.length).toBeGreaterThan(20);
    }
    // Critical warnings come first.
    const severities = b.warnings.map((w) => w.severity);
    expect(severities.indexOf('warning')).toBeGreaterThanOrEqual(
      severities.lastIndexOf('critical'),
    );
    const later = firstWhere(scenario, 3, carelessPolicy, (g) => g.state.last.exhaustion >= 60);
    const people = selectBriefing(later).warnings.map((w) => w.id);
    expect(people).toContain('exhaustion-rising');
  });

  it('gives a well-run game no debt, runway or board warnings', () => {
    const scenario = loadScenario();
    const b = selectBriefing(play(scenario, 3, balancedPolicy, 8));
    const ids = b.warnings.map((w) => w.id);
    for (const id of ['debt-tax-high', 'runway-short', 'board-near-firing'] as const)
      expect(ids).not.toContain(id);
  });

  it('warns when the runway is short and when board confidence nears the firing line', () => {
    const poor = loadScenario((raw) => {
      raw.company.cash = raw.company.arr / 40;
    });
    const runway = selectBriefing(play(poor, 1, balancedPolicy, 0)).warnings.find(
      (w) => w.id === 'runway-short',
    );
    expect(runway).toMatchObject({ severity: 'critical', metric: 'runwayQuarters', threshold: 4 });
    expect(runway!.value).toBeLessThan(2);

    const scenario = loadScenario();
    const line = scenario.end.firedBelow;
    const game = firstWhere(
      scenario,
      3,
      carelessPolicy,
      (g) => g.state.last.boardConfidence < line + 10,
    );
    const board = selectBriefing(game).warnings.find((w) => w.id === 'board-near-firing');
    expect(board).toMatchObject({ metric: 'boardConfidence', threshold: line });
    expect(board!.severity).toBe(game.state.last.boardConfidence < line ? 'critical' : 'warning');
    expect(board!.why.en).toContain(`${scenario.end.firedAfterQuarters} quarters in a row`);
  });

  it('warns of a release freeze when the error budget was overspent under a freeze policy', () => {
    const scenario = loadScenario();
    const freezing: Policy = {
      name: 'freeze-policy',
      decide: (g) => {
        const d = balancedPolicy.decide(g);
        d.trends.errorBudgetPolicy = 'freeze';
        d.trends.sloTarget = 0.9999;
        return d;
      },
      choose: balancedPolicy.choose,
    };
    const game = firstWhere(scenario, 1, freezing, (g) => g.state.releaseFreeze);
    const ids = selectBriefing(game).warnings.map((w) => w.id);
    expect(ids).toContain('release-freeze');
    expect(ids).not.toContain('error-budget-spent');
  });
});
