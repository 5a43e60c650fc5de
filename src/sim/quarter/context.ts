/**
 * The quarter being resolved: what the phases of the step (step.ts) share. Built once per
 * quarter after the staff moves; `s` is the step's own copy of the state, which the phases
 * change in the step's order.
 */
import type { CloudBill } from '../model/cloud';
import type { EffectTotals } from '../model/effects';
import type { StaffTotals } from '../model/staff';
import type { RngStreams } from '../rng';
import type { Scenario } from '../scenario/schema';
import type { Decisions, EventRecord, SimState } from '../types';
import type { BusinessOutcome } from './business';
import type { CapacityOutcome } from './capacity';
import type { DebtOutcome } from './debt';
import type { DeliveryOutcome } from './delivery';
import type { CostLines } from './ledger';
import type { Mitigations } from './mitigations';
import type { RandomEventsOutcome } from './random-events';
import type { BreachOutcome } from './security';
import type { StaffMoves } from './staff-moves';
import type { WorkforceOutcome } from './workforce';

/** Team topology this quarter (Team Topologies: stream-aligned, platform, enabling). */
export interface OrgShape {
  /** individual contributors (everyone but managers) */
  ics: number;
  platformTeam: boolean;
  enablingTeam: boolean;
  /** share of the stream teams the enabling team coaches (model/enabling.ts) */
  enablingReach: number;
  /** ICs in stream-aligned teams */
  streamIcs: number;
  streamTeams: number;
  avgTeamSize: number;
  teams: number;
  /** ICs per manager */
  span: number;
}

/** The shares of engineering time this quarter, after an error-budget freeze. */
export interface WorkAllocation {
  features: number;
  reliability: number;
  debtPaydown: number;
  security: number;
  innovation: number;
  /** the error-budget freeze moved feature work to reliability */
  freeze: boolean;
}

export interface QuarterContext {
  scenario: Scenario;
  prev: SimState;
  s: SimState;
  d: Decisions;
  quarter: number;
  /** each kind of draw's generator (rng.ts); null: expected values, no draws (previews) */
  draws: RngStreams | null;
  /** annual loaded cost at market pay by level (junior, senior, staff, manager) */
  annualCost: number[];
  /** pay against the scenario's market rates: (1 + the pay adjustment) x the staff's location pay (people.ts, nextLocationPay) */
  payMult: number;
  /** contractors engaged this quarter (within the scenario's limit) */
  contractors: number;
  /** head count after this quarter's staff moves */
  T: StaffTotals;
  org: OrgShape;
  alloc: WorkAllocation;
  /** review/test gate on AI-generated code: the practice or this quarter's funding */
  aiGuard: number;
  mitig: Mitigations;
  /** cash and capacity effects of choices and initiatives */
  fx: EffectTotals;
  events: EventRecord[];
}

/** What the phases of a quarter produced, in the step's order: the metrics and drivers read them. */
export interface QuarterOutcomes {
  moves: StaffMoves;
  delivery: DeliveryOutcome;
  capacity: CapacityOutcome;
  /** values right after this quarter's effects (choices, delayed effects, finished initiatives) */
  afterEffects: { techDebt: number; engagement: number; arr: number };
  work: WorkforceOutcome;
  debt: DebtOutcome;
  breach: BreachOutcome;
  bill: CloudBill;
  business: BusinessOutcome;
  randomEvents: RandomEventsOutcome;
  costs: CostLines;
  cashEnd: number;
}
