/** The debrief's coach, run once per game in a Web Worker (coach.worker.ts). */
import { useEffect } from 'react';
import type { CoachReport, Game } from '../../../sim/index';
import { useWorkerRun } from '../../components/worker/useWorkerRun';

const createWorker = () =>
  new Worker(new URL('./coach.worker.ts', import.meta.url), { type: 'module' });

export function useCoachRun(game: Game) {
  const run = useWorkerRun<Game, never, CoachReport>(createWorker);
  const { start } = run;
  useEffect(() => start(game), [game, start]);
  return run.state;
}
