import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'vpoe-main-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The envelope of an engine save (src/sim toSave); the host checks only these fields. */
export function sampleSave(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'vpoe-save',
    schemaVersion: 1,
    scenario: { id: 'series-b-saas', hash: 'h1' },
    seed: 42,
    playerName: 'Aki',
    log: [],
    checksum: 'c1',
    ...overrides,
  };
}
