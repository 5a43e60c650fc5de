/**
 * docs/model.md, brief 6.13, per built-in scenario: no fixed policy dominates. Each extreme
 * (all features, all debt, hire max, cut max, no security) loses to the balanced, responsive
 * policy in most seeds (paired: the same seed for both), and the game is neither trivially
 * won nor hopeless under sensible play.
 */
import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  carelessPolicy,
  extremePolicies,
  runBatch,
  type BatchResult,
} from '../../src/sim/index';
import { loadBuiltin, SCENARIO_FILES, seedRange } from './builtin';

// 80 paired seeds (1-80, fixed): a scenario's whole check stays well under 30 s. At 40, fintech's
// no-security extreme, which loses to the balanced policy in 76% of 240 seeds (engine 1.12.0),
// fell under the 65% line on seeds 1-40 alone (24 of 40): one sample's luck, not the model.
const SEEDS = seedRange(80);

function share(xs: readonly boolean[]): number {
  return xs.filter(Boolean).length / xs.length;
}

function balancedBeats(balanced: readonly BatchResult[], other: readonly BatchResult[]): number {
  return share(balanced.map((b, i) => b.score > (other[i]?.score ?? Infinity)));
}

describe.each(SCENARIO_FILES)('%s: no fixed policy dominates (brief 6.13)', (file) => {
  const scenario = loadBuiltin(file);
  const balanced = runBatch(scenario, SEEDS, balancedPolicy);

  it.each(extremePolicies.map((p) => [p.name, p] as const))(
    'the "%s" extreme loses to the balanced policy in most seeds',
    (_name, policy) => {
      const extreme = runBatch(scenario, SEEDS, policy);
      // With margin over "most": engine 1.3.0 measures 79% or more in every scenario (seeds 1..300).
      expect(balancedBeats(balanced, extreme)).toBeGreaterThanOrEqual(0.65);
    },
  );

  it('the careless policy loses to the balanced policy in almost every seed, and fails', () => {
    const careless = runBatch(scenario, SEEDS, carelessPolicy);
    expect(balancedBeats(balanced, careless)).toBeGreaterThanOrEqual(0.9);
    // A trainee can fail: careless play grades D or F.
    expect(share(careless.map((r) => r.grade === 'D' || r.grade === 'F'))).toBeGreaterThanOrEqual(
      0.9,
    );
  });

  it('is winnable but not trivial: balanced play survives, yet rarely earns an S', () => {
    expect(share(balanced.map((r) => r.status === 'completed'))).toBeGreaterThanOrEqual(0.9);
    expect(share(balanced.map((r) => r.grade === 'S'))).toBeLessThan(0.5);
    // Scores still vary with the seed: luck matters, if less than skill. Engine 1.3.0 spreads
    // balanced play over 10 points or more in every scenario (enterprise-dx was 6 in 1.1.0).
    const scores = balanced.map((r) => r.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(8);
  });
});
