import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  FORECAST_FIGURES,
  applyAction,
  defaultDecisions,
  deckFor,
  forecastBaseline,
  scoreGameForecasts,
  newGame,
  pendingEvents,
  phaseOf,
  selectLevers,
  setLever,
  type Decisions,
  type Game,
  type LeverInfo,
} from '../../src/sim/index';
import { debriefView } from '../../src/server/debrief/debrief';
import {
  applySessionAction,
  newSession,
  type Session,
  type SessionAction,
} from '../../src/server/session/session';
import { reweighted } from '../../src/server/views';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const SEED = 5;

function run(actions: SessionAction[]): Session {
  let session = newSession(scenario, SEED);
  for (const action of actions) {
    const next = applySessionAction(scenario, session, action);
    if (!next.ok) throw new Error(`${action.type}: ${next.error}`);
    session = next.value;
  }
  return session;
}

/** Answers every pending dilemma of every team with its last option (not the default). */
function answers(session: Session): SessionAction[] {
  return session.teams.flatMap((t) =>
    t.game
      ? pendingEvents(t.game).map((e) => ({
          type: 'answer' as const,
          teamId: t.id,
          eventId: e.id,
          optionId: e.options[e.options.length - 1]!.id,
        }))
      : [],
  );
}

/** Three quarters: Blue submits a plan of its own each quarter and forecasts quarters 1 and 3; Red never submits nor forecasts. */
function playedSession(): Session {
  let session = run([
    { type: 'settings', settings: { ...newSession(scenario, SEED).settings, quarters: 3 } },
    { type: 'join', teamId: 't1', name: 'Blue', token: 'b' },
    { type: 'join', teamId: 't2', name: 'Red "quoted", team', token: 'r' },
  ]);
  const log: SessionAction[] = [];
  const step = (actions: SessionAction[]) => {
    for (const a of actions) {
      const next = applySessionAction(scenario, session, a);
      if (!next.ok) throw new Error(`${a.type}: ${next.error}`);
      session = next.value;
      log.push(a);
    }
  };
  for (let q = 1; q <= 3; q++) {
    step([{ type: 'open' }]);
    const blue = session.teams[0]!.game!;
    let plan = setLever(defaultDecisions(blue), 'budget.rightsizing', q % 2 === 1);
    plan = setLever(plan, 'budget.commitmentCoverage', 0.1 * q);
    if (q !== 2) {
      const base = forecastBaseline(blue);
      const forecast = {
        quarter: q,
        figures: { ...base, incidents: base.incidents + q, cash: base.cash * 0.97 },
        reason: `quarter ${q}: more load, "same" on-call`,
      };
      step([{ type: 'forecast', teamId: 't1', forecast }]);
    }
    step([{ type: 'submit', teamId: 't1', decisions: plan }, { type: 'close' }]);
    step(answers(session));
  }
  return session;
}

function cellValue(lever: LeverInfo, cell: string): unknown {
  switch (lever.kind) {
    case 'number':
    case 'share':
      return Number(cell);
    case 'boolean':
      return cell === 'true';
    case 'choice':
      return lever.choices?.find((c) => String(c.value) === cell)?.value ?? cell;
    default:
      return JSON.parse(cell);
  }
}

/** The plan a CSV row describes, lever by lever. */
function planOf(row: Record<string, string>, game: Game): Decisions {
  let plan = defaultDecisions(game);
  for (const lever of selectLevers())
    plan = setLever(plan, lever.id, cellValue(lever, row[`plan.${lever.id}`]!) as never);
  return plan;
}

/** Replays a team's rows with the engine alone: its plans and answers must give its metrics. */
function replayRows(rows: Record<string, string>[], playerName: string): Game {
  let game = newGame(scenario, SEED, { playerName });
  const must = (next: ReturnType<typeof applyAction>) => {
    if (!next.ok) throw new Error(next.error.reason.en);
    return next.value;
  };
  for (const row of rows) {
    game = must(applyAction(game, { type: 'submit', decisions: planOf(row, game) }));
    const chosen = new Map(
      (row.answers ? row.answers.split('; ') : []).map(
        (pair) => pair.split('=') as [string, string],
      ),
    );
    for (const event of pendingEvents(game)) {
      const optionId = chosen.get(event.sourceId);
      if (!optionId) throw new Error(`no answer in the CSV for ${event.sourceId}`);
      game = must(applyAction(game, { type: 'answer', eventId: event.id, optionId }));
    }
    if (phaseOf(game) === 'review') game = must(applyAction(game, { type: 'continue' }));
  }
  return game;
}

