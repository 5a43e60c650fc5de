/**
 * Turning a save the host opened into a running engine Game, with every way that can fail kept
 * apart so the player is told which: the host could not read it (missing, too large, not JSON,
 * not a save), the scenario it names is not available, or the engine refused it (newer version,
 * corrupt, truncated, foreign, changed scenario, diverged replay). Nothing is written here: a
 * refused file is left exactly as it was.
 */
import type {
  HostApi,
  HostError,
  HostResult,
  LoadedScenario,
  OpenedGame,
} from '../../../shared/host-api';
import {
  loadSave,
  migrateSave,
  parseScenario,
  type Game,
  type SaveError,
} from '../../../sim/index';

export type OpenProblem =
  | { source: 'host'; error: HostError }
  | { source: 'scenario-missing'; name: string; scenarioId: string }
  | { source: 'save'; name: string; error: SaveError };

export interface SavedRun {
  game: Game;
  /** what the host returned (fileRef for "Save", the name to show) */
  opened: OpenedGame;
}

export type OpenOutcome =
  | { ok: true; value: SavedRun }
  | { ok: false; problem: OpenProblem }
  | { ok: false; problem: null }; // the player cancelled the dialog: nothing to show

/** Validates and replays an opened save against its scenario (from the host). */
export async function gameFromOpened(host: HostApi, opened: OpenedGame): Promise<OpenOutcome> {
  const migrated = migrateSave(opened.json);
  if (!migrated.ok)
    return { ok: false, problem: { source: 'save', name: opened.name, error: migrated.error } };
  const scenarioId = migrated.value.scenario.id;
  const scenario = await host.loadScenario(scenarioId);
  const parsed = scenario.ok ? parseScenario(scenario.value.json) : null;
  if (!parsed?.ok)
    return { ok: false, problem: { source: 'scenario-missing', name: opened.name, scenarioId } };
  const loaded = loadSave(opened.json, parsed.value);
  if (!loaded.ok)
    return { ok: false, problem: { source: 'save', name: opened.name, error: loaded.error } };
  return { ok: true, value: { game: loaded.value, opened } };
}

export async function openSavedGame(
  host: HostApi,
  opening: Promise<HostResult<OpenedGame>>,
): Promise<OpenOutcome> {
  const opened = await opening;
  if (!opened.ok)
    return {
      ok: false,
      problem: opened.error.code === 'cancelled' ? null : { source: 'host', error: opened.error },
    };
  return gameFromOpened(host, opened.value);
}

/** The scenario of a game as the host would hand it over, so the game screen can relaunch it. */
export function loadedScenarioOf(game: Game): LoadedScenario {
  const s = game.scenario;
  return {
    summary: {
      id: s.id,
      fileName: `${s.id}.json`,
      title: s.title,
      description: s.description,
      difficulty: s.difficulty,
      horizonQuarters: s.horizonQuarters,
      currency: s.currency,
    },
    json: s,
  };
}
