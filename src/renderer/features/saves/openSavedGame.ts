/**
 * Turning a save the host opened into a running engine Game, with every way that can fail kept
 * apart so the player is told which: the host could not read it (missing, too large, not JSON,
 * not a save), the scenario it names is not available, or the engine refused it (newer version,
 * corrupt, truncated, foreign, changed scenario, diverged replay). A save of another engine
 * version that replays validly but to other numbers is refused too, unless the player chose to
 * open it under the current model. Nothing is written here: a refused file is left exactly as
 * it was.
 */
import type { HostApi, HostError, HostResult, OpenedGame } from '../../../shared/host-api';
import type { GameLaunch } from '../../app/screens';
import { scenarioOfSave } from './scenarioOfSave';
import {
  loadSave,
  migrateSave,
  type Decisions,
  type Game,
  type LoadSaveError,
  type LocalizedText,
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
  /** set when the player chose to open a save of another engine version under this model */
  modelChange: ModelChange | null;
  /** the unsubmitted plan saved with it, if any (kept when the save is re-written) */
  draft: Decisions | null;
  /** what the player is told on opening: a draft left out, a prototype save, a model change */
  warnings: LocalizedText[];
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
  const { game, modelChange, draft, warnings } = loaded.value;
  return {
    ok: true,
    value: { game, opened, modelChange, draft, warnings },
  };
}

/**
 * The launch of an opened save: the game the engine loaded, run as it is (loaded once). A game
 * re-opened under today's rules (another engine or a revised scenario) is launched without its
 * file, so the original file stays as it was written and "Save" asks where to put it.
 */
export function launchOfRun(run: SavedRun): GameLaunch {
  const { game, draft, warnings, opened, modelChange } = run;
  return {
    kind: 'saved',
    game,
    draft,
    warnings,
    fileRef: modelChange ? null : opened.fileRef,
    ...(opened.autosaveGameId ? { autosaveGameId: opened.autosaveGameId } : {}),
  };
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
