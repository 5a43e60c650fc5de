/**
 * Monte Carlo over seeds on all cores. The worker entry is bundled with the engine by esbuild
 * in memory, once per process, and run by child `node` processes that read it from standard
 * input (tsx's loader does not carry over into workers, and a process, unlike a worker thread,
 * takes its own V8 settings: see WORKER_V8_FLAGS). Every game depends only on (scenario, seed,
 * plan) and records are sorted by seed before summarising, so the result is identical for any
 * number of workers.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { bundleForNode } from './bundle';
import type { Scenario } from '../sim/index';
import { runSeeds, type FromWorker, type ToWorker } from './batch-run';
import { summariseBatch, type BatchSummary, type SeedRecord } from './batch-stats';
import { CliError } from './io';
import type { Plan } from './plan';

/**
 * V8 settings for the worker processes. There is one worker per core, each a single busy game
 * loop, so V8's helper threads (optimising compiles and garbage collection in the background)
 * only compete with the other workers for the same cores; compiling on the game's own thread
 * saved about a fifth of the CPU time of a cold 5,000-game share and 12% of a 10,000-game
 * batch's wall time on 2 cores (docs/performance.md, Batch). A young generation of 32 MB from
 * the start halves the scavenges of a worker's share (140 to 36, 74 to 47 ms). Escape analysis
 * was a quarter of a worker's compiling (132 of ~580 ms; the quarter's metrics, 50-odd number
 * fields each boxed, alone took 30-45 ms of it) and buys back less than it costs in a
 * 5,000-game share: without it a cold share took about 10% less CPU (medians of 7-9 interleaved
 * runs). No flag changes a result. A node that refuses one of them (a V8 of another version)
 * runs the workers without any: slower, the same games.
 */
export const WORKER_V8_FLAGS = [
  '--no-concurrent-recompilation',
  '--single-threaded-gc',
  '--min-semi-space-size=32',
  '--max-semi-space-size=32',
  '--no-turbo-escape',
];

export interface BatchOptions {
  /** 1 = play every game in this process; more = that many worker processes */
  workers: number;
  includeGames: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface WorkerSetup {
  /** the worker entry and the engine's headless door as one CommonJS script */
  code: string;
  /** WORKER_V8_FLAGS, or none when this node refuses them (the games are the same) */
  flags: string[];
}

let workerSetup: Promise<WorkerSetup> | null = null;

/** Whether this node starts with the flags (a V8 of another version may lack one). */
export function nodeAccepts(flags: readonly string[]): Promise<boolean> {
  return new Promise((done) => {
    execFile(process.execPath, [...flags, '-e', '0'], (error) => done(error === null));
  });
}

/** The worker script and flags, prepared once per process (before any batch is timed). */
export function prepareWorkers(): Promise<WorkerSetup> {
  workerSetup ??= Promise.all([
    bundleForNode(resolve(__dirname, 'batch-worker.ts')),
    nodeAccepts(WORKER_V8_FLAGS),
  ]).then(([code, accepted]) => ({ code, flags: accepted ? [...WORKER_V8_FLAGS] : [] }));
  return workerSetup;
}

/** The worker entry and the engine as one CommonJS script (built once per process). */
export async function bundleWorker(): Promise<string> {
  return (await prepareWorkers()).code;
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

export interface WorkerProcess {
  child: ChildProcess;
  /** what the process wrote to stderr (a crash's message) */
  stderr: () => string;
  /** resolves once the process has exited */
  exited: Promise<void>;
}

/** A worker process running the bundled worker entry (read from its standard input). */
export function startWorker({ code, flags }: WorkerSetup, job: ToWorker): WorkerProcess {
  const child = spawn(process.execPath, [...flags, '-'], {
    stdio: ['pipe', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (text: string) => {
    stderr += text;
  });
  // A worker that dies before it has read its script (killed after another worker failed, or
  // refused by node) breaks this pipe: its exit is what the batch reports, not the broken pipe.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(code);
  // Queued in the channel until the script starts listening.
  child.send(job);
  return { child, stderr: () => stderr.trim(), exited };
}

async function runInWorkers(
  scenario: Scenario,
  plan: Plan,
  seeds: number[],
  workerCount: number,
  onProgress?: (done: number, total: number) => void,
): Promise<SeedRecord[]> {
  const setup = await prepareWorkers();
  // Small chunks keep both cores busy to the end; large enough that messaging stays negligible.
  const chunkSize = Math.max(1, Math.min(200, Math.ceil(seeds.length / (workerCount * 8))));
  const chunks: number[][] = [];
  for (let i = 0; i < seeds.length; i += chunkSize) chunks.push(seeds.slice(i, i + chunkSize));
  const records: SeedRecord[] = [];
  const refusals: { seed: number; quarter: number; reasons: string[] }[] = [];
  const workers = Array.from({ length: workerCount }, () =>
    startWorker(setup, { type: 'job', scenario, plan }),
  );
  let failed = true;
  try {
    await Promise.all(
      workers.map(
        ({ child, stderr }) =>
          new Promise<void>((done, fail) => {
            let stopped = false;
            const next = () => {
              const seedsToRun = refusals.length > 0 ? undefined : chunks.shift();
              const msg: ToWorker = seedsToRun
                ? { type: 'run', seeds: seedsToRun }
                : { type: 'stop' };
              child.send(msg);
              if (!seedsToRun) {
                stopped = true;
                done();
              }
            };
            child.on('message', (msg: FromWorker) => {
              if (msg.type !== 'done') {
                fail(
                  new Error(
                    msg.type === 'crashed'
                      ? `a batch worker crashed: ${msg.message}`
                      : 'a batch worker answered a lab message',
                  ),
                );
                return;
              }
              records.push(...msg.records);
              if (msg.refusal) refusals.push(msg.refusal);
              onProgress?.(records.length, seeds.length);
              next();
            });
            child.on('error', fail);
            // A worker that exits before it was told to stop would otherwise leave the batch waiting.
            child.on('exit', (code, signal) => {
              if (!stopped)
                fail(
                  new Error(
                    `a batch worker exited early (${signal ?? `code ${code}`})${stderr() ? `:\n${stderr()}` : ''}`,
                  ),
                );
            });
            next();
          }),
      ),
    );
    failed = false;
  } finally {
    // Told to stop, a worker exits by itself; after a failure the others are stopped here.
    if (failed)
      for (const { child } of workers)
        if (child.exitCode === null && child.signalCode === null) child.kill();
    await Promise.all(workers.map((w) => w.exited));
  }
  if (refusals.length > 0) {
    refusals.sort((a, b) => a.seed - b.seed);
    throw refusalError(refusals[0] as (typeof refusals)[number]);
  }
  return records;
}
