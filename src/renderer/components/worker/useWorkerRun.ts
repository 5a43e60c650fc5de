/**
 * Runs one request in a Web Worker (protocol.ts), with progress and cancel: the hook behind the
 * balance lab, luck versus skill and the debrief's coach. `create` makes the worker; it is
 * called as `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`
 * in the feature so that the bundler finds the worker's file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf, type WorkerMessage } from './protocol';

export type WorkerRunState<Progress, Result> =
  | { status: 'idle' }
  | { status: 'running'; progress: Progress | null }
  | { status: 'cancelled'; progress: Progress | null }
  | { status: 'done'; result: Result }
  | { status: 'failed'; message: string };

export function useWorkerRun<Request, Progress, Result>(create: () => Worker) {
  const [state, setState] = useState<WorkerRunState<Progress, Result>>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const createRef = useRef(create);
  createRef.current = create;

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (request: Request) => {
      stop();
      let w: Worker;
      try {
        w = createRef.current();
      } catch (error) {
        // e.g. a host that forbids workers: say so rather than fail silently.
        setState({ status: 'failed', message: messageOf(error) });
        return;
      }
      worker.current = w;
      setState({ status: 'running', progress: null });
      w.onmessage = (event: MessageEvent<WorkerMessage<Progress, Result>>) => {
        if (worker.current !== w) return;
        const m = event.data;
        if (m.type === 'progress') {
          setState({ status: 'running', progress: m.progress });
          return;
        }
        setState(
          m.type === 'done'
            ? { status: 'done', result: m.result }
            : { status: 'failed', message: m.message },
        );
        stop();
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        setState({ status: 'failed', message: event.message || 'the worker stopped' });
        stop();
      };
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [stop]);

  return { state, start, cancel };
}
