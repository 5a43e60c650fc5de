/**
 * The workshop's wire contract: what the workshop server (src/server) sends to the pages in
 * src/renderer/features/workshop, and the names of the messages they send back. Views carry
 * only what the engine's selectors give; a team's game itself never leaves the server.
 */
import type {
  Calibration,
  Decisions,
  Forecast,
  ForecastFigure,
  ForecastScore,
  DecisionProblem,
  GamePhase,
  GameStatus,
  Kpi,
  KpiArea,
  LocalizedText,
  Outcome,
  PendingEvent,
  Projection,
  RequestStakes,
  Scenario,
  TurningPoint,
} from '../sim/index';

export const WORKSHOP_ROOM = 'workshop';

/** The room's phase: teams join in the lobby, plan while a quarter is open, read results after its close. */
export type SessionPhase = 'lobby' | 'planning' | 'results' | 'ended';

export const WORKSHOP_ROLES = ['team', 'facilitator', 'projector'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];

export type WorkshopLanguage = 'en' | 'ja';

/** What the facilitator sets before the first quarter. */
export interface SessionSettings {
  seed: number;
  /** quarters played in this workshop (a short game stops before the scenario's horizon) */
  quarters: number;
  /** round timer in seconds; 0 = no timer */
  timerSeconds: number;
  /** the leaderboard's weight per scoring area (the scenario's weights by default) */
  weights: Record<KpiArea, number>;
  language: WorkshopLanguage;
}

/** What joining sends (validated on the server). */
export interface JoinOptions {
  role: WorkshopRole;
  joinCode?: string;
  teamName?: string;
  /** a team's secret, kept in its browser: rejoining with it takes back the team's seat */
  teamToken?: string;
  facilitatorCode?: string;
}

/** Sent to a team once, when it first joins: keep it to rejoin. */
export interface TeamSeat {
  teamId: string;
  teamToken: string;
}

/** What the plan components need besides the plan: the choices this scenario offers. */
export interface PlanContext {
  quarter: number;
  scenario: Pick<Scenario, 'initiatives' | 'riskRegister'>;
}

/** One team's own view: its game through the engine's selectors, never the game itself. */
export interface TeamView {
  teamId: string;
  name: string;
  currency: Scenario['currency'];
  sessionPhase: SessionPhase;
  /** the quarter being planned, or the last one resolved while results are shown */
  quarter: number;
  quartersTotal: number;
  gamePhase: GamePhase | null;
  /** what the plan components need, while the team's quarter is open for planning */
  plan: PlanContext | null;
  /** last quarter's plan, or the scenario's starting plan: the plan a late team is given */
  defaultPlan: Decisions | null;
  /** the plan this team has submitted for the open quarter, if any */
  submittedPlan: Decisions | null;
  /** the plan being edited, kept on the server so a reload finds it */
  draft: Decisions | null;
  kpis: Kpi[];
  pending: PendingEvent[];
  /** what each pending request asks and the trust at stake (selectRequestStakes), parallel to pending; null for a dilemma */
  pendingStakes: (RequestStakes | null)[];
  /** the engine's narrative of the last resolved quarter (selectQuarterReport's; [] before one) */
  lastNarrative: LocalizedText[];
  score: { status: GameStatus; score: number; grade: Outcome['grade'] } | null;
  /** whether this team's plan for the last closed quarter was the default (it had not submitted) */
  lastPlanWasDefault: boolean;
  /** the team's forecast of the open quarter, if it made one */
  forecast: Forecast | null;
  /** the forecast's figures as the open quarter starts (what a forecast starts from) */
  forecastBaseline: Record<ForecastFigure, number> | null;
  /** its forecasts of resolved quarters, scored by the engine (the last one is the reveal) */
  forecastScores: ForecastScore[];
}

/** The engine's answer to a draft plan: its problems, and what it would do when it has none. */
export interface PlanPreview {
  problems: DecisionProblem[];
  projection: Projection | null;
}

