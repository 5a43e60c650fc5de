/**
 * The player's own scenario files, kept in the app's data folder beside its autosaves: a save
 * names its scenario by id and content hash, and the file the player opened may since have moved
 * or changed. Every version is kept under a digest of its content (so a changed file with the
 * same id is a second entry, never a replacement) and offered by id, newest first.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostResult, LoadedScenario } from '../../shared/host-api';
import { writeFileAtomically } from './atomic-write';
import { ioError } from './read-file';
import { readScenarioFile } from './scenarios';

const KEPT_NAME = /^[0-9a-f]{64}\.json$/;

/** Keeps a copy of a scenario the player opened; the same content is stored once. */
export async function keepOwnScenario(dir: string, json: unknown): Promise<HostResult<void>> {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const path = join(dir, `${createHash('sha256').update(text).digest('hex')}.json`);
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    return { ok: false, error: ioError(error, path) };
  }
  return { ok: true, value: undefined };
}

/** The kept scenarios with this id, newest first; unreadable copies are skipped. */
export async function ownScenariosWithId(dir: string, id: string): Promise<LoadedScenario[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => KEPT_NAME.test(name));
  } catch {
    return [];
  }
  const found = await Promise.all(
    names.map(async (name) => {
      const loaded = await readScenarioFile(join(dir, name));
      if (!loaded.ok || loaded.value.summary.id !== id) return null;
      const { mtimeMs } = await stat(join(dir, name)).catch(() => ({ mtimeMs: 0 }));
      return { loaded: loaded.value, mtimeMs };
    }),
  );
  return found
    .filter((entry) => entry !== null)
    .sort((a, b) => b.mtimeMs - a.mtimeMs)
    .map((entry) => entry.loaded);
}
