/**
 * Batch worker thread: plays the seeds it is sent and posts one SeedRecord per game. Bundled
 * with the engine by esbuild at run time (see batch.ts), so it runs as plain JavaScript.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../sim/index';
import { runSeeds, type BatchWorkerData, type FromWorker, type ToWorker } from './batch-run';

const port = parentPort;
if (!port) throw new Error('batch-worker.ts must run in a worker thread');
const { scenario, plan } = workerData as BatchWorkerData;

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'stop') {
    port.close();
    return;
  }
  let reply: FromWorker;
  try {
    reply = { type: 'done', ...runSeeds(scenario as Scenario, plan, msg.seeds) };
  } catch (e) {
    reply = { type: 'crashed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
