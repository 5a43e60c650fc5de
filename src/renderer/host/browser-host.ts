/**
 * The host API in a plain browser (workshops without installs, and the browser tests): built-in
 * scenarios bundled at build time, saves and autosaves in IndexedDB, a file picker to open files,
 * downloads to export. File checks are the same as the desktop host's (src/shared/file-checks).
 */
import { version } from '../../../package.json';
import type {
  AutosaveEntry,
  HostApi,
  HostResult,
  Language,
  LoadedScenario,
  OpenedGame,
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
import { putAutosave, type BrowserDb, type StoredAutosave } from './browser-db';
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

async function readPicked(file: PickedFile): Promise<HostResult<unknown>> {
  const size = checkSize(file.size, file.name);
  if (!size.ok) return size;
  return parseJsonText(await file.text(), file.name);
}

function toAutosaveEntry(stored: StoredAutosave): AutosaveEntry {
  const { id, gameId, quarter, scenarioId, savedAt } = stored;
  return { id, gameId, quarter, scenarioId, savedAt };
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

  async function storeOpened(name: string, json: unknown): Promise<OpenedGame> {
    const db = await deps.db();
    const fileRef = newRef();
    await db.put('saves', { fileRef, name, json, touchedAt: deps.now().toISOString() });
    return { fileRef, name, json };
  }

  return {
    appInfo: async () => ({ version, locale: deps.locale, host: 'browser' }),
    async getSettings() {
      const stored = deps.storage.getItem(LANGUAGE_STORAGE_KEY);
      return { language: LANGUAGES.includes(stored as Language) ? (stored as Language) : null };
    },
    async setLanguage(language) {
      deps.storage.setItem(LANGUAGE_STORAGE_KEY, language);
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
      return summary.ok
        ? { ok: true, value: { summary: summary.value, json: json.value } }
        : summary;
    },

    async openGame(fileRef) {
      if (fileRef !== undefined) {
        const db = await deps.db();
        const stored = await db.get('saves', fileRef);
        if (!stored) return notFound(`Save "${fileRef}"`);
        await db.put('saves', { ...stored, touchedAt: deps.now().toISOString() });
        return { ok: true, value: { fileRef, name: stored.name, json: stored.json } };
      }
      const file = await deps.pickFile(`${SAVE_FILE_SUFFIX},.json,application/json`);
      if (!file) return cancelled;
      const json = await readPicked(file);
      if (!json.ok) return json;
      const save = checkSaveEnvelope(json.value, file.name);
      if (!save.ok) return save;
      return { ok: true, value: await storeOpened(file.name, save.value.json) };
    },

    async saveGame({ save, fileRef, suggestedName }) {
      const envelope = checkSaveEnvelope(save, suggestedName);
      if (!envelope.ok) return invalid(envelope.error.detail);
      const db = await deps.db();
      const ref = fileRef ?? newRef();
      const existing = fileRef === undefined ? undefined : await db.get('saves', fileRef);
      if (fileRef !== undefined && !existing) return notFound(`Save "${fileRef}"`);
      const name = existing?.name ?? suggestedName;
      await db.put('saves', {
        fileRef: ref,
        name,
        json: save,
        touchedAt: deps.now().toISOString(),
      });
      return { ok: true, value: { fileRef: ref, name } };
    },

    async recentFiles(): Promise<RecentFile[]> {
      const db = await deps.db();
      const all = await db.getAllFromIndex('saves', 'byTouchedAt');
      return all
        .reverse()
        .slice(0, RECENT_FILES_LIMIT)
        .map(({ fileRef, name, touchedAt }) => ({ fileRef, name, openedAt: touchedAt }));
    },

    async writeAutosave({ gameId, quarter, save }) {
      if (!GAME_ID_PATTERN.test(gameId)) return invalid(`Game id "${gameId}" is not allowed.`);
      const envelope = checkSaveEnvelope(save, `autosave of ${gameId}`);
      if (!envelope.ok) return invalid(envelope.error.detail);
      const { scenarioId } = envelope.value;
      const entry = { gameId, quarter, scenarioId, savedAt: deps.now().toISOString(), json: save };
      // Synchronous, before any await: done even when the tab is closing right now.
      let kept: string | null = null;
      try {
        kept = JSON.stringify(entry);
        deps.storage.setItem(PENDING_AUTOSAVE_KEY, kept);
      } catch {
        kept = null; // over the storage quota: IndexedDB alone has to do
      }
      await recovered();
      const stored = await putAutosave(await deps.db(), entry, AUTOSAVES_PER_GAME);
      forgetPending(kept);
      return { ok: true, value: toAutosaveEntry(stored) };
    },
    async listAutosaves() {
      await recovered();
      const all = await (await deps.db()).getAll('autosaves');
      return all
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.id.localeCompare(a.id))
        .map(toAutosaveEntry);
    },
    async loadAutosave(id) {
      await recovered();
      const stored = await (await deps.db()).get('autosaves', id);
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
    },

    async exportFile({ suggestedName, kind, content }) {
      deps.download(suggestedName, kind, content);
      return { ok: true, value: { name: suggestedName } };
    },

    // The browser has no application menu; the page's own buttons do the same things.
    onMenuCommand: () => () => undefined,
    readyToQuit: async () => undefined,
  };
}
