/**
 * Fuzz (issue 14): mutated real saves. loadSave never throws and never hangs; it refuses with a
 * clear error in both languages, or opens a valid game (every number finite, a phase it can
 * play on, and a save of it that opens again to the same game).
 * FUZZ_RUNS=20 runs twenty times as many cases; FUZZ_SEED replays another seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSave, gameChecksum, toSave, type Game } from '../../src/sim/index';
import { realSaves, scenarioById } from './documents';
import { mutatedFrom, nonFinitePath } from './mutate';
import { FUZZ_SEED, fuzzRuns } from './settings';

/** A bound that only a hang reaches (a case takes milliseconds): not a speed target. */
const HANG_MS = 10_000;
const PHASES = ['planning', 'events', 'review', 'ended'];

const saves = realSaves();

function expectPlayable(game: Game) {
  expect(PHASES).toContain(game.phase);
  expect(
    nonFinitePath(
      game.history.map((r) => r.metrics),
      'history',
    ),
  ).toBeNull();
  expect(nonFinitePath(game.state, 'state')).toBeNull();
  const again = loadSave(JSON.parse(JSON.stringify(toSave(game))), game.scenario);
  expect(again.ok && gameChecksum(again.value)).toBe(gameChecksum(game));
}

describe('fuzz: mutated saves', () => {
  it('every real save opens as it is', () => {
    for (const { name, scenarioId, save } of saves) {
      const r = loadSave(save, scenarioById(scenarioId), { acceptModelChange: true });
      expect(r.ok, name).toBe(true);
    }
  });

  it('loadSave never throws or hangs: a clear refusal or a valid game', () => {
    const cases = fc.tuple(fc.constantFrom(...saves.map((_, i) => i)), fc.boolean(), fc.boolean());
    fc.assert(
      fc.property(
        cases.chain(([i, acceptModelChange, viaJson]) =>
          mutatedFrom([saves[i]!.save]).map((save) => ({
            scenarioId: saves[i]!.scenarioId,
            // A file goes through JSON.parse; IndexedDB and IPC hand over structured clones,
            // which can hold NaN and Infinity.
            save: viaJson ? (JSON.parse(JSON.stringify(save) ?? 'null') as unknown) : save,
            acceptModelChange,
          })),
        ),
        ({ scenarioId, save, acceptModelChange }) => {
          const started = performance.now();
          const r = loadSave(save, scenarioById(scenarioId), { acceptModelChange });
          expect(performance.now() - started).toBeLessThan(HANG_MS);
          if (r.ok) expectPlayable(r.value.game);
          else {
            expect(r.error.message.en.trim().length).toBeGreaterThan(10);
            expect(r.error.message.ja.trim().length).toBeGreaterThan(5);
          }
        },
      ),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(600), endOnFailure: true },
    );
  });
});
