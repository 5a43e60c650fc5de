import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostError, HostResult } from '../../shared/host-api';
import { checkSize, parseJsonText } from '../../shared/file-checks';

/** Turns an operating-system error into a HostError that names the file. */
export function ioError(error: unknown, path: string): HostError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { code: 'not-found', detail: `${path} does not exist.` };
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'io', detail: `${path}: ${reason}` };
}

/** Reads a JSON file, refusing it (with a reason) when missing, too large or not JSON. */
export async function readJsonFile(path: string): Promise<HostResult<unknown>> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile())
      return { ok: false, error: { code: 'io', detail: `${path} is not a file.` } };
    const size = checkSize(info.size, name);
    if (!size.ok) return size;
    return parseJsonText(await readFile(path, 'utf8'), name);
  } catch (error) {
    return { ok: false, error: ioError(error, path) };
  }
}
