/**
 * A workshop session as plain data and the one function that applies its actions. The session
 * is rebuilt by replaying its action log (persisted by store.ts), so a restarted server resumes
 * it exactly; the clock (the round timer) is the room's business, never the session's.
 */
import {
  KPI_AREAS,
  checkDecisions,
  forecastSchema,
  newGame,
  phaseOf,
  type Decisions,
  type Forecast,
  type Game,
  type KpiArea,
  type RequestAnswer,
  type Result,
  type Scenario,
} from '../../sim/index';
import type { SessionPhase, SessionSettings } from '../../shared/workshop';
import { describeRefusal, type Refusal } from '../../shared/workshop-refusals';
import { act, advanceToPlanning, engineReasons, latePlan } from './team-game';

export const MAX_TEAMS = 40;
export const TEAM_NAME_MAX = 40;

export type SessionAction =
  | { type: 'settings'; settings: SessionSettings }
  | { type: 'join'; teamId: string; name: string; token: string }
  | { type: 'rename'; teamId: string; name: string }
  | { type: 'remove'; teamId: string }
  | { type: 'submit'; teamId: string; decisions: Decisions }
  | { type: 'answer'; teamId: string; eventId: string; optionId: string }
  /** the quarter's small requests answered together, in one dialog */
  | { type: 'answer-requests'; teamId: string; answers: RequestAnswer[] }
  /** a team's forecast of the open quarter, before it resolves (replaces an earlier one) */
  | { type: 'forecast'; teamId: string; forecast: Forecast }
  /** a facilitator's dilemma for every team, shown with the next quarter's choices */
  | { type: 'inject'; cardId: string }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'end' };

export interface TeamRecord {
  id: string;
  name: string;
  token: string;
  removed: boolean;
  /** null until the first quarter opens */
  game: Game | null;
  /** the plan submitted for the open quarter */
  submitted: Decisions | null;
  /** quarters whose plan was the default because the team had not submitted */
  defaulted: number[];
  /** the team's forecasts, one per quarter at most (scored once the quarter resolves) */
  forecasts: Forecast[];
}

export interface Session {
  settings: SessionSettings;
  phase: SessionPhase;
  /** the quarter open for planning, or the last closed one while its results are shown; 0 in the lobby */
  quarter: number;
  teams: TeamRecord[];
}

export function scenarioWeights(scenario: Scenario): Record<KpiArea, number> {
  const weights = {} as Record<KpiArea, number>;
  for (const area of KPI_AREAS) weights[area] = scenario.scoring[area] ?? 0;
  return weights;
}

export function newSession(scenario: Scenario, seed: number): Session {
  return {
    settings: {
      seed,
      quarters: Math.min(4, scenario.horizonQuarters),
      timerSeconds: 600,
      weights: scenarioWeights(scenario),
      language: 'ja',
    },
    phase: 'lobby',
    quarter: 0,
    teams: [],
  };
}

export function activeTeams(session: Session): TeamRecord[] {
  return session.teams.filter((t) => !t.removed);
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

function refuse(error: Refusal): Result<Session, Refusal> {
  return { ok: false, error };
}

function withTeam(session: Session, teamId: string, change: Partial<TeamRecord>): Session {
  return {
    ...session,
    teams: session.teams.map((t) => (t.id === teamId ? { ...t, ...change } : t)),
  };
}

function checkName(session: Session, name: string, except?: string): Refusal | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return { code: 'team-name-empty' };
  if (trimmed.length > TEAM_NAME_MAX) return { code: 'team-name-too-long', max: TEAM_NAME_MAX };
  const taken = activeTeams(session).some((t) => t.id !== except && sameName(t.name, trimmed));
  return taken ? { code: 'team-name-taken', name: trimmed } : null;
}

/** The longest round timer, in seconds (two hours). */
export const MAX_TIMER_SECONDS = 7200;

function checkSettings(scenario: Scenario, s: SessionSettings): Refusal | null {
  if (!Number.isInteger(s.seed)) return { code: 'message-invalid', type: 'settings', path: 'seed' };
  if (!Number.isInteger(s.quarters) || s.quarters < 1 || s.quarters > scenario.horizonQuarters)
    return { code: 'settings-quarters', max: scenario.horizonQuarters };
  if (!Number.isInteger(s.timerSeconds) || s.timerSeconds < 0 || s.timerSeconds > MAX_TIMER_SECONDS)
    return { code: 'settings-timer', max: MAX_TIMER_SECONDS / 60 };
  const weights = Object.values(s.weights);
  if (weights.some((w) => !(w >= 0))) return { code: 'settings-weights-negative' };
  if (weights.reduce((a, b) => a + b, 0) <= 0) return { code: 'settings-weights-zero' };
  return null;
}

