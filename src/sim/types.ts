/**
 * The engine's public data types. Everything here is plain JSON data: a Game survives
 * JSON.parse(JSON.stringify(game)) unchanged. Money is in the scenario's currency
 * (see Scenario.currency); "per quarter" unless the name says otherwise.
 */
import type { Decisions as LeverDecisions, LeverId } from './levers';
import type { RngStates } from './rng';
import type { Chance, Scenario } from './scenario/schema';

export type { Scenario };

/** Every human-readable string the engine emits. */
export type LocalizedText = { en: string; ja: string };

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Engineering roles. Product engineers build features; the others strengthen one area each. */
export const ROLES = ['product', 'platform', 'security', 'data'] as const;
export type Role = (typeof ROLES)[number];

/** Career levels. Managers mostly manage (low IC output) but raise everyone's engagement. */
export const LEVELS = ['junior', 'senior', 'staff', 'manager'] as const;
export type Level = (typeof LEVELS)[number];

/** Tenure cohorts: 0 = arrived this quarter, 1 = second quarter, 2 = third, 3 = ramped up. */
export const COHORTS = 4;

/** A hiring or layoff line. */
export interface StaffLine {
  role: Role;
  level: Level;
  /** people, integer >= 0 */
  count: number;
}

/**
 * The player's decisions for one quarter, grouped by the VPoE's seven responsibilities
 * (docs/model.md, brief 2) and the trends to steer. Its shape, ranges and defaults are the
 * lever table's (levers/table.ts); selectLevers() describes each lever (id = dotted path into it).
 */
export type Decisions = LeverDecisions;
export type WorkPolicy = Decisions['trends']['workPolicy'];

/** The phase of the market's demand cycle (model/market.ts). */
export type MarketCycle = 'boom' | 'normal' | 'downturn';
export type ToolSourcing = Decisions['budget']['sourcing'];
export type ErrorBudgetPolicy = Decisions['trends']['errorBudgetPolicy'];
export type { LeverId, LeverValue } from './levers';

/**
 * A refused decision. path is a dotted path into Decisions ("allocation",
 * "talent.hiring[0].count"; "" for the whole plan); levers are the levers it concerns.
 */
export interface DecisionProblem {
  path: string;
  levers: LeverId[];
  reason: LocalizedText;
}

/** Engineering capabilities, each 0-1 (docs/model.md, brief 1). */
export interface Capabilities {
  ciCd: number;
  testAutomation: number;
  observability: number;
  infraAsCode: number;
  securityPractice: number;
  documentation: number;
  srePractice: number;
  finops: number;
  aiGuardrails: number;
}
export type CapabilityId = keyof Capabilities;

export interface Trust {
  ceo: number;
  cfo: number;
  cto: number;
  cpo: number;
  hr: number;
}
export type StakeholderId = keyof Trust;

/** A commitment accepted from a stakeholder; judged at dueQuarter. */
export interface Commitment {
  id: string;
  requestId: string;
  stakeholder: StakeholderId;
  /** what is measured and the target it must reach (see model/stakeholders.ts) */
  measure: CommitmentMeasure;
  target: number;
  /** the measure's value when accepted (for cumulative measures) */
  baseline: number;
  acceptedQuarter: number;
  dueQuarter: number;
}
export type CommitmentMeasure =
  | 'featuresDelivered' // cumulative feature points delivered since acceptance >= target
  | 'costPerQuarter' // quarterly total cost <= target
  | 'attritionRate' // annualised attrition <= target
  | 'debtIndex' // code debt index <= target
  | 'incidents'; // incidents in the due quarter <= target

/** An effect delayed by a dilemma choice or an event, applied at the start of quarter `dueQuarter`. */
export interface DelayedEffect {
  dueQuarter: number;
  effects: Effect[];
  source: string;
  /** a risk, not a certainty: the effects apply only if a draw falls under the chance (model/chance.ts) */
  risk?: DelayedRisk;
}

/** Which card option's risk a delayed effect is, and its chance. */
export interface DelayedRisk {
  chance: Chance;
  card: string;
  option: string;
  /** index of the option's delayed entry (the report's text is the entry's) */
  entry: number;
}

