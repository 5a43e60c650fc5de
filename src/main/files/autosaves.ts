/**
 * Rotating autosaves: `<root>/<gameId>/<sequence>-q<quarter>.vpoe.json`, the newest
 * AUTOSAVES_PER_GAME kept per game. A new autosave is written atomically and only after it is on
 * disk are the oldest deleted, so a crash never leaves a game without its last good autosave.
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutosaveEntry, AutosaveRequest, HostResult, OpenedGame } from '../../shared/host-api';
import { AUTOSAVES_PER_GAME, GAME_ID_PATTERN } from '../../shared/host-api';
import { checkSaveEnvelope } from '../../shared/file-checks';
import { writeFileAtomically } from './atomic-write';
import { readGameFile, serializeSave } from './game-files';
import { ioError } from './read-file';

const AUTOSAVE_NAME = /^(\d{6})-q(\d{1,3})\.vpoe\.json$/;

type AutosaveFile = { name: string; sequence: number; quarter: number };

function parseName(name: string): AutosaveFile | null {
  const match = AUTOSAVE_NAME.exec(name);
  if (!match) return null;
  return { name, sequence: Number(match[1]), quarter: Number(match[2]) };
}

async function autosaveFiles(gameDir: string): Promise<AutosaveFile[]> {
  let names: string[];
  try {
    names = await readdir(gameDir);
  } catch {
    return [];
  }
  return names
    .map(parseName)
    .filter((file): file is AutosaveFile => file !== null)
    .sort((a, b) => a.sequence - b.sequence);
}

// Autosaves of one game are written one after another so two writes never take the same number.
const queues = new Map<string, Promise<unknown>>();

export function writeAutosave(
  root: string,
  request: AutosaveRequest,
): Promise<HostResult<AutosaveEntry>> {
  const key = `${root}\u0000${request.gameId}`;
  const next = (queues.get(key) ?? Promise.resolve()).then(() => writeAutosaveNow(root, request));
  queues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

async function writeAutosaveNow(
  root: string,
  request: AutosaveRequest,
): Promise<HostResult<AutosaveEntry>> {
  const { gameId, quarter, save } = request;
  if (!GAME_ID_PATTERN.test(gameId)) {
    return {
      ok: false,
      error: { code: 'invalid-request', detail: `Game id "${gameId}" is not allowed.` },
    };
  }
  if (!Number.isInteger(quarter) || quarter < 0 || quarter > 999) {
    return {
      ok: false,
      error: { code: 'invalid-request', detail: `Quarter ${quarter} is out of range 0-999.` },
    };
  }
  const envelope = checkSaveEnvelope(save, `autosave of ${gameId}`);
  if (!envelope.ok)
    return { ok: false, error: { code: 'invalid-request', detail: envelope.error.detail } };

  const gameDir = join(root, gameId);
  const existing = await autosaveFiles(gameDir);
  const sequence = (existing.at(-1)?.sequence ?? 0) + 1;
  const name = `${String(sequence).padStart(6, '0')}-q${quarter}.vpoe.json`;
  const path = join(gameDir, name);
  try {
    await writeFileAtomically(path, serializeSave(save));
  } catch (error) {
    return { ok: false, error: ioError(error, path) };
  }
  const surplus = [...existing, { name, sequence, quarter }].slice(0, -AUTOSAVES_PER_GAME);
  await Promise.all(surplus.map((file) => unlink(join(gameDir, file.name)).catch(() => undefined)));
  const savedAt = (await stat(path)).mtime.toISOString();
  return {
    ok: true,
    value: {
      id: `${gameId}/${name}`,
      gameId,
      quarter,
      scenarioId: envelope.value.scenarioId,
      savedAt,
    },
  };
}

/** Every autosave of every game, newest first. Unreadable games are skipped, not fatal. */
export async function listAutosaves(root: string): Promise<AutosaveEntry[]> {
  let gameIds: string[];
  try {
    gameIds = (await readdir(root)).filter((name) => GAME_ID_PATTERN.test(name));
  } catch {
    return [];
  }
  const perGame = await Promise.all(gameIds.map((gameId) => listGame(root, gameId)));
  return perGame
    .flat()
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id));
}

async function listGame(root: string, gameId: string): Promise<AutosaveEntry[]> {
  const gameDir = join(root, gameId);
  const files = await autosaveFiles(gameDir);
  const newest = files.at(-1);
  if (!newest) return [];
  // Every autosave of a game is of the same scenario: reading the newest names it for all.
  const opened = await readGameFile(join(gameDir, newest.name));
  if (!opened.ok) return [];
  const envelope = checkSaveEnvelope(opened.value.json, newest.name);
  if (!envelope.ok) return [];
  const scenarioId = envelope.value.scenarioId;
  const entries = await Promise.all(
    files.map(async (file): Promise<AutosaveEntry | null> => {
      try {
        const { mtime } = await stat(join(gameDir, file.name));
        return {
          id: `${gameId}/${file.name}`,
          gameId,
          quarter: file.quarter,
          scenarioId,
          savedAt: mtime.toISOString(),
        };
      } catch {
        return null;
      }
    }),
  );
  return entries.filter((entry): entry is AutosaveEntry => entry !== null);
}

export async function loadAutosave(root: string, id: string): Promise<HostResult<OpenedGame>> {
  const [gameId, name, ...rest] = id.split('/');
  if (rest.length > 0 || !gameId || !name || !GAME_ID_PATTERN.test(gameId) || !parseName(name)) {
    return {
      ok: false,
      error: { code: 'invalid-request', detail: `"${id}" is not an autosave id.` },
    };
  }
  const opened = await readGameFile(join(root, gameId, name));
  if (!opened.ok) return opened;
  // An autosave is not a file the player chose: "Save" after resuming must ask where to save.
  return { ok: true, value: { ...opened.value, fileRef: null, autosaveGameId: gameId } };
}

/**
 * Deletes temp files that writes interrupted by a crash left in the autosave folders. Run at
 * start-up, before any autosave is written, so no write in progress can be hit.
 */
export async function removeInterruptedAutosaves(root: string): Promise<number> {
  let removed = 0;
  let gameIds: string[] = [];
  try {
    gameIds = (await readdir(root)).filter((name) => GAME_ID_PATTERN.test(name));
  } catch {
    return 0;
  }
  for (const gameId of gameIds) {
    const names = await readdir(join(root, gameId)).catch(() => [] as string[]);
    for (const name of names.filter((n) => /\.vpoe\.json\.\d+$/.test(n))) {
      await unlink(join(root, gameId, name)).then(
        () => removed++,
        () => undefined,
      );
    }
  }
  return removed;
}