/** Applies one action; a refusal names what is wrong and leaves the session as it was. */
export function applySessionAction(
  scenario: Scenario,
  session: Session,
  action: SessionAction,
): Result<Session, Refusal> {
  if (session.phase === 'ended') return refuse({ code: 'workshop-ended' });
  switch (action.type) {
    case 'settings': {
      if (session.phase !== 'lobby') return refuse({ code: 'settings-after-start' });
      const problem = checkSettings(scenario, action.settings);
      return problem
        ? refuse(problem)
        : { ok: true, value: { ...session, settings: action.settings } };
    }
    case 'join': {
      const late =
        session.phase !== 'lobby' && !(session.phase === 'planning' && session.quarter === 1);
      if (late) return refuse({ code: 'join-too-late' });
      if (activeTeams(session).length >= MAX_TEAMS)
        return refuse({ code: 'room-full', max: MAX_TEAMS });
      const problem = checkName(session, action.name);
      if (problem) return refuse(problem);
      const name = action.name.trim();
      const team: TeamRecord = {
        id: action.teamId,
        name,
        token: action.token,
        removed: false,
        game: session.phase === 'lobby' ? null : startGame(scenario, session, name),
        submitted: null,
        defaulted: [],
        forecasts: [],
      };
      return { ok: true, value: { ...session, teams: [...session.teams, team] } };
    }
    case 'rename': {
      const team = findTeam(session, action.teamId);
      if (!team) return refuse({ code: 'team-unknown', teamId: action.teamId });
      const problem = checkName(session, action.name, team.id);
      return problem
        ? refuse(problem)
        : { ok: true, value: withTeam(session, team.id, { name: action.name.trim() }) };
    }
    case 'remove': {
      const team = findTeam(session, action.teamId);
      if (!team) return refuse({ code: 'team-unknown', teamId: action.teamId });
      return { ok: true, value: withTeam(session, team.id, { removed: true }) };
    }
    case 'submit': {
      if (session.phase !== 'planning')
        return refuse({ code: 'quarter-not-open', quarter: session.quarter + 1 });
      const team = findTeam(session, action.teamId);
      if (!team?.game) return refuse({ code: 'team-unknown', teamId: action.teamId });
      if (phaseOf(team.game) !== 'planning') return refuse({ code: 'team-game-ended' });
      const problems = checkDecisions(team.game, action.decisions);
      if (problems.length > 0)
        return refuse({ code: 'game-refused', reasons: engineReasons(problems) });
      return { ok: true, value: withTeam(session, team.id, { submitted: action.decisions }) };
    }
    case 'answer': {
      if (session.phase !== 'results') return refuse({ code: 'answer-after-close' });
      const team = findTeam(session, action.teamId);
      if (!team?.game) return refuse({ code: 'team-unknown', teamId: action.teamId });
      const next = act(team.game, {
        type: 'answer',
        eventId: action.eventId,
        optionId: action.optionId,
      });
      return next.ok ? { ok: true, value: withTeam(session, team.id, { game: next.value }) } : next;
    }
    case 'answer-requests': {
      if (session.phase !== 'results') return refuse({ code: 'answer-after-close' });
      const team = findTeam(session, action.teamId);
      if (!team?.game) return refuse({ code: 'team-unknown', teamId: action.teamId });
      const next = act(team.game, { type: 'answer-requests', answers: action.answers });
      return next.ok ? { ok: true, value: withTeam(session, team.id, { game: next.value }) } : next;
    }
    case 'forecast': {
      if (session.phase !== 'planning') return refuse({ code: 'forecast-while-open' });
      const team = findTeam(session, action.teamId);
      if (!team?.game) return refuse({ code: 'team-unknown', teamId: action.teamId });
      if (phaseOf(team.game) !== 'planning') return refuse({ code: 'team-game-ended' });
      const shape = forecastSchema.safeParse(action.forecast);
      if (!shape.success)
        return refuse({
          code: 'forecast-invalid',
          paths: shape.error.issues.map((i) => ['forecast', ...i.path].join('.')),
        });
      if (action.forecast.quarter !== team.game.quarter)
        return refuse({
          code: 'forecast-quarter',
          open: team.game.quarter,
          given: action.forecast.quarter,
        });
      const forecasts = [
        ...team.forecasts.filter((f) => f.quarter !== action.forecast.quarter),
        action.forecast,
      ];
      return { ok: true, value: withTeam(session, team.id, { forecasts }) };
    }
    case 'inject':
      return injectCard(session, action.cardId);
    case 'open':
      return openQuarter(scenario, session);
    case 'close':
      return closeQuarter(session);
    case 'end':
      return { ok: true, value: { ...session, phase: 'ended' } };
  }
}

