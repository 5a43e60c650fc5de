/**
 * Saved games on disk (`*.vpoe.json`). Reading refuses anything that is not a VPoE save; writing
 * is atomic and refuses to replace a file that is not a VPoE save, so a mistaken "Save as..."
 * onto someone's document cannot destroy it.
 */
import { basename } from 'node:path';
import type { HostResult, OpenedGame, SavedGame } from '../../shared/host-api';
import { checkSaveEnvelope } from '../../shared/file-checks';
import { writeFileAtomically } from './atomic-write';
import { ioError, readJsonFile } from './read-file';

export async function readGameFile(path: string): Promise<HostResult<OpenedGame>> {
  const json = await readJsonFile(path);
  if (!json.ok) return json;
  const save = checkSaveEnvelope(json.value, basename(path));
  if (!save.ok) return save;
  return { ok: true, value: { fileRef: path, name: basename(path), json: save.value.json } };
}

/** Serialises a save; exported so autosaves write byte-identical files. */
export function serializeSave(save: unknown): string {
  return `${JSON.stringify(save, null, 2)}\n`;
}

export async function writeGameFile(path: string, save: unknown): Promise<HostResult<SavedGame>> {
  const name = basename(path);
  const envelope = checkSaveEnvelope(save, name);
  if (!envelope.ok) {
    return { ok: false, error: { code: 'invalid-request', detail: envelope.error.detail } };
  }
  const existing = await readJsonFile(path);
  if (!existing.ok && existing.error.code !== 'not-found') {
    return refuse(path, existing.error.detail);
  }
  if (existing.ok) {
    const previous = checkSaveEnvelope(existing.value, name);
    if (!previous.ok) return refuse(path, previous.error.detail);
  }
  try {
    await writeFileAtomically(path, serializeSave(save));
  } catch (error) {
    return { ok: false, error: ioError(error, path) };
  }
  return { ok: true, value: { fileRef: path, name } };
}

function refuse(
  path: string,
  why: string,
): { ok: false; error: { code: 'refused-overwrite'; detail: string } } {
  return {
    ok: false,
    error: {
      code: 'refused-overwrite',
      detail: `${path} already exists and is not a readable VPoE save (${why}); it was left unchanged.`,
    },
  };
}
