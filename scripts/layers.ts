/**
 * Checks the import rules between layers (.dependency-cruiser.cjs) with dependency-cruiser's
 * API, which, unlike its command line, runs on node 20 too. `npm run layers` prints each
 * violation; tests/layers/layers.test.ts runs the same check on the tree and on a bad fixture.
 */
import { resolve } from 'node:path';

export interface LayerViolation {
  rule: string;
  from: string;
  to: string;
}

/** The source folders checked, relative to the root (those that exist there). */
export const CHECKED_FOLDERS = ['src', 'bench', 'scripts'];

/** Every import in `root`'s checked folders that breaks a rule of the config, sorted. */
export async function findLayerViolations(
  root: string,
  configFile = resolve(__dirname, '..', '.dependency-cruiser.cjs'),
): Promise<LayerViolation[]> {
  const { cruise } = await import('dependency-cruiser');
  const extractConfig = (await import('dependency-cruiser/config-utl/extract-depcruise-config'))
    .default;
  const { existsSync } = await import('node:fs');
  const config = await extractConfig(configFile);
  const folders = CHECKED_FOLDERS.filter((f) => existsSync(resolve(root, f)));
  const result = await cruise(folders, {
    ...config.options,
    validate: true,
    ruleSet: config,
    baseDir: root,
  });
  if (typeof result.output === 'string')
    throw new Error('dependency-cruiser gave text, not a result');
  return result.output.summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }))
    .sort((a, b) => `${a.from} ${a.to} ${a.rule}`.localeCompare(`${b.from} ${b.to} ${b.rule}`));
}

async function main(): Promise<void> {
  const violations = await findLayerViolations(resolve(__dirname, '..'));
  for (const v of violations) process.stderr.write(`${v.rule}: ${v.from} -> ${v.to}\n`);
  process.stdout.write(
    violations.length === 0
      ? 'Layers: every import keeps to its layer (.dependency-cruiser.cjs).\n'
      : `Layers: ${violations.length} import(s) break a rule.\n`,
  );
  process.exitCode = violations.length === 0 ? 0 : 1;
}

if (require.main === module) void main();
