import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  isLeftoverTempFile,
  removeLeftoverTempFiles,
  writeFileAtomically,
} from '../../src/main/files/atomic-write';
import { tempDir } from './helpers';

const crashScript = join(__dirname, 'fixtures', 'crash-during-write.ts');

describe('writeFileAtomically', () => {
  it('replaces the content of an existing file', async () => {
    const path = join(await tempDir(), 'game.vpoe.json');
    await writeFile(path, 'old');
    await writeFileAtomically(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(join(path, '..'))).toEqual(['game.vpoe.json']);
  });

  it('leaves the previous file intact when the process dies between write and rename', async () => {
    const dir = await tempDir();
    const path = join(dir, 'game.vpoe.json');
    await writeFile(path, 'previous save');

    const child = spawnSync(process.execPath, ['--import', 'tsx', crashScript, path, 'new save'], {
      encoding: 'utf8',
    });

    expect(child.signal).toBe('SIGKILL');
    expect(await readFile(path, 'utf8')).toBe('previous save');
    // The new content had reached the disk in a temp file: the crash really hit between the two.
    const leftovers = (await readdir(dir)).filter((name) =>
      isLeftoverTempFile(name, 'game.vpoe.json'),
    );
    expect(leftovers).toHaveLength(1);
    expect(await readFile(join(dir, leftovers[0] ?? ''), 'utf8')).toBe('new save');

    expect(await removeLeftoverTempFiles(path)).toBe(1);
    expect(await readdir(dir)).toEqual(['game.vpoe.json']);
  });

  it('rejects and keeps the previous file when the rename fails', async () => {
    const dir = await tempDir();
    const path = join(dir, 'game.vpoe.json');
    await writeFile(path, 'previous save');
    const rename = vi
      .spyOn(fs, 'rename')
      .mockImplementation(((_from: string, _to: string, callback: (error: Error) => void) =>
        callback(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))) as never);
    try {
      await expect(writeFileAtomically(path, 'new save')).rejects.toThrow('EIO');
    } finally {
      rename.mockRestore();
    }
    expect(await readFile(path, 'utf8')).toBe('previous save');
    expect(await readdir(dir)).toEqual(['game.vpoe.json']);
  });
});

describe('isLeftoverTempFile', () => {
  it('recognises only write-file-atomic temp names of that target', () => {
    expect(isLeftoverTempFile('a.vpoe.json.123456', 'a.vpoe.json')).toBe(true);
    expect(isLeftoverTempFile('a.vpoe.json', 'a.vpoe.json')).toBe(false);
    expect(isLeftoverTempFile('a.vpoe.json.bak', 'a.vpoe.json')).toBe(false);
    expect(isLeftoverTempFile('b.vpoe.json.123', 'a.vpoe.json')).toBe(false);
  });
});
