import { describe, expect, it } from 'vitest';
import {
  calibrationOf,
  forecastSchema,
  scoreForecast,
  scoreGameForecasts,
  type Forecast,
  type QuarterMetrics,
} from '../../src/sim/index';
import { fixedPolicy, loadScenario, play } from './helpers';

const scenario = loadScenario();
const played = (quarters: number) =>
  play(
    scenario,
    3,
    fixedPolicy('fixed', (_g, base) => base),
    quarters,
  );

function forecastOf(m: QuarterMetrics, quarter: number, reason = ''): Forecast {
  return {
    quarter,
    reason,
    figures: {
      cash: m.cash,
      incidents: m.incidents,
      attritionRate: m.attritionRate,
      featuresDelivered: m.featuresDelivered,
    },
  };
}

describe('forecast scoring', () => {
  const before = { cash: 1000, incidents: 4, attritionRate: 0.1, featuresDelivered: 10 };
  const after = { cash: 900, incidents: 6, attritionRate: 0.12, featuresDelivered: 14 };
  const metrics = (x: typeof before) => x as unknown as QuarterMetrics;

  it('gives 100 to a perfect forecast, 50 to "no change", 0 to a miss of twice the move', () => {
    expect(
      scoreForecast(forecastOf(metrics(after), 1), metrics(after), metrics(before)).score,
    ).toBe(100);
    const noChange = scoreForecast(forecastOf(metrics(before), 1), metrics(after), metrics(before));
    expect(noChange.figures.map((f) => f.score)).toEqual([50, 50, 50, 50]);
    const wild = forecastOf(
      metrics({ cash: 1100, incidents: 2, attritionRate: 0.16, featuresDelivered: 6 }),
      1,
    );
    const far = scoreForecast(wild, metrics(after), metrics(before));
    expect(far.figures.map((f) => f.score)).toEqual([0, 0, 0, 0]);
    expect(far.figures.map((f) => Math.sign(f.miss))).toEqual([1, -1, 1, -1]);
  });

  it('scores a figure that did not move against its smallest move, not against zero', () => {
    const still = metrics({ ...before });
    const near = forecastOf(metrics({ ...before, incidents: 4.5, cash: 1010 }), 1);
    const s = scoreForecast(near, still, metrics(before));
    // Half an incident off against the smallest move of one incident: 75; cash 10 off against
    // 2% of 1000 = 20: 75.
    expect(s.figures.find((f) => f.figure === 'incidents')?.score).toBe(75);
    expect(s.figures.find((f) => f.figure === 'cash')?.score).toBe(75);
  });

  it('scores the forecasts of resolved quarters of a real game, and sums them up per figure', () => {
    const game = played(2);
    const q1 = game.history[0]!.metrics;
    const forecasts = [
      forecastOf(q1, 1, 'we keep the plan'),
      forecastOf(game.baseline, 2, 'nothing changes'),
      forecastOf(q1, 3, 'not resolved yet'),
    ];
    const scores = scoreGameForecasts(game, forecasts);
    expect(scores.map((s) => s.quarter)).toEqual([1, 2]);
    expect(scores[0]!.score).toBe(100);
    expect(scores[0]!.reason).toBe('we keep the plan');
    const calibration = calibrationOf(scores);
    expect(calibration.count).toBe(2);
    expect(calibration.score).toBeCloseTo((scores[0]!.score + scores[1]!.score) / 2, 1);
    expect(calibration.figures).toHaveLength(4);
    expect(calibrationOf([]).score).toBeNull();
  });

  it('refuses a malformed forecast with the field it is about', () => {
    const bad = forecastSchema.safeParse({
      quarter: 1,
      reason: 'x'.repeat(201),
      figures: { cash: 1, incidents: -1, attritionRate: 0.1, featuresDelivered: 1 },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'figures.incidents',
      'reason',
    ]);
  });
});
