/**
 * "Download the last autosave": what a player can still take away when a screen fails to show.
 * The autosave is the game as of the player's last step (useGameFiles writes one after every
 * step and when the game screen goes), so the download opens where play stopped.
 */
import type { HostApi, HostResult } from '../../shared/host-api';
import { SAVE_FILE_SUFFIX } from '../../shared/host-api';

/**
 * Exports the newest autosave of `gameId` (the running game, when known), else the newest of
 * any game, as a save file through the host's export (a download, or a dialog on the desktop).
 */
export async function downloadLastAutosave(
  host: HostApi,
  gameId?: string,
): Promise<HostResult<{ name: string }>> {
  const listed = await host.listAutosaves();
  if (!listed.ok) return listed;
  const entry =
    (gameId === undefined ? undefined : listed.value.find((e) => e.gameId === gameId)) ??
    listed.value[0];
  if (!entry) {
    return { ok: false, error: { code: 'not-found', detail: 'No autosave has been written yet.' } };
  }
  const opened = await host.loadAutosave(entry.id);
  if (!opened.ok) return opened;
  return host.exportFile({
    kind: 'json',
    suggestedName: `${entry.scenarioId}-q${entry.quarter}-autosave${SAVE_FILE_SUFFIX}`,
    content: JSON.stringify(opened.value.json, null, 2),
  });
}
