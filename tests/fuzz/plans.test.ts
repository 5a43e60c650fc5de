/**
 * Fuzz (issue 14): plans. applyAction with arbitrary decisions (real plans with a few values
 * changed to anything, and values that are not plans at all) never throws: it refuses, naming
 * each problem, or resolves the quarter with every number finite.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  balancedPolicy,
  defaultDecisions,
  newGame,
  type Decisions,
  type Game,
} from '../../src/sim/index';
import { play } from '../sim/helpers';
import { scenarioById, scenarioFiles } from './documents';
import { anyValue, mutatedFrom, nonFinitePath } from './mutate';
import { FUZZ_SEED, fuzzRuns } from './settings';

/** Games in planning: quarter 1 of every built-in scenario, and later quarters of two. */
const games: Game[] = [
  ...scenarioFiles.map((f, i) => newGame(scenarioById(f.id), 100 + i)),
  play(scenarioById('series-b-saas'), 7, balancedPolicy, 4),
  play(scenarioById('fintech-regulated'), 8, balancedPolicy, 2),
];

const plans = fc.constantFrom(...games.map((_, i) => i)).chain((i) => {
  const game = games[i]!;
  const real: Decisions[] = [defaultDecisions(game), balancedPolicy.decide(game)];
  return fc
    .tuple(
      fc.oneof({ weight: 9, arbitrary: mutatedFrom(real, 5) }, { weight: 1, arbitrary: anyValue }),
      fc.constantFrom('submit' as const, 'set-decisions' as const),
    )
    .map(([decisions, type]) => ({ game: i, decisions, type }));
});

describe('fuzz: plans', () => {
  it('applyAction never throws: it names each problem, or the quarter resolves with finite numbers', () => {
    fc.assert(
      fc.property(plans, ({ game, decisions, type }) => {
        const r = applyAction(games[game]!, { type, decisions: decisions as Decisions });
        if (!r.ok) {
          expect(r.error.reason.en.trim()).not.toBe('');
          expect(r.error.reason.ja.trim()).not.toBe('');
          for (const problem of r.error.problems) {
            // '' names the plan as a whole ("Decisions must be an object.").
            expect(typeof problem.path).toBe('string');
            expect(problem.reason.en.trim()).not.toBe('');
            expect(problem.reason.ja.trim()).not.toBe('');
          }
          return;
        }
        expect(
          nonFinitePath(
            r.value.history.map((q) => q.metrics),
            'history',
          ),
        ).toBeNull();
        expect(nonFinitePath(r.value.state, 'state')).toBeNull();
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(1500), endOnFailure: true },
    );
  });
});