/** A change to one stock. Targets are fixed ids (see scenario schema EFFECT_TARGETS). */
export interface Effect {
  target: EffectTarget;
  /** additive change, in the target's unit; *Pct targets multiply by (1 + delta/100) */
  delta: number;
}
export type EffectTarget =
  | 'cash'
  /** cash change as a percentage of current ARR (scale-free, for the shared deck) */
  | 'cashArrPct'
  | 'arrPct'
  | 'customersPct'
  | 'debt.code'
  /** code debt scaled by (1 + delta/100): a change in proportion to the debt there is */
  | 'debt.codePct'
  | 'debt.infra'
  | 'debt.security'
  | 'engagement'
  | 'exhaustion'
  | 'brand'
  | 'competitiveness'
  | 'csat'
  | 'cloud.wastePct'
  | 'cloud.unitCostPct'
  | 'hiringMarket'
  | 'featureCapacityPct'
  | `trust.${StakeholderId}`
  | `capability.${CapabilityId}`;

/** An architecture initiative in progress. */
export interface InitiativeState {
  id: string;
  /** 0-1; a finished initiative stays in the list at 1 and never runs again */
  progress: number;
  startedQuarter: number;
}

/** Open requisitions / accepted offers waiting to arrive. */
export interface PipelineEntry {
  role: Role;
  level: Level;
  count: number;
  arrivesQuarter: number;
}

/**
 * The model's stocks (docs/model.md, brief 1). staff is a flat array indexed by
 * staffIndex(role, level, cohort) = ((role * 4) + level) * 4 + cohort: headcount, integers.
 */
export interface SimState {
  cash: number;
  /** annual recurring revenue */
  arr: number;
  customers: number;
  /** customer satisfaction 0-100 */
  csat: number;
  /** features delivered vs. market expectation, 0-100 (50 = on par) */
  competitiveness: number;
  /** employer brand 0-100 */
  brand: number;
  trust: Trust;
  commitments: Commitment[];
  staff: number[];
  pipeline: PipelineEntry[];
  /** 0-100 */
  engagement: number;
  /** 0-100; sustained overload builds it, slack drains it */
  exhaustion: number;
  /** 0-1 manager effectiveness, moved by coaching investment and span of control */
  managerEffectiveness: number;
  capabilities: Capabilities;
  /** debt indices 0-100 */
  debt: { code: number; infra: number; security: number };
  initiatives: InitiativeState[];
  /** cloud usage in scenario units per quarter; unit cost per usage unit; waste share 0-1 */
  cloud: { usage: number; unitCost: number; waste: number; committedUsage: number };
  /** hiring-market multiplier on offer acceptance, 0.5-1.5 */
  hiringMarket: number;
  /** the phase of the market's demand cycle this quarter (model/market.ts) */
  marketCycle: MarketCycle;
  /** the market's path, drawn from the seed at the start (model/market.ts, marketPath; shared, never mutated) */
  marketPath: readonly MarketCycle[];
  /** true while an error-budget freeze stops feature work */
  releaseFreeze: boolean;
  delayed: DelayedEffect[];
  /** feature points delivered since the start of the game */
  featuresDeliveredTotal: number;
  /** quarters in a row with board confidence below the scenario's firing line */
  lowConfidenceQuarters: number;
  /** the previous quarter's headline metrics (for drivers and conditions) */
  last: QuarterMetrics;
  /** the previous quarter's factors of product-form metrics (for exact driver splits) */
  factors: { features: number[]; cloud: number[]; cfr: number[] };
  /** card ids already drawn (cards marked once) */
  drawnCards: string[];
  /** last quarter's contractor FTEs (a cut is measured against it) */
  contractors: number;
  /** contractor seats whose knowledge left unhanded-over and is still being rebuilt (model/handover.ts) */
  handoverGap: number;
  /** last quarter's pay adjustment, percent (a cut is measured against it) */
  payAdjustmentPct: number;
  /** last quarter's work policy (a return to the office is measured against it) */
  workPolicy: WorkPolicy;
  /** the staff's average pay against the hub's market rates (model/people.ts, nextLocationPay) */
  locationPay: number;
  /** sales, marketing and G&A's fixed part against its quarter-1 size (model/sales-org.ts) */
  salesOrgScale: number;
}

