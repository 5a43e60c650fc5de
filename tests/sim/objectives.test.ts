import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  newGame,
  parseScenario,
  referencePolicy,
  runGame,
  selectObjectives,
  type Game,
} from '../../src/sim/index';
import { loadScenario, play, rawScenario } from './helpers';

const scenario = loadScenario();

/** The mean of a metric over quarters from..to (1-based). */
const mean = (game: Game, metric: 'featuresDelivered' | 'exhaustion', from: number, to: number) =>
  game.history.slice(from - 1, to).reduce((s, h) => s + h.metrics[metric], 0) / (to - from + 1);

describe("the scenario's objectives", () => {
  it('series-b: the board expects delivery to double by quarter 12 (1.5x partly)', () => {
    const [delivery] = selectObjectives(newGame(scenario, 1));
    expect(delivery).toMatchObject({
      id: 'double-delivery',
      metric: 'featuresDelivered',
      measure: 'ratio',
      target: 2,
      partly: 1.5,
      byQuarter: 12,
      start: 1,
      asOf: 0,
      state: 'on-track',
    });
  });

  it('are judged at their quarter on the mean of it and the quarter before', () => {
    for (const policy of [balancedPolicy, referencePolicy]) {
      const game = runGame(scenario, 2, policy);
      const [delivery, burnout] = selectObjectives(game);
      const ratio = mean(game, 'featuresDelivered', 11, 12) / game.baseline.featuresDelivered;
      expect(delivery!.current).toBeCloseTo(ratio, 9);
      expect(delivery!.state).toBe(ratio >= 2 ? 'met' : ratio >= 1.5 ? 'partly' : 'missed');
      expect(burnout!.current).toBeCloseTo(mean(game, 'exhaustion', 11, 12), 9);
    }
  });

  it('say on track or behind before their quarter, against a straight line to the target', () => {
    const game = play(scenario, 3, balancedPolicy, 6);
    const [delivery] = selectObjectives(game);
    expect(delivery!.asOf).toBe(6);
    expect(delivery!.expectedNow).toBeCloseTo(1 + (1 * 6) / 12, 9);
    expect(delivery!.state).toBe(
      delivery!.current >= delivery!.expectedNow ? 'on-track' : 'behind',
    );
  });

  it('are missed by a game that ended before their quarter', () => {
    const short = loadScenario((raw) => {
      raw.company.cash /= 10;
    });
    const game = play(short, 1, {
      name: 'over-hiring',
      decide: (g) => {
        const d = structuredClone(g.scenario.startingDecisions);
        d.talent.hiring = [
          { role: 'product', level: 'senior', count: g.scenario.limits.maxHiresPerQuarter },
        ];
        d.talent.payAdjustmentPct = 20;
        return d;
      },
      choose: (_g, e) => e.defaultOptionId,
    });
    expect(game.status).toBe('bankrupt');
    for (const o of selectObjectives(game)) expect(o.state).toBe('missed');
  });

  it('refuse a ratio of a figure that starts at 0, a partly bar above the target, a late quarter', () => {
    const raw = rawScenario() as { objectives: Record<string, unknown>[]; horizonQuarters: number };
    raw.objectives[0] = { ...raw.objectives[0], metric: 'incidents' };
    raw.objectives[1] = { ...raw.objectives[1], partly: 30, byQuarter: 13 };
    const r = parseScenario(raw);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.error.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'objectives[0].measure',
        'objectives[1].partly',
        'objectives[1].byQuarter',
      ]),
    );
  });

  it('are optional: a scenario without them has none', () => {
    const raw = rawScenario();
    delete raw.objectives;
    const r = parseScenario(raw);
    expect(r.ok && selectObjectives(newGame(r.value, 1))).toEqual([]);
  });
});
