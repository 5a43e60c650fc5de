import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openBrowserDb } from '../../../src/renderer/host/browser-db';
import type { PickedFile } from '../../../src/renderer/host/browser-files';
import {
  createBrowserHost,
  LANGUAGE_STORAGE_KEY,
  PENDING_AUTOSAVE_KEY,
} from '../../../src/renderer/host/browser-host';
import { AUTOSAVES_PER_GAME } from '../../../src/shared/host-api';
import { unwrap } from '../../host-result';
import { loadSave } from '../../../src/sim/index';
import { freshGame, playTo, scenario, version0Save } from '../saves/games';

const save = (overrides: Record<string, unknown> = {}) => ({
  format: 'vpoe-save',
  schemaVersion: 1,
  scenario: { id: 'series-b-saas', hash: 'h' },
  seed: 7,
  log: [],
  ...overrides,
});

let dbCount = 0;

function setup(
  picks: (PickedFile | null)[] = [],
  shared: {
    storage?: Map<string, string>;
    db?: () => ReturnType<typeof openBrowserDb>;
    /** the clock's step per reading, in ms (negative: a clock that goes back) */
    tick?: number;
  } = {},
) {
  const storage = shared.storage ?? new Map<string, string>();
  const downloads: [string, string, string][] = [];
  let clock = Date.parse('2026-11-23T20:00:00Z');
  const db = openBrowserDb(`test-${++dbCount}`);
  const host = createBrowserHost({
    db: shared.db ?? (() => db),
    storage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
    pickFile: async () => picks.shift() ?? null,
    download: (name, kind, content) => void downloads.push([name, kind, content]),
    locale: 'ja-JP',
    now: () => new Date((clock += shared.tick ?? 1000)),
    scenarios: [
      {
        fileName: 'a.json',
        json: { id: 'a', title: { en: 'A', ja: 'エー' }, description: { en: 'd', ja: 'd' } },
      },
      { fileName: 'broken.json', json: { id: 'b', title: 'no' } },
    ],
  });
  return { host, storage, downloads, db: () => db };
}

const file = (name: string, text: string): PickedFile => ({
  name,
  size: text.length,
  text: async () => text,
});

