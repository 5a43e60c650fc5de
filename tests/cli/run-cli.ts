/** Runs the CLI as a real process (tsx src/cli/index.ts ...), as a user would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SCENARIO = resolve(ROOT, 'scenarios', 'series-b-saas.json');
export const EXAMPLE_PLAN = resolve(ROOT, 'scenarios', 'plans', 'series-b-steady.json');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(...args: string[]): CliRun {
  const tsx = resolve(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [resolve(ROOT, 'src', 'cli', 'index.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
