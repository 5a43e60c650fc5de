/**
 * Web Worker for the luck-versus-skill runs: keeps the page responsive while hundreds of games
 * are played. Posts progress after every seed; the page cancels by terminating the worker.
 */
import { runLuck, type LuckRequest, type LuckResult } from './luckRun';

export type LuckMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: LuckResult }
  | { type: 'failed'; message: string };

self.onmessage = (event: MessageEvent<LuckRequest>) => {
  const request = event.data;
  const post = (message: LuckMessage) => self.postMessage(message);
  try {
    const result = runLuck(request, (done) =>
      post({ type: 'progress', done, total: request.seeds.length }),
    );
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
