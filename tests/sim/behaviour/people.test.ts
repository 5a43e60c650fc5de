/**
 * docs/model.md, brief 6.1, 6.2, 6.8 and 6.9: scripted policies over many seeds, comparing
 * distributions (medians, means, shares of seeds), never single runs.
 */
import { describe, expect, it } from 'vitest';
import {
  DRIVER_IDS,
  newGame,
  openStreams,
  seedStreams,
  stepQuarter,
  type Decisions,
  type SimState,
} from '../../../src/sim/index';
import { fixedPolicy, loadScenario, mean, median, play, seeds } from '../helpers';

const scenario = loadScenario();

/** Runs the pure step for n quarters with fixed decisions; returns each quarter's metrics. */
function runSteps(state: SimState, d: Decisions, n: number, seed: number, sc = scenario) {
  const rng = openStreams(seedStreams(seed));
  const out = [];
  let s = state;
  for (let q = 1; q <= n; q++) {
    const r = stepQuarter(sc, s, d, q, rng);
    out.push(r.metrics);
    s = r.state;
  }
  return out;
}

describe('1. growing a team by 50% in one quarter', () => {
  const start = newGame(scenario, 1).state;
  const headcount = start.staff.reduce((a, b) => a + b, 0);
  const grown: SimState = {
    ...start,
    pipeline: [
      { role: 'product', level: 'senior', count: Math.round(headcount / 2), arrivesQuarter: 1 },
    ],
  };
  const d = scenario.startingDecisions;
  const runs = seeds(100).map((seed) => ({
    base: runSteps(start, d, 4, seed),
    grown: runSteps(grown, d, 4, seed),
  }));

  it('lowers that quarter’s delivered output by about 5-15%', () => {
    const ratio = median(
      runs.map((r) => r.grown[0]!.featuresDelivered / r.base[0]!.featuresDelivered),
    );
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(0.95);
  });

  it('pays back within 2-3 quarters (cumulative output catches up)', () => {
    const cumulative = (ms: { featuresDelivered: number }[], n: number) =>
      ms.slice(0, n).reduce((a, m) => a + m.featuresDelivered, 0);
    const paidBy3 = runs.filter((r) => cumulative(r.grown, 3) > cumulative(r.base, 3)).length;
    expect(paidBy3).toBeGreaterThanOrEqual(95);
    expect(
      median(runs.map((r) => r.grown[1]!.featuresDelivered / r.base[1]!.featuresDelivered)),
    ).toBeGreaterThan(1.15);
  });
});

describe('2. one very large team vs several small ones', () => {
  const big = loadScenario((raw) => (raw.limits!.maxTeamSize = 30));
  const withTeams = (size: number) =>
    fixedPolicy(`teams-${size}`, (_g, d) => ({ ...d, org: { ...d.org, teamSizeTarget: size } }));
  const games = (size: number) => seeds(60).map((s) => play(big, s, withTeams(size), 4));
  const large = games(30);
  const small = games(6);
  const at = (
    gs: typeof large,
    q: number,
    f: (m: (typeof large)[0]['history'][0]['metrics']) => number,
  ) => gs.map((g) => f(g.history[q - 1]!.metrics));

  it('delivers less with the same people (effort) in very large teams', () => {
    const ratio = median(
      large.map(
        (g, i) =>
          g.history[3]!.metrics.featuresDelivered / small[i]!.history[3]!.metrics.featuresDelivered,
      ),
    );
    expect(ratio).toBeLessThan(0.8);
    // The same people: head count apart only by a leaver drawn differently (the hot hiring
    // market of a boom makes quits likelier, so a draw more or less shows).
    expect(
      Math.abs(median(at(large, 1, (m) => m.headcount)) - median(at(small, 1, (m) => m.headcount))),
    ).toBeLessThanOrEqual(1);
  });

  it('has a much higher defect (change-failure) rate in very large teams', () => {
    expect(median(at(large, 4, (m) => m.changeFailureRate))).toBeGreaterThan(
      median(at(small, 4, (m) => m.changeFailureRate)) + 0.08,
    );
  });
});

