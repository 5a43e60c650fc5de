/** Runs the balance lab in a Web Worker (balance.worker.ts), with progress and cancel. */
import type { BalanceReport, LabProgress } from '../../../sim/index';
import { useWorkerRun } from '../../components/worker/useWorkerRun';
import type { BalanceRequest } from './balance.worker';

const createWorker = () =>
  new Worker(new URL('./balance.worker.ts', import.meta.url), { type: 'module' });

export const useBalanceRun = () =>
  useWorkerRun<BalanceRequest, LabProgress, BalanceReport>(createWorker);
