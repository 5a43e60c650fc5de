/** Turning what the host returns into a GameLaunch, with a clear error when that cannot be done. */
import { checkSaveEnvelope } from '../../shared/file-checks';
import type { HostApi, HostResult, OpenedGame } from '../../shared/host-api';
import type { GameLaunch } from './screens';

/** A seed for a new game: random here in the UI, then fixed in the game's state for replay. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

/** Finds the built-in scenario a save was played on; a save for a missing scenario is refused. */
export async function launchFromSave(
  host: HostApi,
  save: OpenedGame,
  source: 'file' | 'autosave',
): Promise<HostResult<GameLaunch>> {
  // Every save format the engine migrates names its scenario (version 0 at the top level).
  const envelope = checkSaveEnvelope(save.json, save.name);
  if (!envelope.ok) return envelope;
  const { scenarioId } = envelope.value;
  const scenario = await host.loadScenario(scenarioId);
  if (!scenario.ok) {
    return {
      ok: false,
      error: {
        code: 'not-found',
        detail: `${save.name} was played on scenario "${scenarioId}", which is not available here.`,
      },
    };
  }
  return { ok: true, value: { kind: 'saved', scenario: scenario.value, save, source } };
}