export const SERIES_METRICS = [
  'cash',
  'arr',
  'featuresDelivered',
  'incidents',
  'engagement',
  'attritionRate',
] as const;
export type SeriesMetric = (typeof SERIES_METRICS)[number];

/** A team as the projector and the facilitator see it: only resolved quarters. */
export interface TeamStanding {
  teamId: string;
  name: string;
  /** 0-100 under the session's weights */
  weightedScore: number;
  status: GameStatus;
  grade: Outcome['grade'];
  byArea: { area: KpiArea; score: number }[];
  /** per resolved quarter (index 0 = quarter 1) */
  series: Record<SeriesMetric, number[]>;
  /** quarters in which the team's plan was the default because it had not submitted */
  defaultedQuarters: number[];
  /** how close its forecasts of resolved quarters came, per figure (src/sim/forecast.ts) */
  calibration: Calibration;
  /** the engine's score (0-100) of its forecast of the quarter last revealed; null without one */
  quarterForecast: number | null;
}

/** The whole room after the last close: the leaderboard (best first) and every team's series. */
export interface RoomView {
  scenarioTitle: Scenario['title'];
  currency: Scenario['currency'];
  quarter: number;
  quartersTotal: number;
  phase: SessionPhase;
  weights: Record<KpiArea, number>;
  standings: TeamStanding[];
}

/** The facilitator's view: the room's settings and who has done what in the open quarter. */
export interface FacilitatorView {
  settings: SessionSettings;
  horizonQuarters: number;
  canUndoClose: boolean;
  /** the scenario's dilemmas the facilitator may put to every team */
  dilemmas: { id: string; title: LocalizedText }[];
  teams: {
    teamId: string;
    name: string;
    submitted: boolean;
    /** it has recorded a forecast of the open quarter */
    forecasted: boolean;
    answered: boolean;
    ended: boolean;
  }[];
  joinCode: string;
}

/** How teams join: the team page's address on each LAN interface, and a QR code of the first. */
export interface JoinInfo {
  urls: string[];
  /** an SVG image as a data: URL */
  qrDataUrl: string;
}

/** One quarter of a team's story in the debrief. */
export interface DebriefQuarter {
  quarter: number;
  /** the engine's narrative of the quarter */
  narrative: LocalizedText[];
  /** what the team answered after this quarter (dilemmas and requests) */
  choices: { title: LocalizedText; option: LocalizedText }[];
  /** the team had not submitted: last quarter's plan was played */
  defaulted: boolean;
}

/** One team's debrief: its standing, its turning points and its story quarter by quarter. */
export interface TeamDebrief {
  standing: TeamStanding;
  /** 1 = best under the session's weights */
  rank: number;
  turningPoints: TurningPoint[];
  quarters: DebriefQuarter[];
  /** its forecasts against what happened, with its reasons, quarter by quarter */
  forecasts: ForecastScore[];
}

/** A dilemma the room met, with the teams behind each option: a prompt for the discussion. */
export interface DilemmaDiscussion {
  cardId: string;
  title: LocalizedText;
  body: LocalizedText;
  options: { optionId: string; label: LocalizedText; teams: string[] }[];
  /** the card's 1-2 reflection questions (the engine's reflectionQuestions) */
  questions: LocalizedText[];
}

/**
 * The debrief pack: the room (leaderboard, every team's series), the teams' debriefs (all of
 * them for the facilitator, its own for a team) and the dilemmas met, and the CSV of those teams.
 */
export interface DebriefView {
  room: RoomView;
  teams: TeamDebrief[];
  dilemmas: DilemmaDiscussion[];
  /** every quarter of the teams above: decisions, answers and metrics (one row per team and quarter) */
  csv: string;
}

/** The server's reply to a refused message (also sent as the 'refused' message). */
export interface Refusal {
  message: string;
}
