/** Runs the balance lab in a Web Worker, with progress and cancel. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BalanceReport, LabProgress, LabSettings } from '../../../sim/index';
import type { BalanceMessage, BalanceRequest } from './balance.worker';

export type BalanceRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: LabProgress | null }
  | { status: 'cancelled' }
  | { status: 'done'; report: BalanceReport }
  | { status: 'failed'; message: string };

export function useBalanceRun() {
  const [state, setState] = useState<BalanceRunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (scenarioJson: unknown, settings: LabSettings) => {
      stop();
      let w: Worker;
      try {
        w = new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });
      } catch (error) {
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      worker.current = w;
      setState({ status: 'running', progress: null });
      w.onmessage = (event: MessageEvent<BalanceMessage>) => {
        const m = event.data;
        if (m.type === 'progress') setState({ status: 'running', progress: m.progress });
        else {
          setState(
            m.type === 'done'
              ? { status: 'done', report: m.report }
              : { status: 'failed', message: m.message },
          );
          stop();
        }
      };
      w.onerror = (event) => {
        setState({ status: 'failed', message: event.message || 'the worker stopped' });
        stop();
      };
      const request: BalanceRequest = { scenarioJson, settings };
      w.postMessage(request);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((s) => (s.status === 'running' ? { status: 'cancelled' } : s));
  }, [stop]);

  return { state, start, cancel };
}