/** Headline metrics of a quarter (all finite numbers). */
export interface QuarterMetrics {
  cash: number;
  arr: number;
  revenue: number;
  costs: number;
  financing: number;
  /** annualised ARR growth, fraction (0.3 = 30%) */
  growth: number;
  /** net revenue retention, annualised, fraction */
  nrr: number;
  grossMargin: number;
  /** net burn per quarter (costs - revenue, >= 0 when burning) */
  burn: number;
  /** quarters of runway at this burn (capped at 99) */
  runwayQuarters: number;
  burnMultiple: number;
  /** growth% + operating margin%, in percentage points */
  ruleOf40: number;
  customers: number;
  csat: number;
  competitiveness: number;
  /** feature points delivered this quarter (1 point = one ramped senior engineer-quarter of feature work) */
  featuresDelivered: number;
  /** total effective engineering capacity, engineer-quarters */
  capacity: number;
  headcount: number;
  teams: number;
  avgTeamSize: number;
  spanOfControl: number;
  hires: number;
  leavers: number;
  /** annualised attrition, fraction */
  attritionRate: number;
  engagement: number;
  exhaustion: number;
  /** share of capacity lost to technical debt, 0-1 */
  debtTax: number;
  /** code debt index 0-100 */
  techDebt: number;
  infraDebt: number;
  securityDebt: number;
  /** deploys per day */
  deployFrequency: number;
  leadTimeDays: number;
  changeFailureRate: number;
  mttrHours: number;
  incidents: number;
  sev1Incidents: number;
  downtimeMinutes: number;
  sloAttainment: number;
  /** share of the quarter's error budget used (1 = all of it) */
  errorBudgetUsed: number;
  /** quarterly breach probability */
  breachRisk: number;
  breaches: number;
  cloudCost: number;
  cloudWaste: number;
  costPerEngineer: number;
  /** engineering spend over revenue against the envelope agreed with the CFO (1 = at it) */
  budgetUse: number;
  boardConfidence: number;
  trustCeo: number;
  trustCfo: number;
  trustCto: number;
  trustCpo: number;
  trustHr: number;
}
export type MetricId = keyof QuarterMetrics;

/** One part of a metric's change. Parts of one metric sum exactly to its change. */
export interface Driver {
  id: string;
  label: LocalizedText;
  value: number;
}

export interface MetricDrivers {
  metric: MetricId;
  from: number;
  to: number;
  parts: Driver[];
}

/** Something that happened during a quarter (incident, breach, resignation, market event...). */
export interface EventRecord {
  id: string;
  kind: string;
  /** numbers the narrative text is built from (lazily, in selectors) */
  params: Record<string, number | string>;
}

/** A choice waiting for the player: a dilemma card or a stakeholder request. */
export interface PendingEvent {
  id: string;
  kind: 'dilemma' | 'request';
  /** card id or request template id */
  sourceId: string;
  title: LocalizedText;
  body: LocalizedText;
  stakeholder?: StakeholderId;
  options: { id: string; label: LocalizedText; hint: LocalizedText }[];
  defaultOptionId: string;
  /** for stakeholder requests: what accepting commits to */
  request?: { measure: CommitmentMeasure; target: number; dueQuarter: number; baseline: number };
  /** a small request: answered with the quarter's other small requests in one dialog */
  small?: true;
}

export interface Choice {
  eventId: string;
  sourceId: string;
  optionId: string;
}

/** The engine's record of one resolved quarter. */
export interface QuarterRecord {
  quarter: number;
  decisions: Decisions;
  choices: Choice[];
  metrics: QuarterMetrics;
  /** per headline metric, parallel to DRIVER_IDS[metric]; parts sum to metrics[m] - previous */
  drivers: Partial<Record<MetricId, number[]>>;
  events: EventRecord[];
}

export type GamePhase = 'planning' | 'events' | 'review' | 'ended';
export type GameStatus = 'playing' | 'completed' | 'bankrupt' | 'fired';

/** One quarter's player input, as stored in a save. */
export interface LogEntry {
  quarter: number;
  decisions: Decisions;
  choices: { eventId: string; optionId: string }[];
  /** dilemmas a facilitator injected (inject-card) that joined this quarter's choices */
  injected?: string[];
}

/** The whole game: plain JSON data, including the PRNG state. */
export interface Game {
  engineVersion: string;
  scenario: Scenario;
  seed: number;
  playerName: string;
  /** current quarter, 1-based; after the end it stays at the last played quarter */
  quarter: number;
  phase: GamePhase;
  status: GameStatus;
  state: SimState;
  /** each kind of draw's xoroshiro128plus state (pure-rand getState()), rng.ts RNG_STREAMS */
  rng: RngStates;
  log: LogEntry[];
  history: QuarterRecord[];
  pending: PendingEvent[];
  /** metrics at the start (quarter 0), the reference for quarter 1's changes */
  baseline: QuarterMetrics;
  /** the game this one was branched from */
  parent?: { seed: number; quarter: number; checksum: string };
  /**
   * 'expected' only in the balance lab's option values (newGame's `risks` option): every card
   * risk applies at its expected value (its effects scaled by its chance, as in a preview)
   * instead of being drawn, so two games that differ in one answer differ by what the answer is
   * expected to bring in that situation, not by whether its risk happened to fire. Absent in
   * every game a player plays; such a game cannot be saved (toSave throws).
   */
  risks?: 'expected';
  /** dilemmas a facilitator injected (inject-card) that wait for the next submit; absent when none */
  injected?: string[];
  /**
   * the player's plan for the current quarter, not submitted (set-decisions): absent when none.
   * Only in planning; not part of the outcome (never checked by replays or checksums).
   */
  draft?: Decisions;
}

