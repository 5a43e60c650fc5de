/**
 * Engine 1.26.0: fully remote hires are paid where they live (location-based bands); docs/model.md,
 * engine 1.26.0.
 */
import { describe, expect, it } from 'vitest';
import { HIRE_PAY, nextLocationPay } from '../../../src/sim/model/people';
import { defaultDecisions, runGame, type Game } from '../../../src/sim/index';
import { loadBuiltin } from '../../scenarios/builtin';

describe('pay where remote hires live', () => {
  it('pays fully remote hires location-based bands and everyone else the hub’s rates', () => {
    expect(HIRE_PAY.remote).toBeLessThan(1);
    expect(nextLocationPay(1, 'remote', 'remote', 90, 10)).toBeCloseTo(0.99, 10);
    expect(nextLocationPay(0.95, 'hybrid', 'hybrid', 90, 10)).toBeCloseTo(0.955, 10);
    expect(nextLocationPay(0.95, 'office', 'office', 100, 0)).toBe(0.95);
  });

  it('returns to the hub’s pay when a remote organisation calls people back', () => {
    expect(nextLocationPay(0.93, 'remote', 'hybrid', 100, 0)).toBe(1);
    expect(nextLocationPay(0.93, 'remote', 'office', 90, 10)).toBe(1);
  });

  it('lowers a hiring remote organisation’s payroll a head, not a hybrid one’s', () => {
    const play = (policy: 'hybrid' | 'remote'): Game =>
      runGame(loadBuiltin('series-b-saas.json'), 3, {
        name: `hire-${policy}`,
        decide: (game) => {
          const d = defaultDecisions(game);
          d.trends.workPolicy = policy;
          d.talent.hiring = [{ role: 'product', level: 'senior', count: 4 }];
          return d;
        },
        choose: (_game, ev) => ev.options[0]!.id,
      });
    expect(play('hybrid').state.locationPay).toBe(1);
    const remote = play('remote').state.locationPay;
    expect(remote).toBeLessThan(1);
    expect(remote).toBeGreaterThan(HIRE_PAY.remote);
  });
});
