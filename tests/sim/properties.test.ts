import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerEvent,
  continueGame,
  LEVELS,
  newGame,
  ROLES,
  selectDrivers,
  submitDecisions,
  type Decisions,
  type Game,
} from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();

const staffLine = fc.record({
  role: fc.constantFrom(...ROLES),
  level: fc.constantFrom(...LEVELS),
  count: fc.integer({ min: 0, max: 6 }),
});

/** Five shares that sum to exactly 100. */
const allocation = fc
  .array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 })
  .map((cuts) => {
    const c = [0, ...cuts.sort((a, b) => a - b), 100];
    const parts = c.slice(1).map((v, i) => v - c[i]!);
    return {
      features: parts[0]!,
      debtPaydown: parts[1]!,
      reliability: parts[2]!,
      security: parts[3]!,
      innovation: parts[4]!,
    };
  });

const decisions: fc.Arbitrary<Decisions> = fc.record({
  org: fc.record({
    teamSizeTarget: fc.integer({ min: 3, max: 15 }),
    platformTeam: fc.boolean(),
    enablingTeam: fc.boolean(),
    promotionsToManager: fc.constant(0),
    promotionsToStaff: fc.integer({ min: 0, max: 1 }),
  }),
  process: fc.record({
    ciCd: fc.integer({ min: 0, max: 3 }),
    testAutomation: fc.integer({ min: 0, max: 3 }),
    codeReview: fc.integer({ min: 0, max: 2 }),
    postmortems: fc.boolean(),
    documentation: fc.integer({ min: 0, max: 3 }),
  }),
  talent: fc.record({
    hiring: fc.array(staffLine, { maxLength: 3 }),
    payAdjustmentPct: fc.integer({ min: -10, max: 20 }),
    training: fc.integer({ min: 0, max: 3 }),
    careerLadder: fc.boolean(),
    layoffs: fc.constant([]),
  }),
  allocation,
  initiatives: fc.subarray(scenario.initiatives.map((i) => i.id)),
  budget: fc.record({
    rightsizing: fc.boolean(),
    commitmentCoverage: fc.constantFrom(0, 0.3, 0.6, 0.9),
    contractors: fc.integer({ min: 0, max: scenario.limits.maxContractors }),
    tools: fc.record({
      observability: fc.boolean(),
      ci: fc.boolean(),
      securityScanning: fc.boolean(),
    }),
    sourcing: fc.constantFrom('open-source' as const, 'commercial' as const),
  }),
  coaching: fc.record({
    oneOnOnes: fc.integer({ min: 0, max: 3 }),
    leadershipTraining: fc.integer({ min: 0, max: 3 }),
  }),
  riskMitigations: fc.subarray(scenario.riskRegister.map((r) => r.id)),
  trends: fc.record({
    aiAdoption: fc.constantFrom(0, 0.25, 0.5, 1),
    aiGuardrails: fc.integer({ min: 0, max: 3 }),
    workPolicy: fc.constantFrom('office' as const, 'hybrid' as const, 'remote' as const),
    chaosEngineering: fc.boolean(),
    sloTarget: fc.constantFrom(0.99, 0.995, 0.999, 0.9999),
    errorBudgetPolicy: fc.constantFrom('none' as const, 'freeze' as const),
  }),
});

/** Plays the given plans, answering choices with the given picks; returns the game. */
function playPlans(seed: number, plans: Decisions[], picks: number[]): Game {
  let g = newGame(scenario, seed);
  let pick = 0;
  for (const plan of plans) {
    if (g.phase !== 'planning') break;
    const r = submitDecisions(g, plan);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    g = r.value;
    while (g.phase === 'events') {
      const ev = g.pending[0]!;
      const option =
        ev.options[(picks[pick++ % Math.max(1, picks.length)] ?? 0) % ev.options.length]!;
      const a = answerEvent(g, ev.id, option.id);
      if (!a.ok) throw new Error(a.error.en);
      g = a.value;
    }
    g = continueGame(g);
  }
  return g;
}

const game = fc.tuple(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.array(decisions, { minLength: 1, maxLength: 6 }),
  fc.array(fc.nat(3), { maxLength: 8 }),
);

const inRange = (v: number, lo: number, hi: number) => v >= lo - 1e-9 && v <= hi + 1e-9;

describe('model properties (fast-check)', () => {
  it('never produces NaN or Infinity in any metric or driver', () => {
    fc.assert(
      fc.property(game, ([seed, plans, picks]) => {
        const g = playPlans(seed, plans, picks);
        for (const h of g.history) {
          for (const [k, v] of Object.entries(h.metrics))
            if (!Number.isFinite(v)) throw new Error(`${k} = ${v}`);
          for (const parts of Object.values(h.drivers))
            for (const v of parts ?? []) expect(Number.isFinite(v)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every stock in its range', () => {
    fc.assert(
      fc.property(game, ([seed, plans, picks]) => {
        const s = playPlans(seed, plans, picks).state;
        for (const v of [
          s.engagement,
          s.exhaustion,
          s.csat,
          s.competitiveness,
          s.brand,
          s.debt.code,
          s.debt.infra,
          s.debt.security,
        ])
          expect(inRange(v, 0, 100)).toBe(true);
        for (const v of Object.values(s.trust)) expect(inRange(v, 0, 100)).toBe(true);
        for (const v of Object.values(s.capabilities)) expect(inRange(v, 0, 1)).toBe(true);
        expect(inRange(s.cloud.waste, 0.05, 0.5)).toBe(true);
        expect(inRange(s.managerEffectiveness, 0, 1)).toBe(true);
        expect(inRange(s.hiringMarket, 0.5, 1.5)).toBe(true);
        for (const n of s.staff) expect(Number.isInteger(n) && n >= 0).toBe(true);
        for (const p of s.pipeline) expect(Number.isInteger(p.count) && p.count > 0).toBe(true);
        expect(s.arr).toBeGreaterThanOrEqual(0);
        expect(s.customers).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 100 },
    );
  });

  it('moves cash by exactly revenue - costs (+ financing when a round closes)', () => {
    fc.assert(
      fc.property(game, ([seed, plans, picks]) => {
        const g = playPlans(seed, plans, picks);
        let cash = g.baseline.cash;
        for (const h of g.history) {
          const m = h.metrics;
          const expected = cash + m.revenue - m.costs + m.financing;
          expect(Math.abs(m.cash - expected)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(cash)),
          );
          cash = m.cash;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('splits every headline change into parts that sum to it', () => {
    fc.assert(
      fc.property(game, ([seed, plans, picks]) => {
        const g = playPlans(seed, plans, picks);
        for (let q = 1; q <= g.history.length; q++)
          for (const d of selectDrivers(g, q)) {
            const sum = d.parts.reduce((a, p) => a + p.value, 0);
            const scale = Math.max(1, Math.abs(d.from), Math.abs(d.to));
            if (Math.abs(sum - (d.to - d.from)) > 1e-9 * scale)
              throw new Error(`${d.metric} q${q}: parts ${sum} vs change ${d.to - d.from}`);
          }
      }),
      { numRuns: 100 },
    );
  });
});
