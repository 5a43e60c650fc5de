/**
 * Rotating autosaves: `<root>/<gameId>/<sequence>-q<quarter>.vpoe.json`, the newest
 * AUTOSAVES_PER_GAME kept per game. A new autosave is written atomically and only after it is on
 * disk are the oldest deleted, so a crash never leaves a game without its last good autosave.
 */
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { AutosaveEntry, AutosaveRequest, HostResult, OpenedGame } from '../../shared/host-api';
import { AUTOSAVES_PER_GAME, GAME_ID_PATTERN } from '../../shared/host-api';
import { newestGamesFirst } from '../../shared/autosave-order';
import { checkSaveEnvelope } from '../../shared/file-checks';
import { removeLeftoverTempFiles, writeFileAtomically } from './atomic-write';
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
  const savedAt = await stat(path).then(
    (info) => info.mtime.toISOString(),
    () => new Date().toISOString(),
  );
  return {
    ok: true,
    value: {
      id: `${gameId}/${name}`,
      gameId,
      sequence,
      quarter,
      scenarioId: envelope.value.scenarioId,
      savedAt,
    },
  };
}

/**
 * Every readable autosave of every game: each game's by sequence number, newest first, the
 * games by their newest autosave. A damaged file (cut off, edited, not a save) is left out on
 * its own, so it never hides the intact autosaves of its game.
 */
export async function listAutosaves(root: string): Promise<AutosaveEntry[]> {
  let gameIds: string[];
  try {
    gameIds = (await readdir(root)).filter((name) => GAME_ID_PATTERN.test(name));
  } catch {
    return [];
  }
  const perGame = await Promise.all(gameIds.map((gameId) => listGame(root, gameId)));
  return newestGamesFirst(perGame.flat());
}

async function listGame(root: string, gameId: string): Promise<AutosaveEntry[]> {
  const gameDir = join(root, gameId);
  const entries = await Promise.all(
    (await autosaveFiles(gameDir)).map(async (file): Promise<AutosaveEntry | null> => {
      const path = join(gameDir, file.name);
      const opened = await readGameFile(path);
      if (!opened.ok) return null;
      const envelope = checkSaveEnvelope(opened.value.json, file.name);
      if (!envelope.ok) return null;
      const savedAt = await stat(path).then(
        (info) => info.mtime.toISOString(),
        () => null,
      );
      if (savedAt === null) return null;
      return {
        id: `${gameId}/${file.name}`,
        gameId,
        sequence: file.sequence,
        quarter: file.quarter,
        scenarioId: envelope.value.scenarioId,
        savedAt,
      };
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
 * Deletes temp files that writes interrupted by a crash left in the autosave folders (those of
 * autosave files, by removeLeftoverTempFiles' rule). Run at start-up, before any autosave is
 * written, so no write in progress can be hit.
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
    const targets = new Set(
      names.flatMap((name) => {
        const match = /^(\d{6}-q\d{1,3}\.vpoe\.json)\.\d+$/.exec(name);
        return match?.[1] ? [match[1]] : [];
      }),
    );
    for (const target of targets)
      removed += await removeLeftoverTempFiles(join(root, gameId, target));
  }
  return removed;
}
