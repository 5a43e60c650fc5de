// @vitest-environment happy-dom
/**
 * Issue 14, browser host: the player's own scenarios are kept (item 2), two tabs never share an
 * autosave rotation or overwrite each other's save unasked (item 5), and without IndexedDB every
 * method answers with a value while the start screen still offers the built-in scenarios (item 6).
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nextProvider } from 'react-i18next';
import { StartScreen } from '../../../src/renderer/features/start/StartScreen';
import { HostProvider } from '../../../src/renderer/host';
import { openBrowserDb } from '../../../src/renderer/host/browser-db';
import type { PickedFile } from '../../../src/renderer/host/browser-files';
import { createBrowserHost, type BrowserHostDeps } from '../../../src/renderer/host/browser-host';
import type { GameClaims } from '../../../src/renderer/host/game-claims';
import { unwrap } from '../../host-result';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

const save = (overrides: Record<string, unknown> = {}) => ({
  format: 'vpoe-save',
  schemaVersion: 1,
  scenario: { id: 'a', hash: 'h' },
  seed: 7,
  log: [],
  ...overrides,
});
const scenarioJson = (cash: number) => ({
  id: 'a',
  title: { en: 'A', ja: 'エー' },
  description: { en: 'd', ja: 'd' },
  cash,
});
const file = (name: string, value: unknown): PickedFile => {
  const text = JSON.stringify(value);
  return { name, size: text.length, text: async () => text };
};

/** Web Locks shared by the "tabs" of one test. */
function sharedLocks(): GameClaims {
  const held = new Set<string>();
  return {
    request: (async (name: string, _options: unknown, callback: (lock: unknown) => unknown) => {
      if (held.has(name)) return callback(null);
      held.add(name);
      return callback({ name });
    }) as unknown as GameClaims['request'],
  };
}

let dbCount = 0;
function tab(overrides: Partial<BrowserHostDeps> & { picks?: PickedFile[] } = {}) {
  const picks = overrides.picks ?? [];
  const storage = new Map<string, string>();
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const db = overrides.db ?? (() => openBrowserDb(`failures-${++dbCount}`));
  return createBrowserHost({
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    pickFile: async () => picks.shift() ?? null,
    download: () => undefined,
    locale: 'en-GB',
    now: () => new Date((clock += 1000)),
    scenarios: [{ fileName: 'a.json', json: scenarioJson(1) }],
    ...overrides,
    db,
  });
}

describe('browser host: own scenarios', () => {
  it('keeps every scenario file the player opens and offers it by id after the built-in one', async () => {
    const db = openBrowserDb(`failures-${++dbCount}`);
    const host = tab({ db: () => db, picks: [file('mine.json', scenarioJson(2))] });
    unwrap(await host.openScenarioFile());
    // A later page of the same browser still has it.
    const later = tab({ db: () => db });
    const found = unwrap(await later.scenariosWithId('a'));
    expect(found.map((s) => (s.json as { cash: number }).cash)).toEqual([1, 2]);
  });
});

