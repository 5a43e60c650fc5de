/**
 * Runs the CLI on a command line. `runCli` runs it in this process (src/cli/program.ts, the code
 * the `sim` command runs, with strings for stdout and stderr); `runCliProcess` starts the real
 * `tsx src/cli/index.ts` process, as a user would (one smoke test: each start costs seconds).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runCli as runCliInProcess } from '../../src/cli/program';

export const ROOT = resolve(__dirname, '..', '..');
export const SCENARIO = resolve(ROOT, 'scenarios', 'series-b-saas.json');
export const EXAMPLE_PLAN = resolve(ROOT, 'scenarios', 'plans', 'series-b-steady.json');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCliInProcess(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

export function runCliProcess(...args: string[]): CliRun {
  const tsx = resolve(ROOT, 'node_modules', '.bin', 'tsx');
  const r = spawnSync(tsx, [resolve(ROOT, 'src', 'cli', 'index.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
