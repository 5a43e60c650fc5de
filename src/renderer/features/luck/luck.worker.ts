/**
 * Web Worker for the luck-versus-skill runs: keeps the page responsive while hundreds of games
 * are played. Posts progress after every seed; the page cancels by terminating the worker.
 */
import { serveRuns } from '../../components/worker/protocol';
import { runLuck, type LuckProgress, type LuckRequest, type LuckResult } from './luckRun';

serveRuns<LuckRequest, LuckProgress, LuckResult>((request, progress) =>
  runLuck(request, (done) => progress({ done, total: request.seeds.length })),
);
