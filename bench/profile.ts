/**
 * A steady workload for `node --cpu-prof` (see docs/performance.md). Bundled first, so the
 * profile's line numbers point into readable JavaScript:
 *   npx esbuild bench/profile.ts --bundle --platform=node --outfile=/tmp/vpoe-profile.cjs
 *   node --cpu-prof --cpu-prof-dir=/tmp/vpoe-prof /tmp/vpoe-profile.cjs step 20000
 *   npx tsx bench/cpuprofile-top.ts /tmp/vpoe-prof/<file>.cpuprofile
 * Modes: step (stepQuarter only), game (pure game API with default answers), machine (xstate),
 * batch (the CLI batch's unit of work: runSeeds with the empty plan, as a worker runs it).
 */
import { resolve } from 'node:path';
import { loadScenarioFile } from '../src/cli/io';
import { runSeeds } from '../src/cli/batch-run';
import { EMPTY_PLAN } from '../src/cli/plan';
import { gameApiQuarters, machineQuarters, pureStepQuarters } from './engine-rates';

const mode = process.argv[2] ?? 'step';
const games = Number(process.argv[3] ?? 2000);
// Relative to the working directory (run from the repository root): the bundle has no __dirname of its own.
const sc = loadScenarioFile(resolve(process.argv[4] ?? 'scenarios/series-b-saas.json'));

/**
 * Plays `count` games; returns the quarters played. In a function, not at the top level: V8
 * optimises top-level script code poorly, which would put the loop itself in the profile.
 */
function play(count: number): number {
  let quarters = 0;
  if (mode === 'batch') {
    // Chunks of 200 seeds, as runInWorkers sends them.
    for (let g = 1; g <= count; g += 200) {
      const seeds = Array.from({ length: Math.min(200, count - g + 1) }, (_, i) => g + i);
      for (const r of runSeeds(sc, EMPTY_PLAN, seeds).records) quarters += r.quarters;
    }
    return quarters;
  }
  // The same workloads `npm run bench` times.
  if (mode === 'step') return pureStepQuarters(sc, count, 1);
  if (mode === 'game') return gameApiQuarters(sc, count, 1);
  return machineQuarters(sc, count, 1);
}

// The game API takes several hundred games to reach steady speed (JIT tiers; slower still when
// the compiler threads compete for a busy CPU), so a first round is played untimed.
play(games);
const start = performance.now();
const quarters = play(games);
const s = (performance.now() - start) / 1000;
process.stdout.write(
  `${mode}: ${quarters} quarters in ${s.toFixed(2)} s = ${Math.round(quarters / s)} quarters/s\n`,
);
