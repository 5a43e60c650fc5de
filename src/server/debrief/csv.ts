/**
 * The debrief's CSV: one row per team and played quarter, with the plan played (every lever of
 * the lever table), the answers given after the quarter and every metric the engine recorded.
 * Cells hold the engine's numbers as they are (no rounding), so a spreadsheet or a script can
 * recompute anything the pages show.
 */
import Papa from 'papaparse';
import { selectLevers, getLever, type Game, type QuarterMetrics } from '../../sim/index';

export interface CsvTeam {
  name: string;
  game: Game;
  /** quarters in which the team had not submitted and last quarter's plan was played */
  defaulted: readonly number[];
}

/** A lever's value in a cell: numbers, flags and choices as they are; lists and staff lines as JSON. */
export function leverCell(value: unknown): string | number | boolean {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return JSON.stringify(value);
}

/** The answers given after a quarter, as `source=option` pairs separated by `; `. */
export function answersCell(game: Game, quarter: number): string {
  const record = game.history[quarter - 1];
  return (record?.choices ?? []).map((c) => `${c.sourceId}=${c.optionId}`).join('; ');
}

export function debriefCsv(teams: readonly CsvTeam[]): string {
  const leverIds = selectLevers().map((l) => l.id);
  const first = teams.find((t) => t.game.history.length > 0)?.game.history[0]?.metrics;
  const metricIds = Object.keys(first ?? {}) as (keyof QuarterMetrics)[];
  const fields = [
    'team',
    'quarter',
    'plan',
    ...leverIds.map((id) => `plan.${id}`),
    'answers',
    ...metricIds.map((id) => `metric.${id}`),
  ];
  const data = teams.flatMap((team) =>
    team.game.history.map((record) => [
      team.name,
      record.quarter,
      team.defaulted.includes(record.quarter) ? 'default' : 'submitted',
      ...leverIds.map((id) => leverCell(getLever(record.decisions, id))),
      answersCell(team.game, record.quarter),
      ...metricIds.map((id) => record.metrics[id]),
    ]),
  );
  return Papa.unparse({ fields, data }, { newline: '\r\n' });
}
