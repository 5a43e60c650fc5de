import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRecentFile,
  listRecentFiles,
  removeRecentFile,
} from '../../src/main/files/recent-files';
import { RECENT_FILES_LIMIT } from '../../src/shared/host-api';
import { tempDir } from './helpers';

async function files(dir: string, count: number): Promise<string[]> {
  const paths = Array.from({ length: count }, (_, i) => join(dir, `game-${i}.vpoe.json`));
  await Promise.all(paths.map((path) => writeFile(path, '{}')));
  return paths;
}

describe('recent files', () => {
  it('lists the most recently opened first, once each', async () => {
    const dir = await tempDir();
    const store = join(dir, 'recent-files.json');
    const [a, b] = await files(dir, 2);
    await addRecentFile(store, a!, new Date('2026-01-01T10:00:00Z'));
    await addRecentFile(store, b!, new Date('2026-01-01T11:00:00Z'));
    await addRecentFile(store, a!, new Date('2026-01-01T12:00:00Z'));
    const recent = await listRecentFiles(store);
    expect(recent.map((f) => f.name)).toEqual(['game-0.vpoe.json', 'game-1.vpoe.json']);
    expect(recent[0]?.openedAt).toBe('2026-01-01T12:00:00.000Z');
  });

  it(`keeps at most ${RECENT_FILES_LIMIT}`, async () => {
    const dir = await tempDir();
    const store = join(dir, 'recent-files.json');
    const paths = await files(dir, RECENT_FILES_LIMIT + 3);
    for (const [i, path] of paths.entries()) await addRecentFile(store, path, new Date(i * 1000));
    const recent = await listRecentFiles(store);
    expect(recent).toHaveLength(RECENT_FILES_LIMIT);
    expect(recent[0]?.fileRef).toBe(paths.at(-1));
  });

  it('does not offer files that have since been deleted, and forgets removed ones', async () => {
    const dir = await tempDir();
    const store = join(dir, 'recent-files.json');
    const [a, b, c] = await files(dir, 3);
    for (const path of [a!, b!, c!]) await addRecentFile(store, path, new Date());
    await rm(b!);
    expect((await listRecentFiles(store)).map((f) => f.fileRef)).toEqual([c, a]);
    await removeRecentFile(store, c!);
    expect((await listRecentFiles(store)).map((f) => f.fileRef)).toEqual([a]);
  });

  it('reads a missing or damaged store as empty', async () => {
    const dir = await tempDir();
    expect(await listRecentFiles(join(dir, 'none.json'))).toEqual([]);
    const store = join(dir, 'recent-files.json');
    await writeFile(store, '[{"fileRef": 3}, "x"');
    expect(await listRecentFiles(store)).toEqual([]);
  });
});
