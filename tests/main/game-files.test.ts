import { readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGameFile, serializeSave, writeGameFile } from '../../src/main/files/game-files';
import { checkSaveEnvelope } from '../../src/shared/file-checks';
import { MAX_FILE_BYTES } from '../../src/shared/host-api';
import { loadSave, migrateSave, SAVE_SCHEMA_VERSION, toSave } from '../../src/sim/index';
import { freshGame, playTo, scenario, version0Save } from '../renderer/saves/games';
import { sampleSave, tempDir } from './helpers';

async function fileWith(content: string, name = 'game.vpoe.json'): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, content);
  return path;
}

describe('readGameFile', () => {
  it('opens a save it wrote', async () => {
    const path = join(await tempDir(), 'q3.vpoe.json');
    expect((await writeGameFile(path, sampleSave())).ok).toBe(true);
    const opened = await readGameFile(path);
    expect(opened).toEqual({
      ok: true,
      value: { fileRef: path, name: 'q3.vpoe.json', json: sampleSave() },
    });
  });

  it.each([
    ['a missing file', null, 'not-found', 'does not exist'],
    ['an empty file', '', 'invalid-json', 'game.vpoe.json is empty'],
    ['a truncated file', serializeSave(sampleSave()).slice(0, 60), 'invalid-json', 'cut off'],
    ['a foreign JSON file', '{"rows":[1,2]}', 'not-a-save', 'field "format" must be "vpoe-save"'],
    ['a list', '[1,2]', 'not-a-save', 'expected a JSON object, found a list'],
    [
      'a save without a whole schemaVersion',
      JSON.stringify(sampleSave({ schemaVersion: 1.5 })),
      'not-a-save',
      'field "schemaVersion" must be a whole number',
    ],
    [
      'a save without its scenario',
      JSON.stringify(sampleSave({ scenario: {} })),
      'not-a-save',
      'field "scenario.id"',
    ],
  ])('refuses %s, saying why', async (_label, content, code, detail) => {
    const path =
      content === null ? join(await tempDir(), 'game.vpoe.json') : await fileWith(content);
    const opened = await readGameFile(path);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe(code);
    expect(opened.error.detail).toContain(detail);
  });

  it('opens a version-0 save of the first release, and the engine replays it', async () => {
    const played = playTo(freshGame(11), 2);
    const path = await fileWith(JSON.stringify(version0Save(played)), 'old.json');
    const opened = await readGameFile(path);
    if (!opened.ok) throw new Error(opened.error.detail);
    expect(opened.value.json).toEqual(version0Save(played));
    const loaded = loadSave(opened.value.json, scenario);
    expect(loaded.ok && loaded.value.history).toEqual(played.history);
  });

  it.each([
    [
      'a version-0 save without its scenario',
      { version: 0, seed: 1, quarters: [] },
      'needs field "scenarioId" as a non-empty string, found missing',
    ],
    [
      'a version-0 save without its quarters',
      { version: 0, scenarioId: 'series-b-saas', seed: 1, quarters: 'all' },
      'needs field "quarters" as a list, found "all"',
    ],
    [
      'an unknown old version',
      { version: 3, scenarioId: 'series-b-saas', quarters: [] },
      'must be "vpoe-save" (or "version" 0 for a save of the first release), found "version" 3',
    ],
  ])('refuses %s, saying why', async (_label, content, detail) => {
    const opened = await readGameFile(await fileWith(JSON.stringify(content)));
    expect(opened.ok ? null : opened.error.code).toBe('not-a-save');
    expect(opened.ok ? '' : opened.error.detail).toContain(`game.vpoe.json: `);
    expect(opened.ok ? '' : opened.error.detail).toContain(detail);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = await fileWith('{}');
    await truncate(path, MAX_FILE_BYTES + 1);
    const opened = await readGameFile(path);
    expect(opened.ok ? null : opened.error.code).toBe('too-large');
  });
});

describe('checkSaveEnvelope', () => {
  // Whatever the engine can migrate, the hosts must let through to it (it gives the reasons).
  it('lets through every save format the engine migrates, naming its scenario', () => {
    const played = playTo(freshGame(5), 1);
    for (const save of [toSave(played), version0Save(played)]) {
      expect(migrateSave(save).ok).toBe(true);
      expect(checkSaveEnvelope(save, 'x')).toEqual({
        ok: true,
        value: {
          json: save,
          scenarioId: scenario.id,
          formatVersion: 'version' in save ? 0 : SAVE_SCHEMA_VERSION,
        },
      });
    }
  });
});

describe('writeGameFile', () => {
  it('overwrites an earlier save', async () => {
    const path = join(await tempDir(), 'game.vpoe.json');
    await writeGameFile(path, sampleSave({ seed: 1 }));
    await writeGameFile(path, sampleSave({ seed: 2 }));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(sampleSave({ seed: 2 }));
  });

  it.each([
    ['a foreign JSON file', '{"budget":[100,200]}'],
    ['a damaged file', '{"format":"vpoe-save", "sche'],
    ['a text document', 'Quarterly notes: do not delete'],
  ])('refuses to overwrite %s and leaves it byte for byte', async (_label, content) => {
    const path = await fileWith(content, 'notes.json');
    const saved = await writeGameFile(path, sampleSave());
    expect(saved.ok ? null : saved.error.code).toBe('refused-overwrite');
    expect(saved.ok ? '' : saved.error.detail).toContain('left unchanged');
    expect(await readFile(path, 'utf8')).toBe(content);
  });

  it('refuses to write data that is not a save', async () => {
    const path = join(await tempDir(), 'game.vpoe.json');
    const saved = await writeGameFile(path, { hello: 'world' });
    expect(saved.ok ? null : saved.error).toMatchObject({
      code: 'invalid-request',
      detail: expect.stringContaining('"format"'),
    });
    await expect(readFile(path)).rejects.toThrow('ENOENT');
  });
});
