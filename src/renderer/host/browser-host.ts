/**
 * The host API in a plain browser (workshops without installs, and the browser tests): built-in
 * scenarios bundled at build time, saves and autosaves in IndexedDB, a file picker to open files,
 * downloads to export. File checks are the same as the desktop host's (src/shared/file-checks).
 */
import { version } from '../../../package.json';
import type {
  AutosaveEntry,
  HostApi,
  HostError,
  HostResult,
  Language,
  LoadedScenario,
  RecentFile,
  ScenarioListing,
} from '../../shared/host-api';
import {
  AUTOSAVES_PER_GAME,
  GAME_ID_PATTERN,
  LANGUAGES,
  RECENT_FILES_LIMIT,
  SAVE_FILE_SUFFIX,
} from '../../shared/host-api';
import {
  checkSaveEnvelope,
  checkSize,
  parseJsonText,
  summarizeScenario,
} from '../../shared/file-checks';
import { BUNDLED_SCENARIOS, type BundledScenario } from './builtin-scenarios';
import { newestGamesFirst } from '../../shared/autosave-order';
import { putAutosave, type BrowserDb, type StoredAutosave } from './browser-db';
import { claimGame, type GameClaims } from './game-claims';
import { downloadText, type PickedFile } from './browser-files';

export const LANGUAGE_STORAGE_KEY = 'vpoe.language';
/**
 * The autosave being written, kept in localStorage (synchronous, so it survives a tab closed
 * while IndexedDB's transaction is still open) until IndexedDB has it; restored at next start.
 */
export const PENDING_AUTOSAVE_KEY = 'vpoe.pendingAutosave';

export type BrowserHostDeps = {
  db: () => Promise<BrowserDb>;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  pickFile: (accept: string) => Promise<PickedFile | null>;
  download: typeof downloadText;
  locale: string;
  now: () => Date;
  scenarios?: BundledScenario[];
  /** Which autosave sets another tab is writing (Web Locks); absent where the browser has none. */
  claims?: GameClaims;
};

const cancelled = {
  ok: false,
  error: { code: 'cancelled', detail: 'No file was chosen.' },
} as const;
const notFound = (what: string) =>
  ({
    ok: false,
    error: { code: 'not-found', detail: `${what} is not stored in this browser.` },
  }) as const;
const invalid = (detail: string) =>
  ({ ok: false, error: { code: 'invalid-request', detail } }) as const;
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const failure = (code: HostError['code'], detail: string) =>
  ({ ok: false, error: { code, detail } }) as const;

/** SHA-256 of a text, as hex (names a kept scenario by its content). */
async function digestOf(text: string): Promise<string> {
  const bytes = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function readPicked(file: PickedFile): Promise<HostResult<unknown>> {
  const size = checkSize(file.size, file.name);
  if (!size.ok) return size;
  return parseJsonText(await file.text(), file.name);
}

function toAutosaveEntry(stored: StoredAutosave): AutosaveEntry {
  const { id, gameId, sequence, quarter, scenarioId, savedAt } = stored;
  return { id, gameId, sequence, quarter, scenarioId, savedAt };
}

type PendingAutosave = Omit<StoredAutosave, 'id' | 'sequence'>;

function isPendingAutosave(value: unknown): value is PendingAutosave {
  const v = value as Partial<PendingAutosave> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.gameId === 'string' &&
    GAME_ID_PATTERN.test(v.gameId) &&
    typeof v.quarter === 'number' &&
    typeof v.scenarioId === 'string' &&
    typeof v.savedAt === 'string' &&
    checkSaveEnvelope(v.json, 'pending autosave').ok
  );
}

