import { describe, expect, it } from 'vitest';
import { balancedPolicy, selectOutcome, type Game } from '../../src/sim/index';
import type { MarketCycle } from '../../src/sim/types';
import { expectedFeatures } from '../../src/sim/model/growth';
import { marketIndex } from '../../src/sim/model/peer';
import { areaScores, burnPoints, weightedScore } from '../../src/sim/model/score';
import { fixedPolicy, loadScenario, play, seeds } from './helpers';

/** Hires the scenario's maximum every quarter on 20% raises. */
const overHiring = fixedPolicy('over-hiring', (game, base) => {
  base.talent.hiring = [
    { role: 'product', level: 'senior', count: game.scenario.limits.maxHiresPerQuarter },
  ];
  base.talent.payAdjustmentPct = 20;
  return base;
});

function checkFormula(game: Game) {
  const outcome = selectOutcome(game);
  const pointsSum = outcome.byArea.reduce((sum, a) => sum + a.points, 0);
  // Each area's points are rounded to one decimal: the sum differs by at most 0.05 per area.
  expect(Math.abs(pointsSum - outcome.formula.weightedSum)).toBeLessThanOrEqual(0.35);
  for (const a of outcome.byArea) expect(a.points).toBeCloseTo(a.score * a.weight, 0);
  expect(outcome.score).toBeCloseTo(outcome.formula.weightedSum * outcome.formula.endingFactor, 0);
  return outcome;
}

describe("the score's formula in the outcome", () => {
  it('adds up to the score of a completed game with a factor of 1', () => {
    for (const seed of seeds(3)) {
      const outcome = checkFormula(play(loadScenario(), seed, balancedPolicy));
      expect(outcome.status).toBe('completed');
      expect(outcome.formula.endingFactor).toBe(1);
    }
  });

  it('shows the bankruptcy factor and the runway penalty of a bankrupt game', () => {
    // A company with a tenth of the cash: over-hiring on raises runs it out within the game.
    const short = loadScenario((raw) => {
      raw.company.cash /= 10;
    });
    const game = play(short, 1, overHiring);
    expect(game.status).toBe('bankrupt');
    const outcome = checkFormula(game);
    expect(outcome.formula.endingFactor).toBe(0.4);
    expect(outcome.formula.runwayPenalty).toBe(15);
    expect(outcome.formula.weightedSum).toBeGreaterThan(outcome.score);
  });
});

describe('the cost area and a quarter without growth', () => {
  it('grades a quarter whose burn multiple is 99 (no ARR added) as one bad quarter, not as the game', () => {
    expect(burnPoints(99)).toBe(0);
    expect(burnPoints(0.5)).toBe(100);
    expect(burnPoints(2)).toBe(70);
    const game = play(loadScenario(), 1, balancedPolicy);
    const played = game.history.map((h) => h.metrics);
    const cost = (quarters: typeof played) => areaScores(game.baseline, quarters, () => 1).cost;
    const flat = played.map((m, i) => (i === 5 ? { ...m, burnMultiple: 99 } : m));
    // One such quarter costs its twelfth of the burn part (a third of the area), no more.
    const lost = cost(played) - cost(flat);
    expect(lost).toBeCloseTo((burnPoints(played[5]!.burnMultiple) - 0) / 12 / 3, 6);
    expect(lost).toBeLessThan(3);
  });
});

describe('the business area and the market the game met', () => {
  it("grades growth against a company at par in the same market: the market's index", () => {
    const scenario = loadScenario();
    const normal = Array<MarketCycle>(12).fill('normal');
    const downturn = Array<MarketCycle>(12).fill('downturn');
    const boom = Array<MarketCycle>(12).fill('boom');
    expect(marketIndex(scenario, normal, 12)).toBe(1);
    expect(marketIndex(scenario, downturn, 12)).toBeLessThan(0.8);
    expect(marketIndex(scenario, boom, 12)).toBeGreaterThan(1.2);
    // Only the quarters played count: a downturn after quarter 4 does not move a 4-quarter index.
    expect(marketIndex(scenario, [...normal.slice(0, 4), ...downturn.slice(4)], 4)).toBe(1);
  });

  it('scores the same ARR higher after a downturn than after a boom, and as before in a normal market', () => {
    const game = play(loadScenario(), 1, balancedPolicy);
    const played = game.history.map((h) => h.metrics);
    const business = (path: MarketCycle[]) =>
      weightedScore(game.scenario, game.baseline, played, path).areas.business;
    const normal = business(Array<MarketCycle>(12).fill('normal'));
    expect(normal).toBeCloseTo(
      areaScores(game.baseline, played, (q) => expectedFeatures(game.scenario, q)).business,
      9,
    );
    expect(business(Array<MarketCycle>(12).fill('downturn'))).toBeGreaterThan(normal);
    expect(business(Array<MarketCycle>(12).fill('boom'))).toBeLessThan(normal);
  });
});
