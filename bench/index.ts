/**
 * `npm run bench`: engine throughput (issue 3, item 8). Prints medians over repetitions of
 *  - quarters/s through the pure step (stepQuarter, no events, no clones);
 *  - quarters/s through the pure game API (submitDecisions + default answers + continueGame);
 *  - quarters/s through the xstate machine (the same game driven by events);
 *  - wall time of a 10,000-game x 12-quarter batch over 2 worker processes (the CLI's batch);
 *  - the workshop server closing a quarter for 30 teams until all 32 clients have their views
 *    (bench/workshop.ts, issue 12 item 9).
 * The engine workloads (bench/engine-rates.ts) run bundled with the engine, as the engine ships.
 * Options: --quick (small counts, for a smoke run), --json, --scenario <file>.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Scenario } from '../src/sim/index';
import { bundleWorker, runMonteCarlo } from '../src/cli/batch';
import { loadScenarioFile } from '../src/cli/io';
import { EMPTY_PLAN } from '../src/cli/plan';
import { cpuSecondsWithChildren, median, timeIt } from './timing';
import { loadBundled } from './bundled';
import { benchWorkshop, describeWorkshopBench, type WorkshopBench } from './workshop';

type EngineRates = typeof import('./engine-rates');

interface Measure {
  name: string;
  unit: string;
  median: number;
  runs: number[];
  /** the same rate per CPU-second of this process (not inflated by waiting for a busy core) */
  medianPerCpuSecond?: number;
  /** for the batch: CPU seconds of this process and its worker processes (Linux only) */
  cpuSecondsMedian?: number;
  target?: string;
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const scenarioArg = args[args.indexOf('--scenario') + 1];
const scenarioPath =
  args.includes('--scenario') && scenarioArg
    ? scenarioArg
    : resolve(__dirname, '..', 'scenarios', 'series-b-saas.json');

function rate(name: string, reps: number, work: (rep: number) => number, target?: string): Measure {
  // Warm-up, untimed: the game API needs several hundred games before V8 has optimised its
  // functions (longer when the compiler threads compete for a busy CPU).
  work(-1);
  work(-2);
  const runs: number[] = [];
  const perCpu: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const { value: quarters, ms, cpuMs } = timeIt(() => work(rep));
    runs.push(quarters / (ms / 1000));
    perCpu.push(quarters / (cpuMs / 1000));
  }
  return {
    name,
    unit: 'quarters/s',
    median: median(runs),
    runs,
    medianPerCpuSecond: median(perCpu),
    ...(target ? { target } : {}),
  };
}

async function main(): Promise<void> {
  const sc: Scenario = loadScenarioFile(scenarioPath);
  // The engine as it ships (bundled: Vite for the renderer, esbuild for the batch workers), not
  // tsx's file-by-file transform, which ran the pure step about 35% slower (docs/performance.md).
  const { pureStepQuarters, gameApiQuarters, machineQuarters } = await loadBundled<EngineRates>(
    resolve(__dirname, 'engine-rates.ts'),
  );
  const reps = quick ? 2 : 5;
  const measures: Measure[] = [];
  const pureGames = quick ? 100 : 3000;
  measures.push(
    rate(
      'pure step (stepQuarter)',
      reps,
      (r) => pureStepQuarters(sc, pureGames, 1 + (r + 2) * pureGames),
      '>= 200,000',
    ),
  );
  const apiGames = quick ? 20 : 300;
  measures.push(
    rate('game API (submit + default answers + continue)', reps, (r) =>
      gameApiQuarters(sc, apiGames, 1 + (r + 2) * apiGames),
    ),
  );
  const machineGames = quick ? 10 : 200;
  measures.push(
    rate('xstate machine (events + snapshots)', reps, (r) =>
      machineQuarters(sc, machineGames, 1 + (r + 2) * machineGames),
    ),
  );

  const batchGames = quick ? 200 : 10_000;
  const batchReps = quick ? 1 : 3;
  const bundleStart = performance.now();
  await bundleWorker();
  const bundleMs = performance.now() - bundleStart;
  const batchRuns: number[] = [];
  const batchCpu: number[] = [];
  for (let rep = 0; rep < batchReps; rep++) {
    const cpuBefore = cpuSecondsWithChildren();
    const start = performance.now();
    const summary = await runMonteCarlo(sc, EMPTY_PLAN, batchGames, {
      workers: 2,
      includeGames: false,
    });
    batchRuns.push((performance.now() - start) / 1000);
    const cpuAfter = cpuSecondsWithChildren(); // this process and the exited worker processes
    if (cpuBefore !== null && cpuAfter !== null) batchCpu.push(cpuAfter - cpuBefore);
    if (summary.seeds !== batchGames) throw new Error('batch lost games');
  }
  measures.push({
    name: `batch ${batchGames.toLocaleString('en')} games x ${sc.horizonQuarters} quarters, 2 workers (wall, incl. worker start)`,
    unit: 's',
    median: median(batchRuns),
    runs: batchRuns,
    ...(batchCpu.length > 0 ? { cpuSecondsMedian: median(batchCpu) } : {}),
    ...(quick ? {} : { target: '< 2 s' }),
  });

  const workshop: WorkshopBench = await benchWorkshop(quick ? 1 : undefined);

  const cpu = cpus();
  const machine = {
    cpu: `${cpu[0]?.model ?? 'unknown'} x ${cpu.length}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage1m: Number(loadavg()[0]?.toFixed(2)),
    workerBundleMs: Math.round(bundleMs),
    scenario: sc.id,
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify({ machine, measures, workshop }, null, 2)}\n`);
    return;
  }
  const lines = [
    `Machine: ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}, load ${machine.loadAverage1m}`,
    `Scenario: ${sc.id}; worker bundle built and V8 flags checked in ${machine.workerBundleMs} ms (once per process, not timed)`,
    '',
    ...measures.map((m) => {
      const value =
        m.unit === 's' ? m.median.toFixed(2) : Math.round(m.median).toLocaleString('en');
      const runs = m.runs.map((r) =>
        m.unit === 's' ? r.toFixed(2) : Math.round(r).toLocaleString('en'),
      );
      const cpu =
        m.medianPerCpuSecond !== undefined
          ? `, ${Math.round(m.medianPerCpuSecond).toLocaleString('en')} per CPU-second`
          : m.cpuSecondsMedian !== undefined
            ? `, ${m.cpuSecondsMedian.toFixed(2)} CPU-s incl. workers`
            : '';
      return `${m.name}: median ${value} ${m.unit}${cpu}${m.target ? ` (target ${m.target})` : ''}  [runs: ${runs.join(', ')}]`;
    }),
    describeWorkshopBench(workshop),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(
    `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = 1;
});