export function createBrowserHost(deps: BrowserHostDeps): HostApi {
  const scenarios = deps.scenarios ?? BUNDLED_SCENARIOS;
  const newRef = () =>
    `save-${deps.now().getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;

  // An autosave a closed tab left in localStorage is read now, before this page writes its own.
  const leftOver = readStorage(PENDING_AUTOSAVE_KEY);
  let recovery: Promise<void> | null = null;
  // A failed restore keeps the record for the next start and never blocks this page's autosaves.
  const recovered = () => (recovery ??= restorePending(leftOver).catch(() => undefined));

  function readStorage(key: string): string | null {
    try {
      return deps.storage.getItem(key);
    } catch {
      return null;
    }
  }
  /** Forgets the pending autosave if it is still this one (a newer one may have replaced it). */
  function forgetPending(text: string | null): void {
    try {
      if (text !== null && deps.storage.getItem(PENDING_AUTOSAVE_KEY) === text)
        deps.storage.removeItem(PENDING_AUTOSAVE_KEY);
    } catch {
      // Storage unavailable: nothing was kept there either.
    }
  }
  async function restorePending(text: string | null): Promise<void> {
    if (text === null) return;
    let pending: unknown = null;
    try {
      pending = JSON.parse(text);
    } catch {
      pending = null;
    }
    if (isPendingAutosave(pending)) {
      const db = await deps.db();
      const newest = (await db.getAllFromIndex('autosaves', 'byGame', pending.gameId))
        .sort((a, b) => a.sequence - b.sequence)
        .at(-1);
      // IndexedDB may have finished the write before the tab closed: then it is there already.
      if (JSON.stringify(newest?.json) !== JSON.stringify(pending.json))
        await putAutosave(db, pending, AUTOSAVES_PER_GAME);
    }
    forgetPending(text);
  }

  function loadBundled(): { listing: ScenarioListing; loaded: LoadedScenario[] } {
    const listing: ScenarioListing = { scenarios: [], problems: [] };
    const loaded: LoadedScenario[] = [];
    for (const { fileName, json } of scenarios) {
      const summary = summarizeScenario(json, fileName);
      if (summary.ok) {
        listing.scenarios.push(summary.value);
        loaded.push({ summary: summary.value, json });
      } else listing.problems.push({ fileName, error: summary.error });
    }
    return { listing, loaded };
  }

  /**
   * Runs one use of IndexedDB. Without it (private windows, storage blocked) the answer is an
   * 'unavailable' failure; a failed transaction (quota, a value it cannot store) is 'io'.
   */
  async function withDb<T>(
    what: string,
    operation: (db: BrowserDb) => Promise<HostResult<T>>,
  ): Promise<HostResult<T>> {
    let db: BrowserDb;
    try {
      db = await deps.db();
    } catch (error) {
      return failure(
        'unavailable',
        `This browser window does not let the app store data (IndexedDB: ${reasonOf(error)}).`,
      );
    }
    try {
      return await operation(db);
    } catch (error) {
      return failure('io', `${what}: ${reasonOf(error)}`);
    }
  }

  // The revision of each stored save as this tab last read or wrote it ("Save" conflict check).
  const revisionSeen = new Map<string, number>();
  // Autosave sets this tab writes under another id, because another tab is writing the original.
  const forkedGames = new Map<string, string>();

  async function autosaveSetOf(gameId: string): Promise<string> {
    const known = forkedGames.get(gameId);
    if (known) return known;
    const own = !deps.claims || (await claimGame(deps.claims, gameId));
    const set = own ? gameId : crypto.randomUUID();
    if (!own && deps.claims) await claimGame(deps.claims, set);
    forkedGames.set(gameId, set);
    return set;
  }

  return {
    appInfo: async () => ({ version, locale: deps.locale, host: 'browser' }),
    async getSettings() {
      const stored = readStorage(LANGUAGE_STORAGE_KEY);
      return { language: LANGUAGES.includes(stored as Language) ? (stored as Language) : null };
    },
    async setLanguage(language) {
      try {
        deps.storage.setItem(LANGUAGE_STORAGE_KEY, language);
      } catch (error) {
        return failure('unavailable', `The language cannot be remembered: ${reasonOf(error)}`);
      }
      return { ok: true, value: undefined };
    },

    listScenarios: async () => loadBundled().listing,
    async loadScenario(id) {
      const found = loadBundled().loaded.find((entry) => entry.summary.id === id);
      return found ? { ok: true, value: found } : notFound(`Scenario "${id}"`);
    },
    async openScenarioFile() {
      const file = await deps.pickFile('.json,application/json');
      if (!file) return cancelled;
      const json = await readPicked(file);
      if (!json.ok) return json;
      const summary = summarizeScenario(json.value, file.name);
      if (!summary.ok) return summary;
      // A copy that cannot be kept (no storage) does not stop the game; only a reopen needs it.
      await withDb('Keeping the scenario', async (db) => {
        const digest = await digestOf(JSON.stringify(json.value));
        const keptAt = deps.now().toISOString();
        await db.put('scenarios', { digest, id: summary.value.id, keptAt, json: json.value });
        return { ok: true, value: undefined };
      });
      return { ok: true, value: { summary: summary.value, json: json.value } };
    },
    async scenariosWithId(id) {
      const builtIn = loadBundled().loaded.filter((entry) => entry.summary.id === id);
      const own = await withDb('Reading kept scenarios', async (db) => ({
        ok: true,
        value: await db.getAllFromIndex('scenarios', 'byId', id),
      }));
      if (!own.ok && builtIn.length === 0) return own;
      const kept = (own.ok ? own.value : [])
        .sort((a, b) => b.keptAt.localeCompare(a.keptAt))
        .flatMap((stored) => {
          const summary = summarizeScenario(stored.json, `${stored.id}.json`);
          return summary.ok ? [{ summary: summary.value, json: stored.json }] : [];
        });
      return { ok: true, value: [...builtIn, ...kept] };
    },

    async openGame(fileRef) {
      if (fileRef !== undefined) {
        return withDb(`Opening save "${fileRef}"`, async (db) => {
          const stored = await db.get('saves', fileRef);
          if (!stored) return notFound(`Save "${fileRef}"`);
          await db.put('saves', { ...stored, touchedAt: deps.now().toISOString() });
          revisionSeen.set(fileRef, stored.revision ?? 0);
          return { ok: true, value: { fileRef, name: stored.name, json: stored.json } };
        });
      }
      const file = await deps.pickFile(`${SAVE_FILE_SUFFIX},.json,application/json`);
      if (!file) return cancelled;
      const json = await readPicked(file);
      if (!json.ok) return json;
      const save = checkSaveEnvelope(json.value, file.name);
      if (!save.ok) return save;
      const opened = await withDb(`Keeping ${file.name}`, async (db) => {
        const ref = newRef();
        const touchedAt = deps.now().toISOString();
        await db.put('saves', { fileRef: ref, name: file.name, json: save.value.json, touchedAt });
        revisionSeen.set(ref, 0);
        return { ok: true, value: ref };
      });
      // Without storage the game still opens; "Save" then asks to download instead.
      const ref = opened.ok ? opened.value : null;
      return { ok: true, value: { fileRef: ref, name: file.name, json: save.value.json } };
    },

    async saveGame({ save, fileRef, suggestedName, overwrite }) {
      const envelope = checkSaveEnvelope(save, suggestedName);
      if (!envelope.ok) return invalid(envelope.error.detail);
      return withDb(`Saving ${suggestedName}`, async (db) => {
        const ref = fileRef ?? newRef();
        const tx = db.transaction('saves', 'readwrite');
        const existing = fileRef === undefined ? undefined : await tx.store.get(fileRef);
        if (fileRef !== undefined && !existing) return notFound(`Save "${fileRef}"`);
        const revision = existing?.revision ?? 0;
        if (existing && !overwrite && revisionSeen.has(ref) && revisionSeen.get(ref) !== revision)
          return failure(
            'conflict',
            `"${existing.name}" was saved from another tab since this game opened or saved it.`,
          );
        const name = existing?.name ?? suggestedName;
        const touchedAt = deps.now().toISOString();
        await tx.store.put({ fileRef: ref, name, json: save, touchedAt, revision: revision + 1 });
        await tx.done;
        revisionSeen.set(ref, revision + 1);
        return { ok: true, value: { fileRef: ref, name } };
      });
    },

    recentFiles: () =>
      withDb('Listing saves', async (db): Promise<HostResult<RecentFile[]>> => {
        const all = await db.getAllFromIndex('saves', 'byTouchedAt');
        return {
          ok: true,
          value: all
            .reverse()
            .slice(0, RECENT_FILES_LIMIT)
            .map(({ fileRef, name, touchedAt }) => ({ fileRef, name, openedAt: touchedAt })),
        };
      }),

    async writeAutosave({ gameId: requested, quarter, save }) {
      if (!GAME_ID_PATTERN.test(requested))
        return invalid(`Game id "${requested}" is not allowed.`);
      const envelope = checkSaveEnvelope(save, `autosave of ${requested}`);
      if (!envelope.ok) return invalid(envelope.error.detail);
      const { scenarioId } = envelope.value;
      const savedAt = deps.now().toISOString();
      const entry = {
        gameId: forkedGames.get(requested) ?? requested,
        quarter,
        scenarioId,
        savedAt,
        json: save,
      };
      // Synchronous, before any await: done even when the tab is closing right now.
      let kept: string | null = null;
      try {
        kept = JSON.stringify(entry);
        deps.storage.setItem(PENDING_AUTOSAVE_KEY, kept);
      } catch {
        kept = null; // over the storage quota: IndexedDB alone has to do
      }
      await recovered();
      // A game another tab is also playing (both resumed the same autosave) gets a set of its own.
      entry.gameId = await autosaveSetOf(requested);
      const written = await withDb(`Autosave of ${entry.gameId}`, async (db) => ({
        ok: true,
        value: toAutosaveEntry(await putAutosave(db, entry, AUTOSAVES_PER_GAME)),
      }));
      if (written.ok) forgetPending(kept);
      return written;
    },
    async listAutosaves() {
      await recovered();
      return withDb('Listing autosaves', async (db) => ({
        ok: true,
        value: newestGamesFirst(await db.getAll('autosaves')).map(toAutosaveEntry),
      }));
    },
    async loadAutosave(id) {
      await recovered();
      return withDb(`Autosave "${id}"`, async (db) => {
        const stored = await db.get('autosaves', id);
        if (!stored) return notFound(`Autosave "${id}"`);
        return {
          ok: true,
          value: {
            fileRef: null,
            name: `${stored.gameId} Q${stored.quarter}`,
            json: stored.json,
            autosaveGameId: stored.gameId,
          },
        };
      });
    },

    async exportFile({ suggestedName, kind, content }) {
      deps.download(suggestedName, kind, content);
      return { ok: true, value: { name: suggestedName } };
    },

    // A browser cannot listen on the network: the desktop app or `npm run workshop` hosts.
    hostWorkshop: async () => ({
      ok: false,
      error: {
        code: 'unavailable',
        detail: 'A workshop is hosted by the desktop app or by `npm run workshop`.',
      },
    }),
    stopWorkshop: async () => ({ ok: true, value: undefined }),
    currentWorkshop: async () => null,
    // The browser has no application menu; the page's own buttons do the same things.
    onMenuCommand: () => () => undefined,
    readyToQuit: async () => undefined,
  };
}
