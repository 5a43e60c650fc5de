/**
 * The game loop alone, for headless play where start-up time counts: the CLI's batch worker
 * processes bundle this door instead of index.ts, and start without the xstate machine, the
 * zod schemas and the save format (about 0.8 MB of the bundle; tests/cli/batch-workers.test.ts
 * keeps them out). Everything here is also exported by index.ts.
 */
export { defaultDecisions, newGame } from './game';
export {
  applyAction,
  answerEvent,
  continueGame,
  submitDecisions,
  type GameAction,
  type Refusal,
} from './actions';
export { playToEnd, type PolicyRefusal } from './run';
export { selectOutcome, selectScore } from './selectors';
export type { Decisions, Game, Policy, QuarterMetrics } from './types';
export type { Scenario } from './scenario/schema';
export { percentile, sortedAscending } from './analysis/stats';
export { playTasks, type LabTask, type TaskResult } from './analysis/balance/tasks';
