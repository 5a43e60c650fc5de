/**
 * Committed-use discounts and their price (docs/model.md, "Engine 1.20.0"): a commitment is an
 * hourly rate paid for a year whether used or not, so covering more than the quiet hours use,
 * or more than usage turns out to be, costs money, and the best coverage depends on where
 * usage is going.
 */
import { describe, expect, it } from 'vitest';
import { capabilityInvestment } from '../../../src/sim/model/capabilities';
import {
  cloudBill,
  COMMITMENT_DISCOUNT,
  HOURLY_SPREAD,
  onDemandShare,
} from '../../../src/sim/model/cloud';
import {
  answerEvent,
  continueGame,
  defaultDecisions,
  newGame,
  referencePolicy,
  runGame,
  submitDecisions,
  type Decisions,
  type Game,
} from '../../../src/sim/index';
import { LEVER_TABLE } from '../../../src/sim/levers';
import { loadBuiltin, SCENARIO_FILES } from '../../scenarios/builtin';

const range = LEVER_TABLE.budget.commitmentCoverage;
const coverages = Array.from(
  { length: Math.round((range.max - range.min) / range.step) + 1 },
  (_, i) => Math.round(100 * (range.min + i * range.step)) / 100,
);

/** The lever's value with the lowest bill when next quarter's usage is `change` times this one's. */
function bestCoverage(change: number): number {
  const bill = (c: number) => cloudBill(1000 * change, 1, 0, c * 1000).bill;
  return coverages.reduce((best, c) => (bill(c) < bill(best) ? c : best));
}

describe('commitments', () => {
  it('pays for the committed rate every hour: the quiet hours leave part of it unused', () => {
    // 90% of the mean committed: the quiet hours use less than that, the busy ones more.
    const b = cloudBill(1000, 1, 0, 900);
    const allUsed = 0.9 * (1 - COMMITMENT_DISCOUNT) + 0.1;
    expect(b.commitmentFactor).toBeGreaterThan(allUsed);
    // Commitment under the quiet hours' usage is used in every hour.
    expect(onDemandShare(1 - HOURLY_SPREAD)).toBeCloseTo(HOURLY_SPREAD, 12);
    expect(cloudBill(1000, 1, 0, 400).commitmentFactor).toBeCloseTo(
      0.4 * (1 - COMMITMENT_DISCOUNT) + 0.6,
      12,
    );
  });

  it('puts the best coverage inside the range for usage that holds still, lower when it falls', () => {
    const steady = bestCoverage(1);
    expect(steady).toBeGreaterThan(range.min);
    expect(steady).toBeLessThan(range.max);
    expect(steady).toBeCloseTo(0.8, 9);
    // Usage that falls (customers leave, rightsizing removes waste) wants less; usage that
    // grows makes last quarter's commitment a smaller share, so it takes more.
    expect(bestCoverage(0.85)).toBeLessThan(steady);
    expect(bestCoverage(1.1)).toBeGreaterThan(steady);
  });

  it("sizes next quarter's commitment on the usage just billed, before rightsizing removes waste", () => {
    const sc = loadBuiltin('series-b-saas.json');
    let game: Game = newGame(sc, 1);
    const start = game.state.cloud;
    const d: Decisions = defaultDecisions(game);
    d.budget.rightsizing = true;
    d.budget.commitmentCoverage = range.max;
    const r = submitDecisions(game, d);
    if (!r.ok) throw new Error('refused');
    game = r.value;
    while (game.phase === 'events') {
      const ev = game.pending[0]!;
      const a = answerEvent(game, ev.id, ev.options[0]!.id);
      if (!a.ok) throw new Error('refused');
      game = a.value;
    }
    game = continueGame(game);
    const billedGross = game.state.cloud.usage / (1 - start.waste);
    expect(game.state.cloud.waste).toBeLessThan(start.waste);
    expect(game.state.cloud.committedUsage).toBeCloseTo(
      Math.max(range.max * billedGross, 0.75 * start.committedUsage),
      6,
    );
  });

  it('does not build the FinOps practice by buying commitments (a rate, not waste found)', () => {
    const d = defaultDecisions(newGame(loadBuiltin('series-b-saas.json'), 1));
    const team = {
      reliabilityShare: 0.1,
      securityShare: 0.05,
      platformTeam: false,
      enablingReach: 0,
      secEngShare: 0,
    };
    const low = capabilityInvestment(
      { ...d, budget: { ...d.budget, commitmentCoverage: 0 } },
      team,
    ).finops;
    const high = capabilityInvestment(
      { ...d, budget: { ...d.budget, commitmentCoverage: range.max } },
      team,
    ).finops;
    expect(high).toBe(low);
  });
});

describe.each(SCENARIO_FILES)('%s: the reference chooses coverage from the situation', (file) => {
  it('covers less than its most while rightsizing, and changes the share as the situation does', () => {
    const sc = loadBuiltin(file);
    const seen = new Set<number>();
    for (const seed of [1, 2, 3]) {
      const game = runGame(sc, seed, referencePolicy);
      for (const h of game.history) {
        const b = h.decisions.budget;
        seen.add(b.commitmentCoverage);
        if (b.rightsizing) expect(b.commitmentCoverage).toBeLessThan(0.9);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
  });
});