/** The score's areas, in the order every screen lists them. */
export const KPI_AREAS = [
  'business',
  'delivery',
  'reliability',
  'people',
  'cost',
  'stakeholders',
] as const;
export type KpiArea = (typeof KPI_AREAS)[number];

export interface Kpi {
  id: MetricId;
  area: KpiArea;
  label: LocalizedText;
  unit: string;
  value: number;
  delta: number;
  history: number[];
  better: 'up' | 'down';
}

export interface QuarterReport {
  quarter: number;
  metrics: QuarterMetrics;
  previous: QuarterMetrics;
  decisions: Decisions;
  choices: Choice[];
  events: EventRecord[];
  incidents: { severity: number; minutes: number }[];
  hires: number;
  leavers: number;
  drivers: MetricDrivers[];
  stakeholderReactions: { stakeholder: StakeholderId; delta: number; text: LocalizedText }[];
  narrative: LocalizedText[];
}

export interface TeamView {
  id: string;
  name: LocalizedText;
  kind: 'stream' | 'platform' | 'enabling';
  size: number;
}

export interface OrgView {
  headcount: number;
  byRoleLevel: { role: Role; level: Level; count: number; ramping: number }[];
  teams: TeamView[];
  managers: number;
  spanOfControl: number;
  contractors: number;
  pipeline: PipelineEntry[];
}

export interface Outcome {
  status: GameStatus;
  /** 0-100 */
  score: number;
  grade: 'S' | 'A' | 'B' | 'C' | 'D' | 'F';
  /** each area's score (0-100), its weight (shares summing to 1) and points = score x weight */
  byArea: { area: KpiArea; score: number; weight: number; points: number }[];
  /**
   * How the score is made: score = weightedSum (the sum of the areas' points) x endingFactor
   * (model/score.ts ENDING_FACTOR: 1 for a finished game, less for one ended by bankruptcy or
   * firing). runwayPenalty: points the business area lost for ending under runwayPenaltyBelow
   * quarters of runway.
   */
  formula: {
    weightedSum: number;
    endingFactor: number;
    runwayPenalty: number;
    runwayPenaltyBelow: number;
  };
  turningPoints: TurningPoint[];
}

/** A quarter that moved the score most (docs/model.md, brief 4: what the debrief explains). */
export interface TurningPoint {
  quarter: number;
  /** the major event of the quarter, else how the score moved */
  text: LocalizedText;
  /** points (0-100 scale) the score moved in this quarter, one decimal */
  scoreChange: number;
  /** the area that moved most in this quarter, and by how much (its own 0-100 scale) */
  area: KpiArea;
  areaChange: number;
  /** the player's answers at the end of the quarter before, which took effect in this one */
  choices: { title: LocalizedText; option: LocalizedText }[];
}

export type { LeverInfo, LeverLimit } from './levers/info';

/** A live projection of the plan, computed without advancing the PRNG. */
export interface Projection {
  cashEnd: number;
  runwayQuarters: number;
  costs: number;
  revenue: number;
  capacity: number;
  capacitySplit: { id: keyof Decisions['allocation'] | 'overhead' | 'debtTax'; share: number }[];
  featuresDelivered: number;
  debtTaxNext: number;
  incidentRisk: number;
  breachRisk: number;
  headcountNext: number;
}

export interface SaveError {
  kind: 'corrupt' | 'truncated' | 'newer-version' | 'foreign' | 'scenario-mismatch' | 'diverged';
  message: LocalizedText;
}

export interface Policy {
  /** shown in error messages and reports */
  name?: string;
  decide(game: Game): Decisions;
  choose(game: Game, event: PendingEvent): string;
}

export interface BatchResult {
  seed: number;
  status: GameStatus;
  score: number;
  grade: Outcome['grade'];
  quarters: number;
  final: QuarterMetrics;
  /** per-quarter metrics (for distribution tests) */
  metrics: QuarterMetrics[];
}