function findTeam(session: Session, teamId: string): TeamRecord | undefined {
  return session.teams.find((t) => t.id === teamId && !t.removed);
}

function startGame(scenario: Scenario, session: Session, name: string): Game {
  return newGame(scenario, session.settings.seed, { playerName: name });
}

function openQuarter(scenario: Scenario, session: Session): Result<Session, Refusal> {
  if (session.phase === 'planning')
    return refuse({ code: 'quarter-already-open', quarter: session.quarter });
  if (session.phase === 'lobby') {
    if (activeTeams(session).length === 0) return refuse({ code: 'no-team-yet' });
    const teams = session.teams.map((t) =>
      t.removed ? t : { ...t, game: startGame(scenario, session, t.name) },
    );
    return { ok: true, value: { ...session, phase: 'planning', quarter: 1, teams } };
  }
  if (session.quarter >= session.settings.quarters)
    return refuse({ code: 'last-quarter', quarter: session.quarter });
  const teams = session.teams.map((t) =>
    t.removed || !t.game ? t : { ...t, game: advanceToPlanning(t.game), submitted: null },
  );
  return {
    ok: true,
    value: { ...session, phase: 'planning', quarter: session.quarter + 1, teams },
  };
}

function injectCard(session: Session, cardId: string): Result<Session, Refusal> {
  if (session.phase === 'lobby') return refuse({ code: 'inject-before-start' });
  const teams: TeamRecord[] = [];
  for (const t of session.teams) {
    if (t.removed || !t.game || phaseOf(t.game) === 'ended') {
      teams.push(t);
      continue;
    }
    const next = act(t.game, { type: 'inject-card', cardId });
    if (!next.ok) return refuse({ ...next.error, team: t.name });
    teams.push({ ...t, game: next.value });
  }
  return { ok: true, value: { ...session, teams } };
}

function closeQuarter(session: Session): Result<Session, Refusal> {
  if (session.phase !== 'planning') return refuse({ code: 'no-quarter-open' });
  const teams: TeamRecord[] = [];
  for (const t of session.teams) {
    if (t.removed || !t.game || phaseOf(t.game) !== 'planning') {
      teams.push(t);
      continue;
    }
    const plan = t.submitted ?? latePlan(t.game);
    const next = act(t.game, { type: 'submit', decisions: plan });
    if (!next.ok) return refuse({ ...next.error, team: t.name });
    const defaulted = t.submitted ? t.defaulted : [...t.defaulted, session.quarter];
    teams.push({ ...t, game: next.value, submitted: null, defaulted });
  }
  return { ok: true, value: { ...session, phase: 'results', teams } };
}

/** The session after a whole log, or the first refusal with its index (for the operator's terminal). */
export function replaySession(
  scenario: Scenario,
  seed: number,
  log: readonly SessionAction[],
): Result<Session, string> {
  let session = newSession(scenario, seed);
  for (const [i, action] of log.entries()) {
    const next = applySessionAction(scenario, session, action);
    if (!next.ok)
      return {
        ok: false,
        error: `log[${i}] (${action.type}) is refused: ${describeRefusal(next.error)}`,
      };
    session = next.value;
  }
  return { ok: true, value: session };
}

/** The log without the last close and what followed it, when the last phase change was a close. */
export function logBeforeLastClose(log: readonly SessionAction[]): SessionAction[] | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const type = log[i]?.type;
    if (type === 'close') return log.slice(0, i);
    if (type === 'open' || type === 'end') return null;
  }
  return null;
}
