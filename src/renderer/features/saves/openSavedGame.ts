/**
 * Turning a save the host opened into a running engine Game, with every way that can fail kept
 * apart so the player is told which: the host could not read it (missing, too large, not JSON,
 * not a save), the scenario it names is not available, or the engine refused it (newer version,
 * corrupt, truncated, foreign, changed scenario, diverged replay). A save of another engine
 * version that replays validly but to other numbers is refused too, unless the player chose to
 * open it under the current model. Nothing is written here: a refused file is left exactly as
 * it was.
 */
import type {
  HostApi,
  HostError,
  HostResult,
  LoadedScenario,
  OpenedGame,
} from '../../../shared/host-api';
import type { GameLaunch } from '../../app/screens';
import { scenarioOfSave } from './scenarioOfSave';
import {
  loadSave,
  migrateSave,
  toSave,
  type Decisions,
  type Game,
  type LoadSaveError,
  type ModelChange,
} from '../../../sim/index';

export type OpenProblem =
  | { source: 'host'; error: HostError }
  | { source: 'scenario-missing'; name: string; scenarioId: string }
  | { source: 'save'; name: string; error: LoadSaveError };

export interface SavedRun {
  game: Game;
  /** what the host returned (fileRef for "Save", the name to show) */
  opened: OpenedGame;
  /** the scenario as the host handed it over */
  scenario: LoadedScenario;
  /** set when the player chose to open a save of another engine version under this model */
  modelChange: ModelChange | null;
  /** the unsubmitted plan saved with it, if any (kept when the save is re-written) */
  draft: Decisions | null;
}

export type OpenOptions = { acceptModelChange: boolean };

export type OpenOutcome =
  | { ok: true; value: SavedRun }
  | { ok: false; problem: OpenProblem }
  | { ok: false; problem: null }; // the player cancelled the dialog: nothing to show

/** Validates and replays an opened save against its scenario (from the host). */
export async function gameFromOpened(
  host: HostApi,
  opened: OpenedGame,
  options: OpenOptions = { acceptModelChange: false },
): Promise<OpenOutcome> {
  const migrated = migrateSave(opened.json);
  if (!migrated.ok)
    return { ok: false, problem: { source: 'save', name: opened.name, error: migrated.error } };
  const scenarioId = migrated.value.scenario.id;
  const found = await scenarioOfSave(host, migrated.value.scenario);
  if (!found)
    return { ok: false, problem: { source: 'scenario-missing', name: opened.name, scenarioId } };
  const loaded = loadSave(opened.json, found.scenario, options);
  if (!loaded.ok)
    return { ok: false, problem: { source: 'save', name: opened.name, error: loaded.error } };
  const { game, modelChange, draft } = loaded.value;
  return { ok: true, value: { game, opened, scenario: found.loaded, modelChange, draft } };
}

/**
 * The launch of an opened save. A game re-opened under the current model is launched as this
 * engine's save (current engineVersion and checksum) and without its file, so the original file
 * stays as the older version wrote it and "Save" asks where to put the re-opened game.
 */
export function launchOfRun(run: SavedRun, source: 'file' | 'autosave'): GameLaunch {
  const save: OpenedGame = run.modelChange
    ? { ...run.opened, fileRef: null, json: toSave(run.game, { draft: run.draft }) }
    : run.opened;
  return { kind: 'saved', scenario: run.scenario, save, source };
}

export async function openSavedGame(
  host: HostApi,
  opening: Promise<HostResult<OpenedGame>>,
  options?: OpenOptions,
): Promise<OpenOutcome> {
  const opened = await opening;
  if (!opened.ok)
    return {
      ok: false,
      problem: opened.error.code === 'cancelled' ? null : { source: 'host', error: opened.error },
    };
  return gameFromOpened(host, opened.value, options);
}

/** True when the player may choose to open the refused save under the current model. */
export function offersModelChange(problem: OpenProblem): boolean {
  return problem.source === 'save' && problem.error.modelChange !== undefined;
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
