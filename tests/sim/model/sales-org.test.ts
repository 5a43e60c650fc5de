import { describe, expect, it } from 'vitest';
import { balancedPolicy, DRIVER_IDS } from '../../../src/sim/index';
import { nextSalesOrgScale, otherOpex, planGrowth } from '../../../src/sim/model/sales-org';
import { RUNWAY_WORRY } from '../../../src/sim/model/stakeholders';
import { loadBuiltin } from '../../scenarios/builtin';
import { loadScenario, play } from '../helpers';

describe('sales, marketing and G&A outside engineering (model/sales-org.ts)', () => {
  const mega = loadBuiltin('mega-venture.json');

  it("grows the fixed part with the plan's ARR growth, as far as the scenario says", () => {
    // mega-venture: bookings at par 1.25 / 24 + expansion 3% - churn 2%.
    expect(planGrowth(mega)).toBeCloseTo(1.25 / 24 + 0.03 - 0.02, 9);
    expect(mega.market.otherOpexFollowsPlan).toBe(1);
    expect(nextSalesOrgScale(1, 20, 'normal', mega)).toBeCloseTo(1 + planGrowth(mega), 9);
    // A funded company's sales team is built ahead of revenue and stays flat (the default).
    const saas = loadScenario();
    expect(saas.market.otherOpexFollowsPlan).toBe(0);
    expect(nextSalesOrgScale(1, 20, 'boom', saas)).toBe(1);
  });

  it('stops growing while the runway is under the board’s worry line for the market ahead', () => {
    expect(nextSalesOrgScale(1.3, RUNWAY_WORRY.normal - 0.1, 'normal', mega)).toBe(1.3);
    // Two years in a downturn: seven quarters is short there, not in a normal market.
    expect(nextSalesOrgScale(1.3, 7, 'downturn', mega)).toBe(1.3);
    expect(nextSalesOrgScale(1.3, 7, 'normal', mega)).toBeGreaterThan(1.3);
  });

  it('charges the share of revenue plus the grown fixed part', () => {
    const m = mega.market;
    expect(otherOpex(mega, 1e9, 1.5)).toBeCloseTo(
      m.otherOpexShareOfRevenue * 1e9 + 1.5 * m.otherOpexFixedPerQuarter,
      0,
    );
  });

  it("charges mega-venture's grown organisation in the game's cash drivers", () => {
    const g = play(mega, 1, balancedPolicy, 3);
    const opex = DRIVER_IDS.cash.indexOf('otherOpex');
    const m = mega.market;
    // Quarter 1 at its opening size, then grown by the plan unless the quarter ended short of
    // runway for the market ahead.
    let scale = 1;
    g.history.forEach((record, i) => {
      expect(-record.drivers.cash![opex]!).toBeCloseTo(
        m.otherOpexShareOfRevenue * record.metrics.revenue + m.otherOpexFixedPerQuarter * scale,
        0,
      );
      scale = nextSalesOrgScale(
        scale,
        record.metrics.runwayQuarters,
        g.state.marketPath[i + 1]!,
        mega,
      );
    });
    // Engines before 1.39.0 kept the fixed part at its quarter-1 amount all game.
    expect(g.state.salesOrgScale).toBe(scale);
    expect(scale).toBeGreaterThan(1 + planGrowth(mega));
  });
});
