/** Runs the luck-versus-skill experiment in a Web Worker (luck.worker.ts), with progress and cancel. */
import { useCallback } from 'react';
import { playerPlayOf, type Game } from '../../../sim/index';
import { useWorkerRun } from '../../components/worker/useWorkerRun';
import { otherSeeds, type LuckProgress, type LuckRequest, type LuckResult } from './luckRun';

const createWorker = () =>
  new Worker(new URL('./luck.worker.ts', import.meta.url), { type: 'module' });

export function useLuckRun(game: Game) {
  const run = useWorkerRun<LuckRequest, LuckProgress, LuckResult>(createWorker);
  const { start } = run;
  const startSeeds = useCallback(
    (seedCount: number) =>
      start({ game, seeds: otherSeeds(game.seed, seedCount), play: playerPlayOf(game) }),
    [game, start],
  );
  return { ...run, start: startSeeds };
}
