/**
 * A TypeScript entry and everything it imports as one CommonJS script for Node, built in memory
 * by esbuild: the batch's worker processes run it, and the benchmark times the engine through it.
 */
import { build } from 'esbuild';

export async function bundleForNode(entry: string): Promise<string> {
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
  return out.text;
}
