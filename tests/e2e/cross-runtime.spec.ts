import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, test } from '@playwright/test';
import {
  balancedPolicy,
  carelessPolicy,
  loadSave,
  parseScenario,
  runGame,
  type Scenario,
} from '../../src/sim/index';

// docs/model.md, brief 6.15 across runtimes: a game played in the browser (Chromium's V8) must be the same
// game, to the last bit, as in Node (the CLI, the desktop app's main side and these tests), or a
// save written in one is refused as "diverged" by the other.

const SCENARIOS_DIR = join(process.cwd(), 'scenarios');
const SEEDS = [1, 2, 3];

function builtInScenarios(): Scenario[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const parsed = parseScenario(JSON.parse(readFileSync(join(SCENARIOS_DIR, f), 'utf8')));
      if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.error)}`);
      return parsed.value;
    });
}

/** The engine bundled for a plain page, exposing whole-game runs and saves on globalThis. */
async function engineBundle(): Promise<string> {
  const entry = `
    import { balancedPolicy, carelessPolicy, runGame, toSave } from './src/sim/index';
    const policies = { balanced: balancedPolicy, careless: carelessPolicy };
    globalThis.vpoePlay = (scenario, seed, policy) => {
      const game = runGame(scenario, seed, policies[policy]);
      return { game: JSON.stringify(game), save: JSON.stringify(toSave(game)) };
    };`;
  const out = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** '' when equal, else both texts around the first character where they differ. */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `at ${i}: browser …${a.slice(i - 60, i + 30)}… node …${b.slice(i - 60, i + 30)}…`;
}

test('every built-in scenario plays to the identical game in Chromium and in Node', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setContent('<!doctype html><title>engine</title>');
  await page.addScriptTag({ content: await engineBundle() });

  const scenarios = builtInScenarios();
  expect(scenarios.length).toBeGreaterThanOrEqual(4);
  for (const scenario of scenarios) {
    for (const seed of SEEDS) {
      for (const [name, policy] of [
        ['balanced', balancedPolicy],
        ['careless', carelessPolicy],
      ] as const) {
        const inBrowser = await page.evaluate(
          ([s, sd, p]) =>
            (
              globalThis as unknown as {
                vpoePlay: (s: unknown, sd: number, p: string) => { game: string; save: string };
              }
            ).vpoePlay(s, sd, p),
          [scenario, seed, name] as const,
        );
        const label = `${scenario.id} seed ${seed} ${name}`;
        const inNode = JSON.stringify(runGame(scenario, seed, policy));
        expect(firstDifference(inBrowser.game, inNode), label).toBe('');
        const loaded = loadSave(JSON.parse(inBrowser.save), scenario);
        expect(loaded.ok, `${label}: the browser's save loads in Node`).toBe(true);
      }
    }
  }
});
