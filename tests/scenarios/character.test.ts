/**
 * Each built-in scenario keeps the character issue 3 gives it, so that retuning numbers cannot
 * quietly turn them into four copies of the same game.
 */
import { describe, expect, it } from 'vitest';
import { newGame, type QuarterMetrics, type Scenario } from '../../src/sim/index';
import { loadBuiltin } from './builtin';

const saas = loadBuiltin('series-b-saas.json');
const mega = loadBuiltin('mega-venture.json');
const fintech = loadBuiltin('fintech-regulated.json');
const enterprise = loadBuiltin('enterprise-dx.json');
const all = [saas, mega, fintech, enterprise];

const baseline = (s: Scenario): QuarterMetrics => newGame(s, 1).baseline;

function topWeight(s: Scenario): string {
  const w = Object.entries(s.scoring).sort((a, b) => b[1] - a[1]);
  return w[0]?.[0] ?? '';
}

describe('scenario character', () => {
  it('mega-venture: the most engineers and teams, cost efficiency weighs most', () => {
    const m = baseline(mega);
    for (const other of [saas, fintech, enterprise]) {
      expect(m.headcount).toBeGreaterThan(baseline(other).headcount * 2);
      expect(m.teams).toBeGreaterThan(baseline(other).teams);
    }
    expect(topWeight(mega)).toBe('cost');
    // Board pressure on efficiency: the CFO starts as the least convinced stakeholder.
    expect(Math.min(...Object.values(mega.company.trust))).toBe(mega.company.trust.cfo);
  });

  it('fintech-regulated: JPY, reliability weighs most, the heaviest regulation', () => {
    expect(fintech.currency).toBe('JPY');
    expect(topWeight(fintech)).toBe('reliability');
    for (const other of [saas, mega, enterprise])
      expect(fintech.market.regulation).toBeGreaterThan(other.market.regulation);
    expect(fintech.deck.dilemmas.map((c) => c.id)).toContain('fin-regulator-inspection');
  });

  it('enterprise-dx: JPY, the most legacy debt, a low DORA tier and the hardest hiring', () => {
    expect(enterprise.currency).toBe('JPY');
    for (const other of [saas, mega, fintech]) {
      expect(enterprise.company.debt.code).toBeGreaterThan(other.company.debt.code);
      expect(enterprise.company.debt.infra).toBeGreaterThan(other.company.debt.infra);
      expect(enterprise.market.offerAcceptance).toBeLessThan(other.market.offerAcceptance);
    }
    // DORA 2024 low tier: lead time 1-6 months, change failure rate far above the elite ~5%.
    const m = baseline(enterprise);
    expect(m.leadTimeDays).toBeGreaterThan(30);
    expect(m.changeFailureRate).toBeGreaterThan(0.25);
    expect(topWeight(enterprise)).toBe('delivery');
  });

  it('the four scenarios differ in what winning means', () => {
    expect(new Set(all.map(topWeight)).size).toBeGreaterThanOrEqual(3);
  });
});
