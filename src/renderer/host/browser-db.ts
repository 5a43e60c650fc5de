/**
 * The browser host's IndexedDB database: saved games and rotating autosaves. Each operation is
 * one transaction, so a closed tab never leaves half an autosave rotation behind.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export type StoredSave = {
  fileRef: string;
  name: string;
  /** ISO time of the last save or open; orders the recent list. */
  touchedAt: string;
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
}

export type BrowserDb = IDBPDatabase<VpoeDb>;

export const DB_NAME = 'vpoe-simulator';

export function openBrowserDb(name = DB_NAME): Promise<BrowserDb> {
  return openDB<VpoeDb>(name, 1, {
    upgrade(db) {
      db.createObjectStore('saves', { keyPath: 'fileRef' }).createIndex('byTouchedAt', 'touchedAt');
      db.createObjectStore('autosaves', { keyPath: 'id' }).createIndex('byGame', 'gameId');
    },
  });
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
