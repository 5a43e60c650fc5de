import { describe, expect, it } from 'vitest';
import {
  checkEndQuarter,
  defaultDecisions,
  needsConfirmation,
  newGame,
  previewQuarter,
  selectBriefing,
} from '../../src/sim/index';
import { loadScenario } from './helpers';

describe('checking a plan before the quarter ends', () => {
  it('asks for confirmation when the plan is the one the quarter started from', () => {
    const game = newGame(loadScenario(), 1);
    const check = checkEndQuarter(game, defaultDecisions(game));
    expect(check.unchanged).toBe(true);
    expect(needsConfirmation(check)).toBe(true);
  });

  it('sees a changed lever as a changed plan', () => {
    const game = newGame(loadScenario(), 1);
    const plan = defaultDecisions(game);
    plan.talent.training += 1;
    expect(checkEndQuarter(game, plan).unchanged).toBe(false);
  });

  it('keeps a short-runway warning open while the projection still runs out of cash', () => {
    // A company with little cash: the briefing warns of its runway from the first quarter.
    const scenario = loadScenario((raw) => {
      raw.company.cash = raw.company.cash / 20;
    });
    const game = newGame(scenario, 1);
    const warning = selectBriefing(game).warnings.find((w) => w.id === 'runway-short');
    expect(warning).toBeDefined();
    const plan = defaultDecisions(game);
    plan.talent.training += 1;
    expect(previewQuarter(game, plan).runwayQuarters).toBeLessThan(warning!.threshold);
    const check = checkEndQuarter(game, plan);
    expect(check.openWarnings.map((w) => w.id)).toContain('runway-short');
    expect(needsConfirmation(check)).toBe(true);
  });

  it('lets a changed plan end the quarter without a question when only mild warnings it cannot forecast are open', () => {
    const game = newGame(loadScenario(), 1);
    const plan = defaultDecisions(game);
    plan.talent.training += 1;
    const check = checkEndQuarter(game, plan);
    // Series B opens with its error budget overspent: a warning, not critical, not projected.
    expect(selectBriefing(game).warnings.map((w) => [w.id, w.severity])).toEqual([
      ['error-budget-spent', 'warning'],
    ]);
    expect(check.openWarnings).toEqual([]);
    expect(needsConfirmation(check)).toBe(false);
  });
});
