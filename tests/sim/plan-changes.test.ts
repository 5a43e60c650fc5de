import { describe, expect, it } from 'vitest';
import { selectPlanChanges } from '../../src/sim/index';
import { fixedPolicy, loadScenario, play } from './helpers';

/** Quarter 1 as the scenario starts; from quarter 2 on, 30 senior hires a quarter. */
const hiringFromQ2 = fixedPolicy('hiring-from-q2', (game, base) => {
  if (game.quarter >= 2) base.talent.hiring = [{ role: 'product', level: 'senior', count: 30 }];
  return base;
});

describe('the lever changes of a quarter and what they did', () => {
  const game = play(loadScenario(), 1, hiringFromQ2, 3);

  it('lists nothing for a quarter that kept the plan it started with', () => {
    expect(selectPlanChanges(game, 1)).toEqual([]);
    expect(selectPlanChanges(game, 3)).toEqual([]);
  });

  it('names the changed lever with its values before and after', () => {
    const changes = selectPlanChanges(game, 2);
    expect(changes.map((c) => c.lever.id)).toEqual(['talent.hiring']);
    expect(changes[0]!.from).toEqual(loadScenario().startingDecisions.talent.hiring);
    expect(changes[0]!.to).toEqual([{ role: 'product', level: 'senior', count: 30 }]);
  });

  it('shows hiring costing money and interview time now, and the cost piling up later', () => {
    const [hiring] = selectPlanChanges(game, 2);
    expect(hiring!.now.costs).toBeGreaterThan(0);
    expect(hiring!.now.cash).toBeLessThan(0);
    expect(hiring!.now.featuresDelivered).toBeLessThan(0);
    expect(hiring!.later.cash).toBeLessThan(hiring!.now.cash!);
  });
});