describe('the debrief CSV', () => {
  const session = playedSession();
  const weighted = reweighted(scenario, session.settings.weights);
  const csv = debriefView(scenario, weighted, session, null).csv;
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('has one row per team and quarter, the plan played and whether it was the default', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [r.team, r.quarter, r.plan])).toEqual([
      ['Blue', '1', 'submitted'],
      ['Blue', '2', 'submitted'],
      ['Blue', '3', 'submitted'],
      ['Red "quoted", team', '1', 'default'],
      ['Red "quoted", team', '2', 'default'],
      ['Red "quoted", team', '3', 'default'],
    ]);
  });

  it("equals the engine's games: every plan, answer and metric as each team's game recorded it", () => {
    for (const team of session.teams) {
      const rows = parsed.data.filter((r) => r.team === team.name);
      const game = team.game!;
      expect(rows).toHaveLength(game.history.length);
      for (const [i, record] of game.history.entries()) {
        const row = rows[i]!;
        expect(planOf(row, game)).toEqual(record.decisions);
        expect(row.answers).toBe(
          record.choices.map((c) => `${c.sourceId}=${c.optionId}`).join('; '),
        );
        for (const [metric, value] of Object.entries(record.metrics))
          expect(Number(row[`metric.${metric}`]), `${team.name} Q${i + 1} ${metric}`).toBe(value);
      }
      expect(game.history.some((r) => r.choices.length > 0)).toBe(true);
    }
  });

  it("extends each row with the team's forecast of the quarter, the actual figures and the engine's scores", () => {
    for (const team of session.teams) {
      const rows = parsed.data.filter((r) => r.team === team.name);
      const scores = scoreGameForecasts(team.game!, team.forecasts);
      for (const [i, record] of team.game!.history.entries()) {
        const row = rows[i]!;
        const scored = scores.find((s) => s.quarter === record.quarter);
        const where = `${team.name} Q${record.quarter}`;
        for (const figure of FORECAST_FIGURES) {
          const expected = scored?.figures.find((f) => f.figure === figure);
          expect(Number(row[`actual.${figure}`]), where).toBe(record.metrics[figure]);
          expect(row[`forecast.${figure}`], where).toBe(expected ? String(expected.forecast) : '');
          expect(row[`score.${figure}`], where).toBe(expected ? String(expected.score) : '');
        }
        expect(row['forecast.score'], where).toBe(scored ? String(scored.score) : '');
        expect(row['forecast.reason'], where).toBe(scored?.reason ?? '');
      }
    }
    const blue = parsed.data.filter((r) => r.team === 'Blue');
    expect(blue.map((r) => r['forecast.reason'])).toEqual([
      'quarter 1: more load, "same" on-call',
      '',
      'quarter 3: more load, "same" on-call',
    ]);
    expect(parsed.data.filter((r) => r['forecast.score'] !== '')).toHaveLength(2);
  });

  it("replays: the plans and answers in the CSV give the CSV's metrics through the engine alone", () => {
    for (const team of session.teams) {
      const rows = parsed.data.filter((r) => r.team === team.name);
      const replayed = replayRows(rows, team.name);
      expect(replayed.history.map((h) => h.metrics)).toEqual(
        team.game!.history.map((h) => h.metrics),
      );
    }
  });

  it("gives a team its own rows only, and the facilitator every team's", () => {
    const own = debriefView(scenario, weighted, session, 't1');
    expect(own.teams.map((t) => t.standing.name)).toEqual(['Blue']);
    const rows = Papa.parse<Record<string, string>>(own.csv, {
      header: true,
      skipEmptyLines: true,
    });
    expect(new Set(rows.data.map((r) => r.team))).toEqual(new Set(['Blue']));
    expect(debriefView(scenario, weighted, session, null).teams).toHaveLength(2);
  });
});

describe('the debrief', () => {
  const session = playedSession();
  const view = debriefView(scenario, reweighted(scenario, session.settings.weights), session, null);

  it("tells each team's story quarter by quarter with its answers and the quarters it defaulted", () => {
    const red = view.teams.find((t) => t.standing.teamId === 't2')!;
    expect(red.quarters.map((q) => q.quarter)).toEqual([1, 2, 3]);
    expect(red.quarters.every((q) => q.defaulted)).toBe(true);
    expect(red.quarters.some((q) => q.narrative.length > 0)).toBe(true);
    expect(red.quarters.flatMap((q) => q.choices).length).toBeGreaterThan(0);
    expect(view.teams.map((t) => t.rank).sort()).toEqual([1, 2]);
  });

  it('lists every dilemma the room met with the teams behind each option', () => {
    const answered = new Set(
      session.teams.flatMap((t) =>
        t.game!.history.flatMap((h) => h.choices.map((c) => c.sourceId)),
      ),
    );
    expect(view.dilemmas.length).toBeGreaterThan(0);
    for (const d of view.dilemmas) {
      expect(answered.has(d.cardId)).toBe(true);
      expect(d.options.flatMap((o) => o.teams).sort()).toEqual(
        session.teams
          .filter((t) =>
            t.game!.history.some((h) => h.choices.some((c) => c.sourceId === d.cardId)),
          )
          .map((t) => t.name)
          .sort(),
      );
    }
  });

  it("gives each dilemma the room met the card's own reflection questions", () => {
    for (const d of view.dilemmas) {
      const card = deckFor(scenario).dilemmas.find((c) => c.id === d.cardId)!;
      expect(d.questions).toEqual(card.reflection);
    }
  });
});
