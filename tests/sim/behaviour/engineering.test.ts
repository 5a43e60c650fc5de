/**
 * docs/model.md, brief 6.3, 6.4, 6.5 and 6.7, over many seeds.
 */
import { describe, expect, it } from 'vitest';
import type { Decisions, Game } from '../../../src/sim/index';
import { fixedPolicy, loadScenario, mean, median, play, seeds } from '../helpers';

const scenario = loadScenario();
type M = Game['history'][0]['metrics'];
const at = (gs: Game[], q: number, f: (m: M) => number) =>
  gs.map((g) => f(g.history[q - 1]!.metrics));

/** Replaces leavers so that head-count effects do not mask the behaviour under test. */
function replaceLeavers(g: Game, d: Decisions): Decisions {
  const last = g.history[g.history.length - 1]?.metrics;
  const n = last ? Math.min(g.scenario.limits.maxHiresPerQuarter, Math.round(last.leavers)) : 0;
  return {
    ...d,
    talent: { ...d.talent, hiring: n > 0 ? [{ role: 'product', level: 'senior', count: n }] : [] },
  };
}

describe('3. debt tax without and with paydown', () => {
  const noPaydown = fixedPolicy('no-paydown', (g, d) =>
    replaceLeavers(g, {
      ...d,
      allocation: { features: 85, debtPaydown: 0, reliability: 10, security: 5, innovation: 0 },
    }),
  );
  const steady = fixedPolicy('steady-paydown', (g, d) =>
    replaceLeavers(g, {
      ...d,
      allocation: { features: 67, debtPaydown: 18, reliability: 10, security: 5, innovation: 0 },
    }),
  );
  const neglected = seeds(80).map((s) => play(scenario, s, noPaydown, 8));
  const cared = seeds(80).map((s) => play(scenario, s, steady, 8));

  it('climbs from about a quarter of capacity toward 40% or more within 4-8 quarters', () => {
    expect(median(at(neglected, 1, (m) => m.debtTax))).toBeLessThan(0.3);
    expect(median(at(neglected, 4, (m) => m.debtTax))).toBeGreaterThan(0.32);
    expect(median(at(neglected, 8, (m) => m.debtTax))).toBeGreaterThanOrEqual(0.4);
  });

  it('holds delivery roughly flat with a steady 15-20% paydown', () => {
    const ratio = median(
      cared.map(
        (g) => g.history[7]!.metrics.featuresDelivered / g.history[0]!.metrics.featuresDelivered,
      ),
    );
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.2);
    // Roughly flat: within 5 points over 8 quarters. Engine 1.13.0 measures +4.2 points over
    // seeds 81-380 and this change's draws +4.3 (the 4-point bar this had was met on seeds 1-80 by
    // the luck of the sample: +3.8 on 1.14.0, +4.4 once 1.15.0's request draws reshuffled them).
    expect(
      Math.abs(median(at(cared, 8, (m) => m.debtTax)) - median(at(cared, 1, (m) => m.debtTax))),
    ).toBeLessThan(0.05);
    const neglectedRatio = median(
      neglected.map(
        (g) => g.history[7]!.metrics.featuresDelivered / g.history[0]!.metrics.featuresDelivered,
      ),
    );
    expect(neglectedRatio).toBeLessThan(ratio);
  });
});

describe('4. change failures and incidents rise with debt', () => {
  const withDebt = (level: number) =>
    loadScenario((raw) => {
      raw.company!.debt = { code: level, infra: level, security: 35 };
    });
  const plain = fixedPolicy('starting-plan', (_g, d) => d);
  const low = seeds(100).map((s) => play(withDebt(15), s, plain, 4));
  const high = seeds(100).map((s) => play(withDebt(85), s, plain, 4));
  const incidents = (gs: Game[]) =>
    mean(gs.flatMap((g) => g.history.map((h) => h.metrics.incidents)));

  it('has a higher change-failure rate with more debt', () => {
    expect(median(at(high, 1, (m) => m.changeFailureRate))).toBeGreaterThan(
      median(at(low, 1, (m) => m.changeFailureRate)) + 0.1,
    );
  });

  it('has more incidents with more debt', () => {
    expect(incidents(high)).toBeGreaterThan(1.5 * incidents(low));
  });
});

