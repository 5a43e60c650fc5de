/**
 * The recent-files list, kept as JSON in the app's data folder. Newest first, no duplicates,
 * at most RECENT_FILES_LIMIT entries; files that have since disappeared are not offered.
 */
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RecentFile } from '../../shared/host-api';
import { RECENT_FILES_LIMIT } from '../../shared/host-api';
import { writeFileAtomically } from './atomic-write';
import { readJsonFile } from './read-file';

function isRecentFile(value: unknown): value is RecentFile {
  const entry = value as Partial<RecentFile> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.fileRef === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.openedAt === 'string'
  );
}

/** The stored list; a missing or damaged store reads as empty rather than blocking the app. */
async function readStore(storePath: string): Promise<RecentFile[]> {
  const stored = await readJsonFile(storePath);
  if (!stored.ok || !Array.isArray(stored.value)) return [];
  return stored.value.filter(isRecentFile);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export async function listRecentFiles(storePath: string): Promise<RecentFile[]> {
  const entries = await readStore(storePath);
  const present = await Promise.all(entries.map((entry) => exists(entry.fileRef)));
  return entries.filter((_, index) => present[index]).slice(0, RECENT_FILES_LIMIT);
}

export async function addRecentFile(
  storePath: string,
  filePath: string,
  openedAt: Date,
): Promise<RecentFile[]> {
  const entry: RecentFile = {
    fileRef: filePath,
    name: basename(filePath),
    openedAt: openedAt.toISOString(),
  };
  const others = (await readStore(storePath)).filter((item) => item.fileRef !== filePath);
  const updated = [entry, ...others].slice(0, RECENT_FILES_LIMIT);
  await writeFileAtomically(storePath, `${JSON.stringify(updated, null, 2)}\n`);
  return updated;
}

export async function removeRecentFile(storePath: string, filePath: string): Promise<void> {
  const entries = await readStore(storePath);
  const remaining = entries.filter((item) => item.fileRef !== filePath);
  if (remaining.length !== entries.length) {
    await writeFileAtomically(storePath, `${JSON.stringify(remaining, null, 2)}\n`);
  }
}
