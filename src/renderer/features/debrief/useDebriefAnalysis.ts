/** The debrief's analyses (debrief.worker.ts), run once per game in a Web Worker. */
import { useEffect } from 'react';
import type { Game } from '../../../sim/index';
import { useWorkerRun, type WorkerRunState } from '../../components/worker/useWorkerRun';
import type { DebriefAnalysis } from './debrief.worker';

const createWorker = () =>
  new Worker(new URL('./debrief.worker.ts', import.meta.url), { type: 'module' });

export type DebriefAnalysisState = WorkerRunState<never, DebriefAnalysis>;

export function useDebriefAnalysis(game: Game): DebriefAnalysisState {
  const run = useWorkerRun<Game, never, DebriefAnalysis>(createWorker);
  const { start } = run;
  useEffect(() => start(game), [game, start]);
  return run.state;
}