describe('browser host', () => {
  it('lists bundled scenarios and reports broken ones by file', async () => {
    const { host } = setup();
    const listing = await host.listScenarios();
    expect(listing.scenarios.map((s) => s.id)).toEqual(['a']);
    expect(listing.problems[0]).toMatchObject({
      fileName: 'broken.json',
      error: { code: 'not-a-scenario' },
    });
    expect(await host.loadScenario('a')).toMatchObject({
      ok: true,
      value: { summary: { id: 'a' } },
    });
    expect((await host.loadScenario('zz')).ok).toBe(false);
  });

  it('remembers the language in local storage', async () => {
    const { host, storage } = setup();
    expect(await host.getSettings()).toEqual({ language: null });
    await host.setLanguage('ja');
    expect(storage.get(LANGUAGE_STORAGE_KEY)).toBe('ja');
    expect(await host.getSettings()).toEqual({ language: 'ja' });
  });

  it('saves, overwrites and reopens a game, most recent first', async () => {
    const { host } = setup();
    const first = await host.saveGame({ save: save({ seed: 1 }), suggestedName: 'one.vpoe.json' });
    const second = await host.saveGame({ save: save({ seed: 2 }), suggestedName: 'two.vpoe.json' });
    if (!first.ok || !second.ok) throw new Error('save failed');
    await host.saveGame({
      save: save({ seed: 3 }),
      fileRef: first.value.fileRef,
      suggestedName: 'x',
    });
    expect(unwrap(await host.recentFiles()).map((f) => f.name)).toEqual([
      'one.vpoe.json',
      'two.vpoe.json',
    ]);
    const reopened = await host.openGame(first.value.fileRef);
    expect(reopened).toMatchObject({
      ok: true,
      value: { name: 'one.vpoe.json', json: { seed: 3 } },
    });
  });

  it('opens an uploaded save and keeps it for later', async () => {
    const { host } = setup([file('run.vpoe.json', JSON.stringify(save()))]);
    const opened = await host.openGame();
    expect(opened).toMatchObject({ ok: true, value: { name: 'run.vpoe.json' } });
    expect(unwrap(await host.recentFiles()).map((f) => f.name)).toEqual(['run.vpoe.json']);
  });

  it('opens an uploaded version-0 save for the engine to migrate', async () => {
    const played = playTo(freshGame(3), 2);
    const { host } = setup([file('first-release.json', JSON.stringify(version0Save(played)))]);
    const opened = await host.openGame();
    if (!opened.ok) throw new Error(opened.error.detail);
    expect(unwrap(await host.recentFiles()).map((f) => f.name)).toEqual(['first-release.json']);
    const reopened = await host.openGame(opened.value.fileRef ?? '');
    const loaded = loadSave(reopened.ok ? reopened.value.json : null, scenario);
    expect(loaded.ok && loaded.value.history).toEqual(played.history);
  });

  it.each([
    ['a version-0 save without scenarioId', '{"version":0,"seed":1,"quarters":[]}', 'scenarioId'],
    ['an unknown old version', '{"version":2,"scenarioId":"a","quarters":[]}', '"version" 2'],
  ])('refuses %s, saying why, and stores nothing', async (_label, text, detail) => {
    const { host } = setup([file('old.json', text)]);
    const opened = await host.openGame();
    expect(opened.ok ? null : opened.error.code).toBe('not-a-save');
    expect(opened.ok ? '' : opened.error.detail).toContain(detail);
    expect(unwrap(await host.recentFiles())).toEqual([]);
  });

  it.each([
    ['truncated', '{"format":"vpoe-save","sch', 'invalid-json'],
    ['foreign', '{"kind":"budget"}', 'not-a-save'],
  ])('refuses a %s upload and stores nothing', async (_label, text, code) => {
    const { host } = setup([file('x.json', text)]);
    const opened = await host.openGame();
    expect(opened.ok ? null : opened.error.code).toBe(code);
    expect(unwrap(await host.recentFiles())).toEqual([]);
  });

  it('treats a closed file picker as cancelled', async () => {
    const { host } = setup([null]);
    expect(await host.openGame()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it(`keeps the newest ${AUTOSAVES_PER_GAME} autosaves per game`, async () => {
    const { host } = setup();
    for (let quarter = 1; quarter <= 12; quarter++) {
      await host.writeAutosave({ gameId: 'g', quarter, save: save({ quarter }) });
    }
    await host.writeAutosave({ gameId: 'other', quarter: 1, save: save() });
    const listed = unwrap(await host.listAutosaves());
    expect(listed[0]).toMatchObject({ gameId: 'other', quarter: 1 });
    const quarters = listed.filter((e) => e.gameId === 'g').map((e) => e.quarter);
    expect(quarters).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    const loaded = await host.loadAutosave(listed[1]?.id ?? '');
    expect(loaded).toMatchObject({
      ok: true,
      value: { fileRef: null, json: { quarter: 12 }, autosaveGameId: 'g' },
    });
  });

  it('lists a game by its autosaves’ order, not the clock: a clock set back offers the newest', async () => {
    // Every reading an hour earlier than the last (the computer's clock corrected backwards).
    const { host } = setup([], { tick: -3_600_000 });
    for (let quarter = 1; quarter <= 3; quarter++) {
      await host.writeAutosave({ gameId: 'g', quarter, save: save({ quarter }) });
    }
    const listed = unwrap(await host.listAutosaves());
    expect(listed.map((e) => e.quarter)).toEqual([3, 2, 1]);
    // The newest autosave carries the earliest time, and is still the one Resume offers.
    expect(listed[0]!.savedAt < listed[2]!.savedAt).toBe(true);
    expect(await host.loadAutosave(listed[0]!.id)).toMatchObject({
      ok: true,
      value: { json: { quarter: 3 } },
    });
  });

  it('keeps an autosave whose IndexedDB write a closing tab cut off, and restores it once', async () => {
    const first = setup();
    await first.host.writeAutosave({ gameId: 'g', quarter: 2, save: save({ step: 'resolved' }) });
    // The tab closes while IndexedDB is still busy: its write never completes.
    const closing = setup([], { storage: first.storage, db: () => new Promise(() => undefined) });
    void closing.host.writeAutosave({ gameId: 'g', quarter: 2, save: save({ step: 'answered' }) });
    expect(first.storage.get(PENDING_AUTOSAVE_KEY)).toContain('answered');

    const reopened = setup([], { storage: first.storage, db: first.db });
    const listed = unwrap(await reopened.host.listAutosaves());
    expect(listed.map((e) => e.quarter)).toEqual([2, 2]);
    const latest = await reopened.host.loadAutosave(listed[0]?.id ?? '');
    expect(latest).toMatchObject({ ok: true, value: { json: { step: 'answered' } } });
    expect(first.storage.has(PENDING_AUTOSAVE_KEY)).toBe(false);
    // Restored once: neither this page nor the next adds it again.
    const again = setup([], { storage: first.storage, db: first.db });
    expect(unwrap(await again.host.listAutosaves())).toHaveLength(2);
  });

  it('keeps autosaving when restoring a left-over autosave fails', async () => {
    const first = setup();
    first.storage.set(
      PENDING_AUTOSAVE_KEY,
      JSON.stringify({ gameId: 'g', quarter: 1, scenarioId: 'a', savedAt: 'x', json: save() }),
    );
    let calls = 0;
    const flaky = setup([], {
      storage: first.storage,
      db: () => (++calls === 1 ? Promise.reject(new Error('blocked')) : first.db()),
    });
    const written = await flaky.host.writeAutosave({ gameId: 'h', quarter: 2, save: save() });
    expect(written.ok).toBe(true);
    expect(unwrap(await flaky.host.listAutosaves()).map((e) => e.gameId)).toEqual(['h']);
  });

  it('does not duplicate a pending autosave IndexedDB already has', async () => {
    const first = setup();
    await first.host.writeAutosave({ gameId: 'g', quarter: 1, save: save({ step: 'a' }) });
    expect(first.storage.has(PENDING_AUTOSAVE_KEY)).toBe(false);
    // The tab closed after IndexedDB's commit but before the pending record was cleared.
    const [stored] = await (await first.db()).getAll('autosaves');
    const { gameId, quarter, scenarioId, savedAt, json } = stored!;
    first.storage.set(
      PENDING_AUTOSAVE_KEY,
      JSON.stringify({ gameId, quarter, scenarioId, savedAt, json }),
    );
    const reopened = setup([], { storage: first.storage, db: first.db });
    expect(unwrap(await reopened.host.listAutosaves())).toHaveLength(1);
    expect(first.storage.has(PENDING_AUTOSAVE_KEY)).toBe(false);
  });

  it('refuses autosaves with unsafe ids or non-save data', async () => {
    const { host } = setup();
    expect((await host.writeAutosave({ gameId: 'a/b', quarter: 1, save: save() })).ok).toBe(false);
    expect((await host.writeAutosave({ gameId: 'g', quarter: 1, save: { x: 1 } })).ok).toBe(false);
    expect(unwrap(await host.listAutosaves())).toEqual([]);
  });

  it('exports by download', async () => {
    const { host, downloads } = setup();
    await host.exportFile({ suggestedName: 'report.csv', kind: 'csv', content: 'a,b\n' });
    expect(downloads).toEqual([['report.csv', 'csv', 'a,b\n']]);
  });

  it('reports the browser locale and its version', async () => {
    const { host } = setup();
    expect(await host.appInfo()).toMatchObject({ host: 'browser', locale: 'ja-JP' });
  });
});
