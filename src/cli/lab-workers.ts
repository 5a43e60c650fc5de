/**
 * The balance lab's games on the batch worker processes (ADR 0006): one pool for the whole lab
 * run, so the search's many small generations do not pay for starting processes each time.
 * Tasks go out in chunks to whichever worker is free; results come back in task order.
 */
import type { Evaluate, LabTask, Scenario, TaskResult } from '../sim/index';
import { inThreadEvaluator } from '../sim/index';
import { prepareWorkers, startWorker, type WorkerProcess } from './batch';
import type { FromWorker } from './batch-run';

export interface LabPool {
  evaluate: Evaluate;
  close: () => Promise<void>;
}

/** Chunks small enough to keep every worker busy to the end of a generation. */
const CHUNK = 8;

export async function labPool(scenario: Scenario, workers: number): Promise<LabPool> {
  if (workers <= 1) return { evaluate: inThreadEvaluator(scenario), close: async () => {} };
  const setup = await prepareWorkers();
  const procs: WorkerProcess[] = Array.from({ length: workers }, () =>
    startWorker(setup, { type: 'lab-job', scenario }),
  );
  let closed = false;
  const evaluate: Evaluate = (tasks: readonly LabTask[], onPlayed) =>
    new Promise<TaskResult[]>((done, fail) => {
      if (closed) {
        fail(new Error('the lab worker pool is closed'));
        return;
      }
      const results: TaskResult[] = new Array<TaskResult>(tasks.length);
      let next = 0;
      let played = 0;
      let failed = false;
      const cleanups: (() => void)[] = [];
      const finish = (error?: Error) => {
        for (const c of cleanups) c();
        if (error) {
          failed = true;
          fail(error);
        } else done(results);
      };
      const send = (w: WorkerProcess) => {
        if (next >= tasks.length) return;
        const first = next;
        next = Math.min(tasks.length, next + CHUNK);
        w.child.send({ type: 'lab-run', first, tasks: tasks.slice(first, next) });
      };
      if (tasks.length === 0) {
        done([]);
        return;
      }
      for (const w of procs) {
        const onMessage = (msg: FromWorker) => {
          if (failed) return;
          if (msg.type !== 'lab-done') {
            finish(
              new Error(
                msg.type === 'crashed'
                  ? `a lab worker crashed: ${msg.message}`
                  : 'unexpected worker message',
              ),
            );
            return;
          }
          msg.results.forEach((r, i) => (results[msg.first + i] = r));
          played += msg.results.length;
          onPlayed?.(played);
          if (played === tasks.length) finish();
          else send(w);
        };
        const onExit = (code: number | null, signal: string | null) => {
          if (!failed && !closed)
            finish(
              new Error(
                `a lab worker exited early (${signal ?? `code ${code}`})${w.stderr() ? `:\n${w.stderr()}` : ''}`,
              ),
            );
        };
        w.child.on('message', onMessage);
        w.child.on('exit', onExit);
        cleanups.push(() => {
          w.child.off('message', onMessage);
          w.child.off('exit', onExit);
        });
        send(w);
      }
    });
  const close = async () => {
    closed = true;
    for (const w of procs)
      if (w.child.connected) w.child.send({ type: 'stop' });
      else if (w.child.exitCode === null) w.child.kill();
    await Promise.all(procs.map((w) => w.exited));
  };
  return { evaluate, close };
}
