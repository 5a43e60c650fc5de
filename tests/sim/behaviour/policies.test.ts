/**
 * docs/model.md, brief 6.13 and 6.14, in every built-in scenario: paired runs (same seed for
 * both policies) over many seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  carelessPolicy,
  extremePolicies,
  parseScenario,
  runBatch,
} from '../../../src/sim/index';
import { seeds } from '../helpers';

const dir = resolve(__dirname, '../../../scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe.each(files)('%s', (file) => {
  const parsed = parseScenario(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
  if (!parsed.ok)
    throw new Error(`${file}: ${parsed.error.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const scenario = parsed.value;
  // 120 paired seeds: at 60, a policy that wins 76% of 240 seeds (fintech's no-security extreme,
  // engine 1.12.0) fell under the 65% line on seeds 1-60 alone (38 of 60): one sample's luck,
  // not the model. Twice the seeds halve the chance of that.
  const runSeeds = seeds(120);
  const balanced = runBatch(scenario, runSeeds, balancedPolicy);

  it('13. no fixed extreme dominates: each loses to the balanced policy in most seeds', () => {
    for (const extreme of extremePolicies) {
      const results = runBatch(scenario, runSeeds, extreme);
      const wins = results.filter((r, i) => balanced[i]!.score > r.score).length;
      // With margin: at least 65% of seeds (engine 1.3.0 measures 79% or more everywhere, seeds 1..300).
      expect(wins, `${extreme.name}: balanced wins ${wins}/120`).toBeGreaterThanOrEqual(78);
    }
  });

  it('14. skill beats luck in at least 95% of paired runs, while outcomes still vary with the seed', () => {
    const careless = runBatch(scenario, runSeeds, carelessPolicy);
    const wins = careless.filter((r, i) => balanced[i]!.score > r.score).length;
    expect(wins).toBeGreaterThanOrEqual(114);
    expect(new Set(balanced.map((r) => r.score)).size).toBeGreaterThan(30);
    const scores = balanced.map((r) => r.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(2);
  });
});
