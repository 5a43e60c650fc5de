/**
 * Atomic replacement of a file: the new content goes to a temporary file beside the target, is
 * flushed to disk (fsync), and only then renamed over the target. A crash at any moment leaves
 * either the old file or the new one, never a half-written file in its place.
 */
import { mkdir, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Writes `content` to `path` atomically, creating the folder if needed. */
export async function writeFileAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, content, { encoding: 'utf8', fsync: true });
}

/**
 * write-file-atomic names its temporary file `<target>.<number>`. After a crash one may be left
 * behind; it never replaced anything, so it is safe to delete.
 */
export function isLeftoverTempFile(fileName: string, targetName: string): boolean {
  return (
    fileName.startsWith(`${targetName}.`) && /^\d+$/.test(fileName.slice(targetName.length + 1))
  );
}

/** Deletes temporary files a crashed write left beside `path`; returns how many. */
export async function removeLeftoverTempFiles(path: string): Promise<number> {
  const dir = dirname(path);
  const target = basename(path);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => isLeftoverTempFile(name, target));
  await Promise.all(leftovers.map((name) => unlink(join(dir, name)).catch(() => undefined)));
  return leftovers.length;
}
