/**
 * "Download the last autosave": what a player can still take away when a screen fails to show.
 * The autosave is the game as of the player's last step (useGameFiles writes one after every
 * step and when the game screen goes), so the download opens where play stopped.
 */
import type { HostApi, HostResult } from '../../shared/host-api';
import { SAVE_FILE_SUFFIX } from '../../shared/host-api';

/**
 * Exports the newest autosave of `gameId` (the running game's autosave set), or, where no game
 * is known (a screen outside a game), the newest of any game, as a save file through the
 * host's export (a download, or a dialog on the desktop). A running game's own set only: with
 * two tabs or windows, the other one's newer autosave is never taken for this game.
 */
export async function downloadLastAutosave(
  host: HostApi,
  gameId?: string,
): Promise<HostResult<{ name: string }>> {
  const listed = await host.listAutosaves();
  if (!listed.ok) return listed;
  const entry =
    gameId === undefined ? listed.value[0] : listed.value.find((e) => e.gameId === gameId);
  if (!entry) {
    const detail =
      gameId === undefined
        ? 'No autosave has been written yet.'
        : 'No autosave of this game has been written yet: it is still where it started.';
    return { ok: false, error: { code: 'not-found', detail } };
  }
  const opened = await host.loadAutosave(entry.id);
  if (!opened.ok) return opened;
  return host.exportFile({
    kind: 'json',
    suggestedName: `${entry.scenarioId}-q${entry.quarter}-autosave${SAVE_FILE_SUFFIX}`,
    content: JSON.stringify(opened.value.json, null, 2),
  });
}
