/**
 * Start-up clean-up of the app's data folder: temp files that writes cut off by a crash left
 * beside the settings, the recent-files list, the kept scenarios and the autosaves. Run before
 * any of them is written, so no write in progress can be hit.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeLeftoverTempFiles } from './atomic-write';
import { removeInterruptedAutosaves } from './autosaves';

export type DataFiles = {
  settings: string;
  recentFiles: string;
  ownScenarios: string;
  autosaves: string;
};

/** Every `<name>.json` a temp file `<name>.json.<number>` in `dir` was written for. */
async function jsonTargetsIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const targets = names.flatMap((name) => /^(.+\.json)\.\d+$/.exec(name)?.[1] ?? []);
  return [...new Set(targets)].map((name) => join(dir, name));
}

/** Deletes the leftovers; returns how many. Never throws (a locked file stays for next time). */
export async function removeLeftoversAtStart(files: DataFiles): Promise<number> {
  const targets = [files.settings, files.recentFiles, ...(await jsonTargetsIn(files.ownScenarios))];
  const counts = await Promise.all(
    targets.map((path) => removeLeftoverTempFiles(path).catch(() => 0)),
  );
  const autosaves = await removeInterruptedAutosaves(files.autosaves).catch(() => 0);
  return counts.reduce((a, b) => a + b, 0) + autosaves;
}
