/**
 * The browser host's IndexedDB database: saved games, rotating autosaves and the player's own
 * scenarios. Each operation is one transaction, so a closed tab never leaves half an autosave
 * rotation behind.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export type StoredSave = {
  fileRef: string;
  name: string;
  /** ISO time of the last save or open; orders the recent list. */
  touchedAt: string;
  /** Counts the writes of this save (absent = 0): "Save" notices another tab's write by it. */
  revision?: number;
  json: unknown;
};

/** A scenario file the player opened, kept so games on it can be reopened. */
export type StoredScenario = {
  /** SHA-256 of its JSON text: the same content is kept once. */
  digest: string;
  id: string;
  keptAt: string;
  json: unknown;
};

export type StoredAutosave = {
  id: string;
  gameId: string;
  sequence: number;
  quarter: number;
  scenarioId: string;
  savedAt: string;
  json: unknown;
};

interface VpoeDb extends DBSchema {
  saves: { key: string; value: StoredSave; indexes: { byTouchedAt: string } };
  autosaves: { key: string; value: StoredAutosave; indexes: { byGame: string } };
  scenarios: { key: string; value: StoredScenario; indexes: { byId: string } };
}

export type BrowserDb = IDBPDatabase<VpoeDb>;

export const DB_NAME = 'vpoe-simulator';

/** How long opening the database may take before storage counts as unavailable. */
export const DB_OPEN_TIMEOUT_MS = 5000;

/**
 * Opens (and creates or upgrades) the database. Rejects when IndexedDB is missing or refused
 * (private windows in some browsers, storage blocked), or when another tab blocks the upgrade
 * for longer than DB_OPEN_TIMEOUT_MS, so the host can say storage is unavailable.
 */
export function openBrowserDb(name = DB_NAME, timeoutMs = DB_OPEN_TIMEOUT_MS): Promise<BrowserDb> {
  const opening = openDB<VpoeDb>(name, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('saves', { keyPath: 'fileRef' }).createIndex(
          'byTouchedAt',
          'touchedAt',
        );
        db.createObjectStore('autosaves', { keyPath: 'id' }).createIndex('byGame', 'gameId');
      }
      if (oldVersion < 2)
        db.createObjectStore('scenarios', { keyPath: 'digest' }).createIndex('byId', 'id');
    },
    // A newer version opened in another tab: let it upgrade (this tab's next use reopens).
    blocking(_current, _next, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`IndexedDB did not open within ${timeoutMs} ms.`)),
      timeoutMs,
    );
  });
  return Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
}

/** Adds an autosave and drops the oldest beyond `keep`, in one transaction. */
export async function putAutosave(
  db: BrowserDb,
  entry: Omit<StoredAutosave, 'id' | 'sequence'>,
  keep: number,
): Promise<StoredAutosave> {
  const tx = db.transaction('autosaves', 'readwrite');
  const existing = (await tx.store.index('byGame').getAll(entry.gameId)).sort(
    (a, b) => a.sequence - b.sequence,
  );
  const sequence = (existing.at(-1)?.sequence ?? 0) + 1;
  const stored: StoredAutosave = {
    ...entry,
    sequence,
    id: `${entry.gameId}/${String(sequence).padStart(6, '0')}`,
  };
  await tx.store.put(stored);
  for (const old of [...existing, stored].slice(0, -keep)) await tx.store.delete(old.id);
  await tx.done;
  return stored;
}
