/**
 * Analysis over many games: statistics, the player's play as a policy (luck versus skill), and
 * the balance lab. Reached through src/sim/index.ts.
 */
export * from './stats';
export { playerPlayOf, replayPolicy, type PlayerPlay, type ReplayCounts } from './replay-policy';
export { scalarLevers, INVESTMENT_LEVERS, type ScalarValue, type ScalarLever } from './lever-space';
export {
  runBalanceLab,
  DEFAULT_LAB_SETTINGS,
  LAB_SECTIONS,
  type BalanceReport,
  type LabProgress,
  type LabSection,
  type LabSettings,
  type PolicyKind,
  type PolicyResult,
} from './balance/lab';
export { inThreadEvaluator, type Evaluate } from './balance/evaluate';
export {
  playTasks,
  playTask,
  type LabTask,
  type PolicySpec,
  type TaskResult,
} from './balance/tasks';
export { companyYears, type CompanyYear } from './balance/company-years';
export {
  pairedComparison,
  varianceShare,
  type PairedComparison,
  type VarianceShare,
} from './balance/compare';
export type { Calibration } from './balance/calibration';
export { BEST_FIXED_PLAN, FOUND_BY_SEARCH, type SearchResult } from './balance/search';
export { POLISH_SHARE, type AnswerChange } from './balance/polish';
export { fixedPlanLabel, strongestFixedPlan, type FixedPlanCandidate } from './balance/adversary';
export {
  emptyLibrary,
  fixedPlanOf,
  keptPlanOf,
  planPhases,
  withKeptPlan,
  PLAN_LIBRARY_FORMAT,
  PLAN_LIBRARY_VERSION,
  type KeptPlan,
  type PlanLibrary,
  type PlanPhase,
} from './balance/plan-library';
export { parsePlanLibrary, type ParsedLibrary } from './balance/plan-library-parse';
export { PLACEMENT_STANDARD_ERRORS, placement } from './balance/sensitivity';
export type { BestAt, SensitivityCurve } from './balance/sensitivity';
export type { SituationLeverBest } from './balance/situation-sensitivity';
export { GIVEN_UP_SHOWN, leversHeldEverywhere } from './balance/situation-sensitivity';
export { DOMINATED_BELOW, readingPerGame, type OptionValue } from './balance/options';
export {
  checkPooledTargets,
  FIXED_PLAN_MARGIN,
  FIXED_PLAN_WIN_SHARE,
  type TargetCheck,
} from './balance/targets';
export { holdOutSeeds, searchSeeds, SEARCH_SEED_BASE } from './balance/seeds';
export { maxEverythingPlan, QUARTERS_PER_PHASE } from './search/plan-space';
export type { Foresight, ForesightSeed, ForesightVerdict } from './balance/foresight';
export type { SituationComparison } from './balance/by-situation';
export {
  coachOnSameSeed,
  type CoachAnswer,
  type CoachQuarter,
  type CoachReport,
  type DilemmaReflection,
} from './coach';