describe('8. hybrid and remote work', () => {
  const policy = (p: 'office' | 'hybrid' | 'remote') =>
    fixedPolicy(p, (_g, d) => ({ ...d, trends: { ...d.trends, workPolicy: p } }));
  const run = (p: 'office' | 'hybrid' | 'remote') =>
    seeds(100).map((s) => play(scenario, s, policy(p), 6));
  const office = run('office');
  const hybrid = run('hybrid');
  const remote = run('remote');
  const leavers = (gs: typeof office) =>
    mean(gs.map((g) => g.history.reduce((a, h) => a + h.metrics.leavers, 0)));
  const output = (gs: typeof office) =>
    median(gs.map((g) => g.history.reduce((a, h) => a + h.metrics.featuresDelivered, 0)));

  it('lowers attrition with hybrid work at no cost to output', () => {
    expect(leavers(hybrid)).toBeLessThan(0.85 * leavers(office));
    expect(output(hybrid)).toBeGreaterThanOrEqual(output(office));
  });

  it('raises the cost of cross-team coordination when fully remote', () => {
    expect(output(remote)).toBeLessThan(output(hybrid));
    expect(leavers(remote)).toBeLessThan(leavers(office));
  });
});

describe('9. sustained overload', () => {
  const overload = fixedPolicy(
    'overload',
    (_g, d) => ({
      ...d,
      allocation: { features: 95, debtPaydown: 0, reliability: 5, security: 0, innovation: 0 },
    }),
    (_g, ev) => (ev.kind === 'request' ? 'accept' : ev.defaultOptionId),
  );
  const calm = fixedPolicy('calm', (_g, d) => ({
    ...d,
    allocation: { features: 60, debtPaydown: 15, reliability: 15, security: 5, innovation: 5 },
  }));
  const hot = seeds(100).map((s) => play(scenario, s, overload, 8));
  const cool = seeds(100).map((s) => play(scenario, s, calm, 8));
  const q = (
    gs: typeof hot,
    n: number,
    f: (m: (typeof hot)[0]['history'][0]['metrics']) => number,
  ) => gs.map((g) => f(g.history[n - 1]!.metrics));

  it('raises exhaustion first', () => {
    expect(median(q(hot, 2, (m) => m.exhaustion))).toBeGreaterThan(
      median(q(cool, 2, (m) => m.exhaustion)) + 15,
    );
  });

  it('then raises attrition, with a lag', () => {
    const early = mean(q(hot, 1, (m) => m.leavers)) / mean(q(cool, 1, (m) => m.leavers));
    const late =
      mean(hot.flatMap((g) => g.history.slice(3, 8).map((h) => h.metrics.leavers))) /
      mean(cool.flatMap((g) => g.history.slice(3, 8).map((h) => h.metrics.leavers)));
    expect(early).toBeLessThan(1.3);
    expect(late).toBeGreaterThan(1.6);
  });

  it('makes each leaver cost money and months of lost productivity', () => {
    const LEAVERS_COST = DRIVER_IDS.cash.indexOf('hiringAndLeavers');
    const start = newGame(scenario, 1).state;
    const d = structuredClone(scenario.startingDecisions);
    const tired: SimState = { ...start, exhaustion: 95, engagement: 20 };
    const cost = seeds(50).map((seed) => {
      const calmQ = runSteps(start, d, 1, seed)[0]!;
      const tiredQ = runSteps(tired, d, 1, seed)[0]!;
      return { calmQ, tiredQ };
    });
    // More leavers -> a larger "hiring and leavers" cost line, and the next quarter has fewer people.
    expect(mean(cost.map((c) => c.tiredQ.leavers))).toBeGreaterThan(
      2 * mean(cost.map((c) => c.calmQ.leavers)),
    );
    expect(mean(cost.map((c) => c.tiredQ.headcount))).toBeLessThan(
      mean(cost.map((c) => c.calmQ.headcount)),
    );
    const perLeaver = median(
      hot.flatMap((g) =>
        g.history
          .filter(
            (h) =>
              h.metrics.leavers > 0 &&
              h.metrics.hires === 0 &&
              h.decisions.talent.hiring.length === 0,
          )
          .map((h) => -(h.drivers.cash?.[LEAVERS_COST] ?? 0) / h.metrics.leavers),
      ),
    );
    expect(perLeaver).toBeGreaterThan(0.25 * scenario.market.annualCost.junior);
  });
});
