/**
 * The engine's only door (see docs/engine-api.md). Everything here is pure: no clock, no
 * Math.random, no I/O. A Game is plain JSON data and holds its PRNG state.
 */
export type {
  BatchResult,
  Capabilities,
  CapabilityId,
  Choice,
  Commitment,
  CommitmentMeasure,
  Decisions,
  DecisionProblem,
  DelayedEffect,
  Driver,
  Effect,
  EffectTarget,
  ErrorBudgetPolicy,
  EventRecord,
  Game,
  GamePhase,
  GameStatus,
  Kpi,
  KpiArea,
  LeverId,
  LeverInfo,
  LeverLimit,
  LeverValue,
  Level,
  LocalizedText,
  LogEntry,
  MetricDrivers,
  MetricId,
  OrgView,
  Outcome,
  PendingEvent,
  Policy,
  Projection,
  QuarterMetrics,
  QuarterRecord,
  QuarterReport,
  Result,
  Role,
  SaveError,
  SimState,
  StaffLine,
  StakeholderId,
  TeamView,
  ToolSourcing,
  TurningPoint,
  Trust,
  WorkPolicy,
} from './types';
export { LEVELS, ROLES } from './types';

// Scenarios
export { KPI_AREAS } from './types';
export type { Scenario, ScenarioInput, DilemmaCard, RequestTemplate } from './scenario/schema';
export {
  scenarioSchema,
  decisionsSchema,
  SCENARIO_SCHEMA_VERSION,
  EFFECT_TARGETS,
  CONDITION_METRICS,
} from './scenario/schema';
export type { ScenarioIssue } from './scenario/parse';
export { scenarioHash } from './scenario/parse';
export { parseScenario } from './scenario/playable';
export { deckFor } from './deck';
export { reflectionQuestions, GENERAL_REFLECTION } from './deck/reflection';

// Game lifecycle
export {
  ENGINE_VERSION,
  newGame,
  phaseOf,
  defaultDecisions,
  pendingEvents,
  continueEndsGame,
} from './game';
export {
  applyAction,
  actionsOf,
  canTakeBack,
  replayActions,
  replayUnderModelChange,
  type ModelChangeReplay,
  draftProblems,
  submitDecisions,
  answerEvent,
  continueGame,
  type GameAction,
  type GameActionType,
  type LoggedAction,
  type Refusal,
  type ReplayRefusal,
  type RequestAnswer,
} from './actions';
export { checkDecisions } from './decisions';
export {
  ALLOCATION_SHARES,
  ALLOCATION_TOTAL,
  getLever,
  setLever,
  type AllocationShare,
} from './levers';
export { sameLeverValue } from './levers/copy';
export { jaName, moneyText, MINUS, type MoneyCurrency } from './format';
export { previewQuarter } from './preview';
export {
  FORECAST_FIGURES,
  FORECAST_REASON_MAX,
  forecastSchema,
  forecastBaseline,
  scoreForecast,
  scoreGameForecasts,
  calibrationOf,
  type Forecast,
  type ForecastFigure,
  type ForecastScore,
  type FigureScore,
  type Calibration,
  type FigureCalibration,
} from './forecast';
export { checkEndQuarter, needsConfirmation, type EndQuarterCheck } from './end-quarter';

// The pure quarter step (for benchmarks and tools): (scenario, state, decisions, quarter, rng|null)
export { stepQuarter, type StepResult } from './step';
export { openStreams, rngFromState, seedRng, seedStreams } from './rng';

// Selectors
export {
  selectKpis,
  selectQuarterReport,
  selectHistory,
  selectOrg,
  selectOutcome,
  selectScore,
  selectChoices,
  selectLevers,
  selectDrivers,
  startMetrics,
  KPI_DEFS,
} from './selectors';
export { DRIVER_IDS, DRIVER_LABELS } from './model/drivers';
export { RUNWAY_NOT_BURNING } from './quarter/metrics';
export {
  selectBriefing,
  selectMarket,
  selectSituation,
  type Briefing,
  type BriefingMarket,
  type BriefingCommitment,
  type BriefingFigure,
  type BriefingStakeholder,
  type BriefingWarning,
  type BriefingWarningId,
} from './briefing';
export { describeEvent } from './narrative';
export { selectRequestStakes, type RequestStakes } from './request-stakes';
export { choiceDialogs, isSmallRequest, type ChoiceDialog } from './dialogs';
export {
  selectPlanChanges,
  EFFECT_METRICS,
  type PlanChange,
  type EffectMetric,
} from './plan-changes';
export { selectQuarterHighlights, type QuarterHighlight, type HighlightTier } from './highlights';

// Machine
export { gameMachine, createGameActor, type GameContext, type GameEvent } from './machine';

// Limits on a JSON document's shape, checked before any schema (also its own door, json-limits.ts)
export { checkJsonLimits, JSON_LIMITS, type JsonLimitProblem } from './json-limits';

// Saves (the action log, format 2)
export {
  toSave,
  migrateSave,
  loadSave,
  gameAtQuarter,
  branchGame,
  gameChecksum,
  saveChecksum,
  saveSchema,
  SAVE_SCHEMA_VERSION,
  MIGRATIONS,
  type LoadSaveError,
  type LoadSaveOptions,
  type LoadedSave,
  type MigrationStep,
  type ModelChange,
  type PlanDraft,
  type SaveFile,
  type SaveFileWithDraft,
  type DraftOutcome,
} from './save';

// Analysis: what the app's compare and replay views show, computed here and formatted there
export {
  decisionDifferences,
  forkQuarter,
  leverDifferences,
  overlayRows,
  sameScenario,
  sharedShocks,
  type ChoiceDifference,
  type LeverDifference,
  type QuarterDifference,
  type QuarterShocks,
} from './analysis/compare';

// Headless runs
export { runGame, runBatch, summarise, playToEnd, policyAction, type PolicyRefusal } from './run';
export {
  balancedPolicy,
  carelessPolicy,
  extremePolicies,
  SENSIBLE_OPTIONS,
  LAB_POLICIES,
  EXTREME_POLICIES,
  referencePolicy,
  randomPolicy,
  fixedPlanPolicy,
  labPolicy,
  type FixedPlan,
  type Reason,
  type ReasonedChoice,
  type ReasonedDecisions,
  type ReasonedPolicy,
} from './policies';

// Analysis: statistics, luck versus skill, the balance lab
export * from './analysis';

// The debrief: the decisions behind the turning points and behind running out of cash
export {
  selectDebriefDecisions,
  MIN_DECISION_EFFECT,
  MAX_DECISIONS,
  type CashOutflow,
  type DebriefDecisions,
  type DecisionEffect,
  type EndingCauses,
  type TurningDecisions,
} from './turning-decisions';

// The scenario's objectives: tracked in the briefing, judged in the debrief
export {
  selectObjectives,
  OBJECTIVE_WINDOW,
  type ObjectiveState,
  type ObjectiveStatus,
} from './objectives';