describe('5. CI/CD and test automation: speed and stability together', () => {
  const invest = fixedPolicy('invest', (_g, d) => ({
    ...d,
    process: { ...d.process, ciCd: 3, testAutomation: 3 },
    budget: { ...d.budget, tools: { ...d.budget.tools, ci: true } },
  }));
  const none = fixedPolicy('none', (_g, d) => ({
    ...d,
    process: { ...d.process, ciCd: 0, testAutomation: 0 },
    budget: { ...d.budget, tools: { ...d.budget.tools, ci: false } },
  }));
  // The games that lasted the 8 quarters compared: both policies decline every request, and in
  // an unlucky seed (seed 22 on a draft of 1.15.0, two breaches and a budget cut) the board fires the VPoE
  // first; that is about requests, not CI/CD.
  const lasted = (g: Game) => g.history.length >= 8;
  const a = seeds(80)
    .map((s) => play(scenario, s, invest, 8))
    .filter(lasted);
  const b = seeds(80)
    .map((s) => play(scenario, s, none, 8))
    .filter(lasted);

  it('compares games that lasted (all but a few of the 80 seeds)', () => {
    expect(a.length).toBeGreaterThanOrEqual(76);
    expect(b.length).toBeGreaterThanOrEqual(76);
  });

  it('deploys more often with shorter lead times', () => {
    expect(median(at(a, 8, (m) => m.deployFrequency))).toBeGreaterThan(
      2 * median(at(b, 8, (m) => m.deployFrequency)),
    );
    expect(median(at(a, 8, (m) => m.leadTimeDays))).toBeLessThan(
      0.5 * median(at(b, 8, (m) => m.leadTimeDays)),
    );
  });

  it('fails less often at the same time, with no more incidents', () => {
    expect(median(at(a, 8, (m) => m.changeFailureRate))).toBeLessThan(
      median(at(b, 8, (m) => m.changeFailureRate)) - 0.03,
    );
    const late = (gs: Game[]) =>
      mean(gs.flatMap((g) => g.history.slice(4).map((h) => h.metrics.incidents)));
    expect(late(a)).toBeLessThanOrEqual(late(b));
  });

  it('costs delivery now and pays it back later', () => {
    expect(median(at(a, 1, (m) => m.featuresDelivered))).toBeLessThan(
      median(at(b, 1, (m) => m.featuresDelivered)),
    );
    expect(median(at(a, 8, (m) => m.featuresDelivered))).toBeGreaterThan(
      median(at(b, 8, (m) => m.featuresDelivered)),
    );
  });
});

describe('7. AI assistants', () => {
  const ai = (adoption: number, guardrails: number) =>
    fixedPolicy(`ai-${adoption}-${guardrails}`, (_g, d) => ({
      ...d,
      trends: { ...d.trends, aiAdoption: adoption, aiGuardrails: guardrails },
    }));
  // 200 seeds: on 80 the guarded-vs-none debt growth gap (about +1.3 over 300 other seeds, with
  // or without 1.15.0's request draws) swung between +1.75 and +2.27 with the draws, past the
  // 2-point bar; on 200 it is +1.2 (1.14.0) and +1.4 (1.15.0).
  const AI_SEEDS = seeds(200);
  const without = AI_SEEDS.map((s) => play(scenario, s, ai(0, 0), 6));
  const unguarded = AI_SEEDS.map((s) => play(scenario, s, ai(1, 0), 6));
  const guarded = AI_SEEDS.map((s) => play(scenario, s, ai(1, 3), 6));
  const output = (gs: Game[]) =>
    median(
      gs.map((g) => g.history.slice(0, 2).reduce((a, h) => a + h.metrics.featuresDelivered, 0)),
    );
  const debtGrowth = (gs: Game[]) =>
    median(gs.map((g) => g.history[5]!.metrics.techDebt - g.baseline.techDebt));

  it('raises delivered output modestly', () => {
    const lift = output(unguarded) / output(without);
    expect(lift).toBeGreaterThan(1.0);
    expect(lift).toBeLessThan(1.26);
  });

  it('lowers stability and raises debt growth without guardrails', () => {
    expect(median(at(unguarded, 6, (m) => m.changeFailureRate))).toBeGreaterThan(
      median(at(without, 6, (m) => m.changeFailureRate)) + 0.03,
    );
    expect(debtGrowth(unguarded)).toBeGreaterThan(debtGrowth(without) + 3);
  });

  it('keeps stability and debt in check when guardrails are funded', () => {
    // Within 1.5 points of no AI at all (unguarded: 3 or more, above). The gap was just under 1
    // point until engine 1.12.0, whose situation cards come up more often (a different mix of
    // cards answered by default) and put it at 1.0.
    expect(median(at(guarded, 6, (m) => m.changeFailureRate))).toBeLessThan(
      median(at(without, 6, (m) => m.changeFailureRate)) + 0.015,
    );
    // Guarded AI ships more, and more shipped code carries its ordinary debt (engine 1.7.0's
    // market cycle moved the median from +1.4 to +1.7 points over six quarters); unguarded AI
    // adds more than 3 (above).
    expect(debtGrowth(guarded)).toBeLessThan(debtGrowth(without) + 2);
    expect(output(guarded)).toBeGreaterThan(output(without));
  });
});
