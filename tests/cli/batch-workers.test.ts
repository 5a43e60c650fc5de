import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleWorker, nodeAccepts, runMonteCarlo, WORKER_V8_FLAGS } from '../../src/cli/batch';
import { loadScenarioFile } from '../../src/cli/io';
import { EMPTY_PLAN } from '../../src/cli/plan';
import type { Scenario } from '../../src/sim/index';

describe('batch worker bundle', () => {
  it('holds the game loop without zod, xstate or the save format (worker start-up time)', async () => {
    const code = await bundleWorker();
    // esbuild marks each bundled module with its path: the check sees what is inside.
    expect(code).toMatch(/\/\/ src\/sim\/step\.ts/);
    expect(code).toMatch(/\/\/ node_modules\/@stdlib\//);
    expect(code).not.toMatch(/\/\/ node_modules\/zod\//);
    expect(code).not.toMatch(/\/\/ node_modules\/xstate\//);
    expect(code).not.toMatch(/\/\/ src\/sim\/(save|machine|scenario\/schema)\.ts/);
    // The game loop with the shared deck, whose texts (both languages) ride along: 494 kB on
    // engine 1.22.0, 520 kB on 1.23.0 (the deck's risks and what their reports say), 541 kB on
    // 1.31.0 (the cards' situations and the reference's reasons for its answers, en/ja), 548 kB on
    // 1.33.0 (the model's sources beside its constants, the levers' help), 560 kB on 1.44.0 (the
    // starting situations, the lab's sweeps by situation and of the allocation shares); zod or
    // the save format would add far more.
    expect(code.length).toBeLessThan(570_000);
  }, 30_000);
});

describe('batch worker processes', () => {
  it('start with the V8 flags this node knows, and without flags on a node that refuses them', async () => {
    expect(await nodeAccepts(WORKER_V8_FLAGS)).toBe(true);
    expect(await nodeAccepts([...WORKER_V8_FLAGS, '--no-such-v8-flag'])).toBe(false);
  }, 30_000);

  it('report a game that throws in a worker as a crash, with its message, and all exit', async () => {
    const sc = loadScenarioFile(resolve(__dirname, '../../scenarios/series-b-saas.json'));
    // A scenario object the schema would refuse: the engine throws inside the worker.
    const broken = { ...sc, market: undefined } as unknown as Scenario;
    const before = Date.now();
    await expect(
      runMonteCarlo(broken, EMPTY_PLAN, 20, { workers: 2, includeGames: false }),
    ).rejects.toThrow(/a batch worker crashed: TypeError/);
    expect(Date.now() - before).toBeLessThan(20_000);
  }, 30_000);

  it('give the same summary as one process', async () => {
    const sc = loadScenarioFile(resolve(__dirname, '../../scenarios/fintech-regulated.json'));
    const two = await runMonteCarlo(sc, EMPTY_PLAN, 40, { workers: 2, includeGames: true });
    const one = await runMonteCarlo(sc, EMPTY_PLAN, 40, { workers: 1, includeGames: true });
    expect({ ...two, workers: 0 }).toEqual({ ...one, workers: 0 });
    expect(two.games?.map((g) => g.seed)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  }, 30_000);
});
