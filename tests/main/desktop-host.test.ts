import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDesktopHost, safeFileName, type DesktopDialogs } from '../../src/main/desktop-host';
import type { Language, RecentFile } from '../../src/shared/host-api';
import { unwrap } from '../host-result';
import { sampleSave, tempDir } from './helpers';

/** Dialogs that answer from a script, recording what they were asked. */
function scriptedDialogs(answers: (string | null)[]) {
  const asked: string[] = [];
  const next = () => (answers.length > 0 ? (answers.shift() ?? null) : null);
  const dialogs: DesktopDialogs = {
    chooseFileToOpen: async () => {
      asked.push('open');
      return next();
    },
    chooseFileToSave: async (defaultPath) => {
      asked.push(`save:${defaultPath}`);
      return next();
    },
  };
  return { dialogs, asked };
}

async function setup(answers: (string | null)[] = []) {
  const dir = await tempDir();
  const { dialogs, asked } = scriptedDialogs(answers);
  const events: { languages: Language[]; recent: RecentFile[][] } = { languages: [], recent: [] };
  const host = createDesktopHost({
    paths: {
      scenariosDir: join(__dirname, '..', '..', 'scenarios'),
      dataDir: join(dir, 'data'),
      documentsDir: dir,
    },
    dialogs,
    appInfo: { version: '0.1.0', locale: 'ja-JP', host: 'electron' },
    now: () => new Date('2026-11-23T20:00:00Z'),
    onLanguageChanged: (language) => events.languages.push(language),
    onRecentFilesChanged: (files) => events.recent.push(files),
  });
  return { dir, host, asked, events };
}

describe('desktop host', () => {
  it('"Save as" asks where, adds the save suffix, and remembers the file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'my-run');
    const { host, asked, events, dir: documents } = await setup([target]);
    const saved = await host.saveGame({ save: sampleSave(), suggestedName: '../../q3.vpoe.json' });
    expect(saved).toEqual({
      ok: true,
      value: { fileRef: `${target}.vpoe.json`, name: 'my-run.vpoe.json' },
    });
    // The dialog starts in the documents folder whatever the renderer proposed.
    expect(asked).toEqual([`save:${join(documents, 'q3.vpoe.json')}`]);
    expect(unwrap(await host.recentFiles()).map((f) => f.fileRef)).toEqual([`${target}.vpoe.json`]);
    expect(events.recent).toHaveLength(1);
  });

  it('"Save" writes to the chosen file again without asking', async () => {
    const path = join(await tempDir(), 'run.vpoe.json');
    const { host, asked } = await setup([path]);
    const first = await host.saveGame({
      save: sampleSave({ seed: 1 }),
      suggestedName: 'run.vpoe.json',
    });
    expect(first.ok).toBe(true);
    const again = await host.saveGame({
      save: sampleSave({ seed: 2 }),
      fileRef: path,
      suggestedName: 'run.vpoe.json',
    });
    expect(again.ok).toBe(true);
    expect(asked).toHaveLength(1);
    expect(JSON.parse(await readFile(path, 'utf8')).seed).toBe(2);
  });

  it('refuses to open or write a path the player never chose', async () => {
    const { dir, host } = await setup();
    const path = join(dir, 'secret.vpoe.json');
    await writeFile(path, JSON.stringify(sampleSave()));
    const opened = await host.openGame(path);
    expect(opened.ok ? null : opened.error).toEqual({
      code: 'invalid-request',
      detail: `${path} was not chosen by the player.`,
    });
    const saved = await host.saveGame({
      save: sampleSave({ seed: 9 }),
      fileRef: path,
      suggestedName: 'x',
    });
    expect(saved.ok ? null : saved.error.code).toBe('invalid-request');
    expect(JSON.parse(await readFile(path, 'utf8')).seed).toBe(42);
  });

  it('opens a save the player picks and offers it under recent files', async () => {
    const dir = await tempDir();
    const path = join(dir, 'picked.vpoe.json');
    await writeFile(path, JSON.stringify(sampleSave()));
    const { host } = await setup([path]);
    const opened = await host.openGame();
    expect(opened).toMatchObject({ ok: true, value: { fileRef: path, name: 'picked.vpoe.json' } });
    const reopened = await host.openGame(path);
    expect(reopened.ok).toBe(true);
  });

  it('reports a closed dialog as cancelled', async () => {
    const { host } = await setup([null]);
    expect(await host.openGame()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('exports a report where the player chooses', async () => {
    const path = join(await tempDir(), 'report.csv');
    const { host } = await setup([path]);
    const exported = await host.exportFile({
      suggestedName: 'report.csv',
      kind: 'csv',
      content: 'quarter,cash\n1,100\n',
    });
    expect(exported).toEqual({ ok: true, value: { name: 'report.csv' } });
    expect(await readFile(path, 'utf8')).toBe('quarter,cash\n1,100\n');
  });

  it('remembers the language and announces the change', async () => {
    const { host, events } = await setup();
    expect(await host.getSettings()).toEqual({ language: null });
    await host.setLanguage('ja');
    expect(await host.getSettings()).toEqual({ language: 'ja' });
    expect(events.languages).toEqual(['ja']);
  });

  it('lists the built-in scenarios and writes rotating autosaves under its data folder', async () => {
    const { host } = await setup();
    expect((await host.listScenarios()).scenarios.length).toBeGreaterThan(0);
    await host.writeAutosave({ gameId: 'g1', quarter: 2, save: sampleSave() });
    const [entry] = unwrap(await host.listAutosaves());
    expect(entry).toMatchObject({ gameId: 'g1', quarter: 2, scenarioId: 'series-b-saas' });
    expect((await host.loadAutosave(entry?.id ?? '')).ok).toBe(true);
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\run.vpoe.json', 'run.vpoe.json'],
    ['a<b>:c.json', 'a_b__c.json'],
    ['..', 'fallback'],
    ['', 'fallback'],
  ])('%s becomes %s', (input, expected) => {
    expect(safeFileName(input, 'fallback')).toBe(expected);
  });
});
