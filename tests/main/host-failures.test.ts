/**
 * Issue 14, desktop host: the player's own scenarios reopen their saves (item 2), a data folder
 * that cannot be written never turns an open or a save into a throw (item 4), "Save" notices a
 * file changed by another window (item 5), autosaves are listed by sequence number past damaged
 * files (item 9) and temp files a crash left are removed (item 9).
 */
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesktopHost, dataFiles, type DesktopDialogs } from '../../src/main/desktop-host';
import { removeLeftoversAtStart } from '../../src/main/files/clean-up';
import { gameFromOpened } from '../../src/renderer/features/saves/openSavedGame';
import type { HostApi } from '../../src/shared/host-api';
import { newGame, parseScenario, submitDecisions, toSave } from '../../src/sim/index';
import { unwrap } from '../host-result';
import { rawScenario } from '../sim/helpers';
import { sampleSave, tempDir } from './helpers';

function hostIn(dataDir: string, documentsDir: string, answers: (string | null)[] = []) {
  const dialogs: DesktopDialogs = {
    chooseFileToOpen: async () => answers.shift() ?? null,
    chooseFileToSave: async () => answers.shift() ?? null,
  };
  return createDesktopHost({
    paths: { scenariosDir: join(__dirname, '..', '..', 'scenarios'), dataDir, documentsDir },
    dialogs,
    appInfo: { version: '0.1.0', locale: 'en-GB', host: 'electron' },
    now: () => new Date('2026-12-01T10:00:00Z'),
  });
}

describe('desktop host: the player’s own scenarios', () => {
  it('reopens a game played on an opened scenario file after the file is gone, even one reusing a built-in id with other numbers', async () => {
    const dir = await tempDir();
    const own = { ...rawScenario(), company: { ...(rawScenario().company as object), cash: 5e7 } };
    const ownPath = join(dir, 'my-variant.json');
    await writeFile(ownPath, JSON.stringify(own));
    const host = hostIn(join(dir, 'data'), dir, [ownPath]);
    const opened = unwrap(await host.openScenarioFile());
    await rm(ownPath);

    const scenario = parseScenario(opened.json);
    if (!scenario.ok) throw new Error('scenario refused');
    const played = submitDecisions(newGame(scenario.value, 5), scenario.value.startingDecisions);
    if (!played.ok) throw new Error('decisions refused');
    const reopened = await gameFromOpened(host as unknown as HostApi, {
      fileRef: null,
      name: 'run.vpoe.json',
      json: toSave(played.value),
    });
    expect(reopened.ok && reopened.value.game.history).toEqual(played.value.history);
  });
});

describe('desktop host: a data folder that cannot be written', () => {
  async function brokenDataFolder() {
    const dir = await tempDir();
    // A file where the data folder should be: every write under it fails (ENOTDIR), even as root.
    const dataDir = join(dir, 'data');
    await writeFile(dataDir, 'not a folder');
    return { dir, dataDir };
  }

  it('still opens and saves games, and answers setLanguage with a failure value', async () => {
    const { dir, dataDir } = await brokenDataFolder();
    const savePath = join(dir, 'run.vpoe.json');
    await writeFile(savePath, JSON.stringify(sampleSave()));
    const host = hostIn(dataDir, dir, [savePath]);
    expect(unwrap(await host.openGame())).toMatchObject({ fileRef: savePath });
    expect(
      await host.saveGame({ save: sampleSave({ seed: 9 }), fileRef: savePath, suggestedName: 'x' }),
    ).toMatchObject({ ok: true });
    expect(await host.setLanguage('ja')).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await host.recentFiles()).toEqual({ ok: true, value: [] });
    expect(await host.writeAutosave({ gameId: 'g', quarter: 1, save: sampleSave() })).toMatchObject(
      { ok: false, error: { code: 'io' } },
    );
  });
});

describe('desktop host: "Save" after another window saved the same file', () => {
  it('refuses with a conflict, then overwrites only when asked', async () => {
    const dir = await tempDir();
    const savePath = join(dir, 'run.vpoe.json');
    await writeFile(savePath, JSON.stringify(sampleSave()));
    const first = hostIn(join(dir, 'data'), dir, [savePath]);
    unwrap(await first.openGame());
    // Another window writes the file (its own game) after this one opened it.
    await writeFile(savePath, JSON.stringify(sampleSave({ seed: 2 }), null, 1));
    await utimes(savePath, new Date(), new Date(Date.now() + 5000));
    const request = { save: sampleSave({ seed: 3 }), fileRef: savePath, suggestedName: 'x' };
    expect(await first.saveGame(request)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await first.saveGame({ ...request, overwrite: true })).toMatchObject({ ok: true });
    // Its own write is now the version it knows: the next "Save" goes through.
    expect(await first.saveGame({ ...request, save: sampleSave({ seed: 4 }) })).toMatchObject({
      ok: true,
    });
  });
});

describe('desktop host: autosave listing and leftovers', () => {
  it('lists by sequence number whatever the clock said, skipping a damaged newest autosave', async () => {
    const dir = await tempDir();
    const host = hostIn(join(dir, 'data'), dir);
    for (let quarter = 1; quarter <= 3; quarter++)
      unwrap(await host.writeAutosave({ gameId: 'g', quarter, save: sampleSave({ quarter }) }));
    const gameDir = join(dataFiles(join(dir, 'data')).autosaves, 'g');
    // The clock went back: the newest autosave carries the oldest time.
    await utimes(join(gameDir, '000003-q3.vpoe.json'), new Date(0), new Date(0));
    expect(unwrap(await host.listAutosaves()).map((e) => e.quarter)).toEqual([3, 2, 1]);
    // A damaged newest file hides nothing else.
    unwrap(await host.writeAutosave({ gameId: 'g', quarter: 4, save: sampleSave() }));
    await writeFile(join(gameDir, '000004-q4.vpoe.json'), '{"format":"vpoe-sa');
    expect(unwrap(await host.listAutosaves()).map((e) => e.quarter)).toEqual([3, 2, 1]);
  });

  it('removes temp files a crash left in the data folder at start, and beside a save when it opens', async () => {
    const dir = await tempDir();
    const files = dataFiles(join(dir, 'data'));
    await mkdir(join(files.autosaves, 'g'), { recursive: true });
    await mkdir(files.ownScenarios, { recursive: true });
    const leftovers = [
      `${files.settings}.12345`,
      `${files.recentFiles}.777`,
      join(files.ownScenarios, `${'a'.repeat(64)}.json.42`),
      join(files.autosaves, 'g', '000001-q1.vpoe.json.9'),
    ];
    await Promise.all(leftovers.map((path) => writeFile(path, 'half')));
    await writeFile(files.settings, '{"language":"ja"}');
    expect(await removeLeftoversAtStart(files)).toBe(4);
    expect((await readdir(join(dir, 'data'))).sort()).toEqual([
      'autosaves',
      'scenarios',
      'settings.json',
    ]);

    const savePath = join(dir, 'run.vpoe.json');
    await writeFile(savePath, JSON.stringify(sampleSave()));
    await writeFile(`${savePath}.31337`, 'half');
    unwrap(await hostIn(join(dir, 'data'), dir, [savePath]).openGame());
    expect((await readdir(dir)).filter((n) => n.startsWith('run'))).toEqual(['run.vpoe.json']);
  });
});
