/**
 * The session file: the scenario it belongs to, the codes, the action log, the teams' draft
 * plans and the round timer. Rewritten atomically (temporary file, fsync, rename) after every action, so a crash
 * leaves the last complete session; a restarted server replays the log and resumes.
 */
import { readFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { decisionsSchema, type Decisions } from '../sim/index';
import { roundTimerSchema, type RoundTimer } from './round-timer';
import type { SessionAction } from './session/session';

export const SESSION_FORMAT = 'vpoe-workshop';
export const SESSION_FILE_VERSION = 1;

export interface SessionFile {
  format: typeof SESSION_FORMAT;
  version: typeof SESSION_FILE_VERSION;
  scenario: { id: string; hash: string };
  seed: number;
  joinCode: string;
  facilitatorCode: string;
  log: SessionAction[];
  drafts: Record<string, Decisions>;
  /** the round timer (absent in files written before it was kept: stopped) */
  timer?: RoundTimer;
}

// The log's actions are checked again when replayed (the engine refuses what it would refuse
// live); this schema only makes sure the file has the session file's shape.
const fileSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_FILE_VERSION),
  scenario: z.object({ id: z.string(), hash: z.string() }),
  seed: z.number().int(),
  joinCode: z.string().min(4),
  facilitatorCode: z.string().min(8),
  log: z.array(z.object({ type: z.string() }).passthrough()),
  drafts: z.record(z.string(), decisionsSchema),
  timer: roundTimerSchema.optional(),
});

export type LoadedSession = { ok: true; file: SessionFile } | { ok: false; error: string } | null;

/** The session file at `path`; null when there is none; a refusal naming the problem otherwise. */
export async function readSessionFile(path: string): Promise<LoadedSession> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { ok: false, error: `${path}: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${path} is not JSON: ${(e as Error).message}` };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}` };
  }
  return { ok: true, file: parsed.data as unknown as SessionFile };
}

/** Writes the whole session file atomically; writes to one path are queued in order. */
export async function writeSessionFile(path: string, file: SessionFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, JSON.stringify(file), { encoding: 'utf8', fsync: true });
}
