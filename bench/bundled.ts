/**
 * Loads a TypeScript module bundled by esbuild (with everything it imports) instead of through
 * tsx's per-file transform, so the benchmark times the engine the way it ships.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export async function loadBundled<T>(entry: string): Promise<T> {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const out = r.outputFiles[0];
  if (!out) throw new Error(`esbuild produced no bundle for ${entry}`);
  const dir = mkdtempSync(join(tmpdir(), 'vpoe-bench-'));
  try {
    const file = join(dir, 'bundle.cjs');
    writeFileSync(file, out.text);
    return createRequire(file)(file) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
