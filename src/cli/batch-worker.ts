/**
 * Batch worker process: receives the job (scenario and plan), then plays the seeds it is sent
 * and answers with one SeedRecord per game. Bundled with the engine by esbuild at run time
 * (see batch.ts) and run by a child `node` that reads this script from its standard input.
 */
import { playTasks, type Scenario } from '../sim/headless';
import { runSeeds, type FromWorker, type ToWorker } from './batch-run';
import type { Plan } from './plan';

const send = process.send?.bind(process);
if (!send) throw new Error('batch-worker.ts must run as a child process with an IPC channel');
let job: { scenario: Scenario; plan: Plan } | null = null;
let labScenario: Scenario | null = null;

process.on('message', (msg: ToWorker) => {
  if (msg.type === 'job') {
    job = { scenario: msg.scenario, plan: msg.plan };
    return;
  }
  if (msg.type === 'lab-job') {
    labScenario = msg.scenario;
    return;
  }
  if (msg.type === 'lab-run' && labScenario) {
    let labReply: FromWorker;
    try {
      labReply = { type: 'lab-done', first: msg.first, results: playTasks(labScenario, msg.tasks) };
    } catch (e) {
      labReply = {
        type: 'crashed',
        message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      };
    }
    send(labReply);
    return;
  }
  if (msg.type === 'stop' || msg.type === 'lab-run' || !job) {
    process.disconnect();
    return;
  }
  let reply: FromWorker;
  try {
    reply = {
      type: 'done',
      ...runSeeds(job.scenario, job.plan, msg.type === 'run' ? msg.seeds : []),
    };
  } catch (e) {
    reply = { type: 'crashed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  send(reply);
});
