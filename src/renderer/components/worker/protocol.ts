/**
 * One protocol for every long run the page hands to a Web Worker (the balance lab, luck versus
 * skill, the debrief's coach): the page posts one request; the worker posts progress, then done
 * or failed. The page cancels by terminating the worker. No React here: workers import this.
 */
export type WorkerMessage<Progress, Result> =
  | { type: 'progress'; progress: Progress }
  | { type: 'done'; result: Result }
  | { type: 'failed'; message: string };

/** An error's message, for a `failed` message or state. */
export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);

/**
 * Inside a worker: answers each request with `run`'s result (or its error as `failed`);
 * `progress` posts a progress message.
 */
export function serveRuns<Request, Progress, Result>(
  run: (request: Request, progress: (p: Progress) => void) => Result | Promise<Result>,
): void {
  self.onmessage = (event: MessageEvent<Request>) => {
    const post = (message: WorkerMessage<Progress, Result>) => self.postMessage(message);
    try {
      Promise.resolve(run(event.data, (progress) => post({ type: 'progress', progress }))).then(
        (result) => post({ type: 'done', result }),
        (error: unknown) => post({ type: 'failed', message: messageOf(error) }),
      );
    } catch (error) {
      post({ type: 'failed', message: messageOf(error) });
    }
  };
}
