/**
 * Monte Carlo over seeds on all cores. Worker threads cannot load TypeScript by themselves
 * (tsx's loader does not carry over into workers on node 20), so the worker entry is bundled
 * with the engine by esbuild in memory, once per process, and started as an eval worker.
 * Every game depends only on (scenario, seed, plan) and records are sorted by seed before
 * summarising, so the result is identical for any number of workers.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleForNode } from './bundle';
import type { Scenario } from '../sim/index';
import { runSeeds, type BatchWorkerData, type FromWorker, type ToWorker } from './batch-run';
import { summariseBatch, type BatchSummary, type SeedRecord } from './batch-stats';
import { CliError } from './io';
import type { Plan } from './plan';

export interface BatchOptions {
  /** 1 = play every game in this thread; more = that many worker threads */
  workers: number;
  includeGames: boolean;
  onProgress?: (done: number, total: number) => void;
}

let workerBundle: Promise<string> | null = null;

/** The worker entry and the engine as one CommonJS script (built once per process). */
export function bundleWorker(): Promise<string> {
  workerBundle ??= bundleForNode(resolve(__dirname, 'batch-worker.ts'));
  return workerBundle;
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

function refusalError(r: { seed: number; quarter: number; reasons: string[] }): CliError {
  return new CliError(
    `The engine refused the plan (seed ${r.seed}, quarter ${r.quarter}):\n${r.reasons.map((x) => `  ${x}`).join('\n')}`,
  );
}

/** Plays seeds 1..seedCount with the plan and summarises them. */
export async function runMonteCarlo(
  scenario: Scenario,
  plan: Plan,
  seedCount: number,
  options: BatchOptions,
): Promise<BatchSummary> {
  const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
  const workers = Math.max(1, Math.min(options.workers, seedCount));
  const records =
    workers === 1
      ? runInThisThread(scenario, plan, seeds, options.onProgress)
      : await runInWorkers(scenario, plan, seeds, workers, options.onProgress);
  return summariseBatch(scenario.id, records, workers, options.includeGames);
}

function runInThisThread(
  scenario: Scenario,
  plan: Plan,
  seeds: number[],
  onProgress?: (done: number, total: number) => void,
): SeedRecord[] {
  const records: SeedRecord[] = [];
  const chunk = 50;
  for (let i = 0; i < seeds.length; i += chunk) {
    const r = runSeeds(scenario, plan, seeds.slice(i, i + chunk));
    if (r.refusal) throw refusalError(r.refusal);
    records.push(...r.records);
    onProgress?.(records.length, seeds.length);
  }
  return records;
}

async function runInWorkers(
  scenario: Scenario,
  plan: Plan,
  seeds: number[],
  workerCount: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedRecord[]> {
  const code = await bundleWorker();
  // Small chunks keep both cores busy to the end; large enough that messaging stays negligible.
  const chunkSize = Math.max(1, Math.min(200, Math.ceil(seeds.length / (workerCount * 8))));
  const chunks: number[][] = [];
  for (let i = 0; i < seeds.length; i += chunkSize) chunks.push(seeds.slice(i, i + chunkSize));
  const records: SeedRecord[] = [];
  const refusals: { seed: number; quarter: number; reasons: string[] }[] = [];
  const data: BatchWorkerData = { scenario, plan };
  const workers = Array.from(
    { length: workerCount },
    () => new Worker(code, { eval: true, workerData: data, execArgv: [] }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((done, fail) => {
            let stopped = false;
            const next = () => {
              const seedsToRun = refusals.length > 0 ? undefined : chunks.shift();
              const msg: ToWorker = seedsToRun
                ? { type: 'run', seeds: seedsToRun }
                : { type: 'stop' };
              worker.postMessage(msg);
              if (!seedsToRun) {
                stopped = true;
                done();
              }
            };
            worker.on('message', (msg: FromWorker) => {
              if (msg.type === 'crashed') {
                fail(new Error(`a batch worker crashed: ${msg.message}`));
                return;
              }
              records.push(...msg.records);
              if (msg.refusal) refusals.push(msg.refusal);
              onProgress?.(records.length, seeds.length);
              next();
            });
            worker.on('error', fail);
            // A worker that exits before it was told to stop would otherwise leave the batch waiting.
            worker.on('exit', (code) => {
              if (!stopped) fail(new Error(`a batch worker exited early (code ${code})`));
            });
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (refusals.length > 0) {
    refusals.sort((a, b) => a.seed - b.seed);
    throw refusalError(refusals[0] as (typeof refusals)[number]);
  }
  return records;
}
