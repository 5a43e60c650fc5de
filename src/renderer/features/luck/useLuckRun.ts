/** Runs the luck-versus-skill experiment in a Web Worker, with progress and cancel. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Game } from '../../../sim/index';
import type { LuckMessage } from './luck.worker';
import { otherSeeds, type LuckRequest, type LuckResult } from './luckRun';
import { playerPlayOf } from '../../../sim/index';

export type LuckRunState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'done'; result: LuckResult }
  | { status: 'failed'; message: string };

export function useLuckRun(game: Game) {
  const [state, setState] = useState<LuckRunState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (seedCount: number) => {
      stop();
      let w: Worker;
      try {
        w = new Worker(new URL('./luck.worker.ts', import.meta.url), { type: 'module' });
      } catch (error) {
        // e.g. a host that forbids workers: say so rather than fail silently.
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      worker.current = w;
      const request: LuckRequest = {
        game,
        seeds: otherSeeds(game.seed, seedCount),
        play: playerPlayOf(game),
      };
      setState({ status: 'running', done: 0, total: seedCount });
      w.onmessage = (event: MessageEvent<LuckMessage>) => {
        const m = event.data;
        if (m.type === 'progress') setState({ status: 'running', done: m.done, total: m.total });
        else {
          setState(
            m.type === 'done'
              ? { status: 'done', result: m.result }
              : { status: 'failed', message: m.message },
          );
          stop();
        }
      };
      w.onerror = (event) => {
        setState({ status: 'failed', message: event.message || 'the worker stopped' });
        stop();
      };
      w.postMessage(request);
    },
    [game, stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelled' } : s));
  }, [stop]);

  return { state, start, cancel };
}
