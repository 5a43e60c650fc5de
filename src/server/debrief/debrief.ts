/**
 * The debrief pack's data, from the engine's selectors only: every team's story (narrative,
 * answers, turning points), the leaderboard, the dilemmas the room met with who chose what, and
 * the CSV. A team is given its own story and CSV; the facilitator is given every team's.
 */
import {
  deckFor,
  reflectionQuestions,
  scoreGameForecasts,
  selectChoices,
  selectOutcome,
  selectQuarterReport,
  type DilemmaCard,
  type Scenario,
} from '../../sim/index';
import type { DebriefView, DilemmaDiscussion, TeamDebrief } from '../../shared/workshop';
import { activeTeams, type Session, type TeamRecord } from '../session/session';
import { roomView } from '../views';
import { debriefCsv } from './csv';

type PlayedTeam = TeamRecord & { game: NonNullable<TeamRecord['game']> };

function played(session: Session): PlayedTeam[] {
  return activeTeams(session).filter(
    (t): t is PlayedTeam => t.game !== null && t.game.history.length > 0,
  );
}

function teamDebrief(
  team: PlayedTeam,
  weighted: Scenario,
  room: DebriefView['room'],
): TeamDebrief | null {
  const rank = room.standings.findIndex((s) => s.teamId === team.id);
  const standing = room.standings[rank];
  if (!standing) return null;
  const game = team.game;
  return {
    standing,
    rank: rank + 1,
    turningPoints: selectOutcome({ ...game, scenario: weighted }).turningPoints,
    quarters: game.history.map((record) => ({
      quarter: record.quarter,
      narrative: selectQuarterReport(game, record.quarter).narrative,
      choices: selectChoices(game, record.quarter),
      defaulted: team.defaulted.includes(record.quarter),
    })),
    forecasts: scoreGameForecasts(game, team.forecasts),
  };
}

/**
 * The dilemma cards the teams answered, in the order first met, with each option's teams and the
 * card's reflection questions (the general ones, for a card without its own, by whether every
 * team chose alike).
 */
function dilemmasMet(scenario: Scenario, teams: readonly PlayedTeam[]): DilemmaDiscussion[] {
  const deck = deckFor(scenario);
  const met = new Map<string, { card: DilemmaCard; options: DilemmaDiscussion['options'] }>();
  const quarters = Math.max(0, ...teams.map((t) => t.game.history.length));
  for (let q = 0; q < quarters; q++)
    for (const team of teams)
      for (const choice of team.game.history[q]?.choices ?? []) {
        const card = deck.dilemmas.find((c) => c.id === choice.sourceId);
        if (!card) continue;
        let seen = met.get(card.id);
        if (!seen) {
          seen = {
            card,
            options: card.options.map((o) => ({ optionId: o.id, label: o.label, teams: [] })),
          };
          met.set(card.id, seen);
        }
        const option = seen.options.find((o) => o.optionId === choice.optionId);
        if (option && !option.teams.includes(team.name)) option.teams.push(team.name);
      }
  return [...met.values()].map(({ card, options }) => ({
    cardId: card.id,
    title: card.title,
    body: card.body,
    options,
    questions: reflectionQuestions(card, options.filter((o) => o.teams.length > 0).length <= 1),
  }));
}

/** The debrief for the facilitator (every team) or for one team (`onlyTeamId`). */
export function debriefView(
  scenario: Scenario,
  weighted: Scenario,
  session: Session,
  onlyTeamId: string | null,
): DebriefView {
  const room = roomView(scenario, weighted, session);
  const teams = played(session);
  const shown = onlyTeamId === null ? teams : teams.filter((t) => t.id === onlyTeamId);
  return {
    room,
    teams: shown.flatMap((t) => teamDebrief(t, weighted, room) ?? []),
    dilemmas: dilemmasMet(scenario, teams),
    csv: debriefCsv(shown),
  };
}
