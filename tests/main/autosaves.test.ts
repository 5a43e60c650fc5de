import fs from 'node:fs';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  listAutosaves,
  loadAutosave,
  removeInterruptedAutosaves,
  writeAutosave,
} from '../../src/main/files/autosaves';
import { AUTOSAVES_PER_GAME } from '../../src/shared/host-api';
import { sampleSave, tempDir } from './helpers';

async function autosaveQuarters(root: string, gameId: string, quarters: number[]) {
  for (const quarter of quarters) {
    const written = await writeAutosave(root, { gameId, quarter, save: sampleSave({ quarter }) });
    expect(written.ok).toBe(true);
  }
}

describe('autosaves', () => {
  it(`keeps only the newest ${AUTOSAVES_PER_GAME} of each game`, async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'game-a', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    await autosaveQuarters(root, 'game-b', [1, 2]);

    const files = await readdir(join(root, 'game-a'));
    expect(files).toHaveLength(AUTOSAVES_PER_GAME);
    const listed = await listAutosaves(root);
    const quartersA = listed.filter((e) => e.gameId === 'game-a').map((e) => e.quarter);
    expect(quartersA.sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(listed.filter((e) => e.gameId === 'game-b')).toHaveLength(2);
    expect(listed.every((e) => e.scenarioId === 'series-b-saas')).toBe(true);
  });

  it('keeps autosaves asked for at once (one per answered dialog) in order, in the same rotation', async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'g', [1, 2, 3, 4, 5, 6, 7, 8]);
    // The page asks for the next write before the previous one has finished.
    const steps = ['resolved', 'answered 1', 'answered 2', 'answered 3'];
    const written = await Promise.all(
      steps.map((step) =>
        writeAutosave(root, { gameId: 'g', quarter: 9, save: sampleSave({ step }) }),
      ),
    );
    expect(written.every((w) => w.ok)).toBe(true);
    expect(await readdir(join(root, 'g'))).toHaveLength(AUTOSAVES_PER_GAME);
    const [newest] = await listAutosaves(root);
    const loaded = await loadAutosave(root, newest?.id ?? '');
    expect(loaded).toMatchObject({ ok: true, value: { json: { step: 'answered 3' } } });
  });

  it('lists the most recent autosave first', async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'older', [1]);
    await autosaveQuarters(root, 'newer', [4]);
    // Written an hour apart, as far as the files tell: the order never hangs on the clock's tick.
    const [olderFile] = await readdir(join(root, 'older'));
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(root, 'older', olderFile ?? ''), anHourAgo, anHourAgo);
    const [first] = await listAutosaves(root);
    expect(first).toMatchObject({ gameId: 'newer', quarter: 4 });
  });

  it('loads an autosave as a game without a file to save back to', async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'g1', [3]);
    const [entry] = await listAutosaves(root);
    const loaded = await loadAutosave(root, entry?.id ?? '');
    expect(loaded).toMatchObject({
      ok: true,
      value: { fileRef: null, json: sampleSave({ quarter: 3 }), autosaveGameId: 'g1' },
    });
  });

  it.each(['../../etc/passwd', 'g1/../../x.vpoe.json', 'g1/notes.txt', 'g1'])(
    'refuses the id %s',
    async (id) => {
      const loaded = await loadAutosave(await tempDir(), id);
      expect(loaded.ok ? null : loaded.error.code).toBe('invalid-request');
    },
  );

  it('refuses unsafe game ids and data that is not a save', async () => {
    const root = await tempDir();
    const badId = await writeAutosave(root, { gameId: '../x', quarter: 1, save: sampleSave() });
    expect(badId.ok ? null : badId.error.code).toBe('invalid-request');
    const badSave = await writeAutosave(root, { gameId: 'g', quarter: 1, save: { a: 1 } });
    expect(badSave.ok ? null : badSave.error.detail).toContain('"format"');
    expect(await readdir(root)).toEqual([]);
  });

  it('keeps the older autosaves when a new one cannot be written', async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'g', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const before = await readdir(join(root, 'g'));
    // The disk refuses the final rename (full disk, removed USB stick...).
    const rename = vi
      .spyOn(fs, 'rename')
      .mockImplementation(((_from: string, _to: string, callback: (error: Error) => void) =>
        callback(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }))) as never);
    let failed;
    try {
      failed = await writeAutosave(root, { gameId: 'g', quarter: 11, save: sampleSave() });
    } finally {
      rename.mockRestore();
    }
    expect(failed.ok ? null : failed.error.code).toBe('io');
    expect(failed.ok ? '' : failed.error.detail).toContain('ENOSPC');
    expect(await readdir(join(root, 'g'))).toEqual(before);
  });

  it('numbers concurrent autosaves of one game without collisions', async () => {
    const root = await tempDir();
    const writes = [1, 2, 3, 4].map((quarter) =>
      writeAutosave(root, { gameId: 'g', quarter, save: sampleSave({ quarter }) }),
    );
    const results = await Promise.all(writes);
    expect(new Set(results.map((r) => (r.ok ? r.value.id : ''))).size).toBe(4);
    expect(await readdir(join(root, 'g'))).toHaveLength(4);
  });

  it('clears temp files a crash left behind, and nothing else', async () => {
    const root = await tempDir();
    await autosaveQuarters(root, 'g', [1]);
    await writeFile(join(root, 'g', '000002-q2.vpoe.json.123456789'), '{"half":');
    expect(await removeInterruptedAutosaves(root)).toBe(1);
    expect(await readdir(join(root, 'g'))).toEqual(['000001-q1.vpoe.json']);
  });
});
