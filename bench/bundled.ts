/**
 * Loads a TypeScript module bundled by esbuild (with everything it imports) instead of through
 * tsx's per-file transform, so the benchmark times the engine the way it ships.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleForNode } from '../src/cli/bundle';

export async function loadBundled<T>(entry: string): Promise<T> {
  const text = await bundleForNode(entry);
  const dir = mkdtempSync(join(tmpdir(), 'vpoe-bench-'));
  try {
    const file = join(dir, 'bundle.cjs');
    writeFileSync(file, text);
    return createRequire(file)(file) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