describe('browser host: crafted files (item 3)', () => {
  it('refuses a file over the size limit without reading it, and stores nothing', async () => {
    let read = false;
    const huge: PickedFile = {
      name: 'huge.vpoe.json',
      size: 261 * 1024 * 1024,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    const host = tab({ picks: [huge] });
    expect(await host.openGame()).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(read).toBe(false);
    expect(unwrap(await host.recentFiles())).toEqual([]);
  });

  it.each([
    ['alone', ''],
    // In a save's envelope it passed bdf0a28's envelope check and made the IndexedDB put fail
    // (a stack overflow here, a silent failure in Chromium).
    ['in a save', JSON.stringify(save({ log: 0 })).replace('"log":0', '"log":%')],
  ])(
    'refuses JSON nested 5,000 levels deep (%s) before storing it, saying where',
    async (_, around) => {
      const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const text = around === '' ? nested : around.replace('%', nested);
      const deep: PickedFile = {
        name: 'deep.vpoe.json',
        size: text.length,
        text: async () => text,
      };
      const host = tab({ picks: [deep] });
      const opened = await host.openGame();
      expect(opened).toMatchObject({ ok: false, error: { code: 'too-large' } });
      expect(opened.ok ? '' : opened.error.detail).toContain('nested more than 32 levels');
      expect(unwrap(await host.recentFiles())).toEqual([]);
    },
  );
});

describe('browser host: two tabs', () => {
  it('gives a game resumed in a second tab an autosave set of its own', async () => {
    const db = openBrowserDb(`failures-${++dbCount}`);
    const claims = sharedLocks();
    const first = tab({ db: () => db, claims });
    const second = tab({ db: () => db, claims });
    for (let quarter = 1; quarter <= 12; quarter++) {
      unwrap(await first.writeAutosave({ gameId: 'g', quarter, save: save({ quarter }) }));
      unwrap(await second.writeAutosave({ gameId: 'g', quarter, save: save({ quarter }) }));
    }
    const listed = unwrap(await first.listAutosaves());
    const games = new Set(listed.map((e) => e.gameId));
    expect(games.size).toBe(2);
    for (const gameId of games)
      expect(listed.filter((e) => e.gameId === gameId).map((e) => e.quarter)).toEqual([
        12, 11, 10, 9, 8, 7, 6, 5, 4, 3,
      ]);
  });

  it('"Save" refuses to overwrite what the other tab saved, unless the player chooses to', async () => {
    const db = openBrowserDb(`failures-${++dbCount}`);
    const first = tab({ db: () => db });
    const second = tab({ db: () => db });
    const created = unwrap(await first.saveGame({ save: save(), suggestedName: 'run.vpoe.json' }));
    unwrap(await second.openGame(created.fileRef));
    unwrap(
      await second.saveGame({
        save: save({ seed: 2 }),
        fileRef: created.fileRef,
        suggestedName: 'x',
      }),
    );
    const request = { save: save({ seed: 3 }), fileRef: created.fileRef, suggestedName: 'x' };
    expect(await first.saveGame(request)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(unwrap(await first.openGame(created.fileRef)).json).toMatchObject({ seed: 2 });
    unwrap(await first.saveGame({ ...request, overwrite: true }));
    expect(unwrap(await second.openGame(created.fileRef)).json).toMatchObject({ seed: 3 });
  });
});

describe('browser host without IndexedDB', () => {
  const noStorage = () => Promise.reject(new Error('The operation is insecure.'));

  it('answers every storage method with an "unavailable" value, never a rejection', async () => {
    const host = tab({ db: noStorage });
    const unavailable = { ok: false, error: { code: 'unavailable' } };
    expect(await host.listAutosaves()).toMatchObject(unavailable);
    expect(await host.recentFiles()).toMatchObject(unavailable);
    expect(await host.loadAutosave('g/000001')).toMatchObject(unavailable);
    expect(await host.openGame('save-1')).toMatchObject(unavailable);
    expect(await host.saveGame({ save: save(), suggestedName: 'x' })).toMatchObject(unavailable);
    expect(await host.writeAutosave({ gameId: 'g', quarter: 1, save: save() })).toMatchObject(
      unavailable,
    );
    // The built-in scenarios need no storage.
    expect(unwrap(await host.scenariosWithId('a'))).toHaveLength(1);
    expect((await host.listScenarios()).scenarios).toHaveLength(1);
  });

  it('lets the start screen offer the built-in scenarios and say saves cannot be kept', async () => {
    const host = tab({ db: noStorage });
    render(
      <I18nextProvider i18n={await createTestI18n('en')}>
        <HostProvider host={host}>
          <StartScreen
            onStart={() => undefined}
            onOpenSave={() => undefined}
            onError={() => undefined}
          />
        </HostProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('A')).toBeTruthy();
    expect((await screen.findByTestId('storage-problem')).textContent).toContain(
      'storage is unavailable',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});
