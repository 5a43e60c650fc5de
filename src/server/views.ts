/**
 * What each client is sent: built from the engine's selectors only. A team sees its own game;
 * the projector and facilitator see resolved quarters of every team, never a pending plan.
 */
import {
  calibrationOf,
  deckFor,
  defaultDecisions,
  forecastBaseline,
  pendingEvents,
  phaseOf,
  selectKpis,
  selectOutcome,
  selectQuarterReport,
  selectRequestStakes,
  selectScore,
  scoreGameForecasts,
  type Game,
  type KpiArea,
  type Scenario,
} from '../sim/index';
import {
  SERIES_METRICS,
  type FacilitatorView,
  type RoomView,
  type SeriesMetric,
  type TeamStanding,
  type TeamView,
} from '../shared/workshop';
import { activeTeams, type Session, type TeamRecord } from './session/session';

export function teamView(
  scenario: Scenario,
  session: Session,
  team: TeamRecord,
  draft: TeamView['draft'],
): TeamView {
  const game = team.game;
  const planning = game !== null && phaseOf(game) === 'planning';
  return {
    teamId: team.id,
    name: team.name,
    currency: scenario.currency,
    sessionPhase: session.phase,
    quarter: session.quarter,
    quartersTotal: session.settings.quarters,
    gamePhase: game ? phaseOf(game) : null,
    plan: planning
      ? {
          quarter: game.quarter,
          scenario: { initiatives: scenario.initiatives, riskRegister: scenario.riskRegister },
        }
      : null,
    defaultPlan: planning ? defaultDecisions(game) : null,
    submittedPlan: team.submitted,
    draft: planning ? draft : null,
    kpis: game ? selectKpis(game) : [],
    pending: game ? pendingEvents(game) : [],
    pendingStakes: game ? pendingEvents(game).map((e) => selectRequestStakes(game, e)) : [],
    lastNarrative:
      game && game.history.length > 0
        ? selectQuarterReport(game, game.history.length).narrative
        : [],
    score: game && game.history.length > 0 ? selectScore(game) : null,
    lastPlanWasDefault: team.defaulted.includes(session.quarter),
    forecast: planning ? (team.forecasts.find((f) => f.quarter === game.quarter) ?? null) : null,
    forecastBaseline: planning ? forecastBaseline(game) : null,
    forecastScores: game ? scoreGameForecasts(game, team.forecasts) : [],
  };
}

/**
 * The scenario with the session's weights, so the engine's own score rule ranks the room.
 * One object per weights: the engine caches per scenario object.
 */
export function reweighted(scenario: Scenario, weights: Record<KpiArea, number>): Scenario {
  return { ...scenario, scoring: { ...scenario.scoring, ...weights } };
}

function seriesOf(game: Game): Record<SeriesMetric, number[]> {
  const series = {} as Record<SeriesMetric, number[]>;
  for (const metric of SERIES_METRICS) series[metric] = game.history.map((h) => h.metrics[metric]);
  return series;
}

function standing(
  team: TeamRecord,
  game: Game,
  weighted: Scenario,
  revealedQuarter: number,
): TeamStanding {
  const scored = selectOutcome({ ...game, scenario: weighted });
  const forecasts = scoreGameForecasts(game, team.forecasts);
  return {
    teamId: team.id,
    name: team.name,
    weightedScore: scored.score,
    status: scored.status,
    grade: scored.grade,
    byArea: scored.byArea.map((a) => ({ area: a.area, score: a.score })),
    series: seriesOf(game),
    defaultedQuarters: team.defaulted,
    calibration: calibrationOf(forecasts),
    quarterForecast: forecasts.find((f) => f.quarter === revealedQuarter)?.score ?? null,
  };
}

export function roomView(scenario: Scenario, weighted: Scenario, session: Session): RoomView {
  const standings: TeamStanding[] = [];
  // Only resolved quarters are shown: a team stands on the board once its first quarter closed.
  for (const team of activeTeams(session))
    if (team.game && team.game.history.length > 0)
      standings.push(standing(team, team.game, weighted, session.quarter));
  standings.sort((a, b) => b.weightedScore - a.weightedScore || a.name.localeCompare(b.name));
  return {
    scenarioTitle: scenario.title,
    currency: scenario.currency,
    quarter: session.quarter,
    quartersTotal: session.settings.quarters,
    phase: session.phase,
    weights: session.settings.weights,
    standings,
  };
}

export function facilitatorView(
  scenario: Scenario,
  session: Session,
  joinCode: string,
  canUndoClose: boolean,
): FacilitatorView {
  return {
    settings: session.settings,
    horizonQuarters: scenario.horizonQuarters,
    canUndoClose,
    joinCode,
    dilemmas: deckFor(scenario).dilemmas.map((d) => ({ id: d.id, title: d.title })),
    teams: activeTeams(session).map((t) => ({
      teamId: t.id,
      name: t.name,
      submitted: t.submitted !== null,
      forecasted:
        t.game !== null &&
        phaseOf(t.game) === 'planning' &&
        t.forecasts.some((f) => f.quarter === t.game!.quarter),
      answered: t.game !== null && t.game.history.length > 0 && pendingEvents(t.game).length === 0,
      ended: t.game !== null && phaseOf(t.game) === 'ended',
    })),
  };
}
