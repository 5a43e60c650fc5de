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
  LeverInfo,
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
  SaveFile,
  SimState,
  StaffLine,
  StakeholderId,
  TeamView,
  ToolSourcing,
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
export { parseScenario, scenarioHash } from './scenario/parse';
export { deckFor } from './deck';

// Game lifecycle
export { ENGINE_VERSION, newGame, phaseOf, defaultDecisions, pendingEvents } from './game';
export {
  applyAction,
  actionsOf,
  replayActions,
  draftProblems,
  submitDecisions,
  answerEvent,
  continueGame,
  type GameAction,
  type GameActionType,
  type Refusal,
  type ReplayRefusal,
} from './actions';
export { checkDecisions } from './decisions';
export { previewQuarter } from './preview';
export { checkEndQuarter, needsConfirmation, type EndQuarterCheck } from './end-quarter';

// The pure quarter step (for benchmarks and tools): (scenario, state, decisions, quarter, rng|null)
export { stepQuarter, type StepResult } from './step';
export { rngFromState, seedRng } from './rng';

// Selectors
export {
  selectKpis,
  selectQuarterReport,
  selectHistory,
  selectOrg,
  selectOutcome,
  selectScore,
  selectLevers,
  selectDrivers,
  startMetrics,
  KPI_DEFS,
} from './selectors';
export { DRIVER_IDS, DRIVER_LABELS } from './model/drivers';
export {
  selectBriefing,
  type Briefing,
  type BriefingCommitment,
  type BriefingFigure,
  type BriefingStakeholder,
  type BriefingWarning,
  type BriefingWarningId,
} from './briefing';
export { describeEvent } from './narrative';
export { selectRequestStakes, type RequestStakes } from './request-stakes';
export {
  selectPlanChanges,
  EFFECT_METRICS,
  type PlanChange,
  type EffectMetric,
} from './plan-changes';
export { selectQuarterHighlights, type QuarterHighlight, type HighlightTier } from './highlights';

// Machine
export { gameMachine, createGameActor, type GameContext, type GameEvent } from './machine';

// Saves
export {
  toSave,
  migrateSave,
  loadSave,
  gameAtQuarter,
  branchGame,
  gameChecksum,
  SAVE_SCHEMA_VERSION,
  type LoadSaveError,
  type LoadSaveOptions,
  type LoadedSave,
  type ModelChange,
  type PlanDraft,
  type SaveFileWithDraft,
  type DraftOutcome,
} from './save';

// Headless runs
export { runGame, runBatch, summarise } from './run';
export { balancedPolicy, carelessPolicy, extremePolicies, SENSIBLE_OPTIONS } from './policies';
