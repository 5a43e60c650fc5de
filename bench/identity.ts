/**
 * Bit-identity fingerprint for performance work: one SHA-256 per whole game
 * (`JSON.stringify(runGame(...))`) for every built-in scenario x seeds 1..20 x the balanced and
 * careless policies, plus the CLI batch summary (`runMonteCarlo`, 300 seeds, with games) per
 * scenario. A refactoring that is meant to change no number must leave this output unchanged:
 *   npx tsx bench/identity.ts > /tmp/before.txt   (on the old code)
 *   npx tsx bench/identity.ts | diff /tmp/before.txt -
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { balancedPolicy, carelessPolicy, runGame } from '../src/sim/index';
import { runMonteCarlo } from '../src/cli/batch';
import { loadScenarioFile, readJsonFile } from '../src/cli/io';
import { EMPTY_PLAN, parsePlan } from '../src/cli/plan';

const SCENARIOS = ['series-b-saas', 'mega-venture', 'fintech-regulated', 'enterprise-dx'];
const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

async function main(): Promise<void> {
  const lines: string[] = [];
  for (const id of SCENARIOS) {
    const sc = loadScenarioFile(resolve(__dirname, '..', 'scenarios', `${id}.json`));
    for (const policy of [balancedPolicy, carelessPolicy])
      for (let seed = 1; seed <= 20; seed++)
        lines.push(
          `${id} ${policy.name} ${seed} ${sha(JSON.stringify(runGame(sc, seed, policy)))}`,
        );
    for (const workers of [1, 2]) {
      const summary = await runMonteCarlo(sc, EMPTY_PLAN, 300, { workers, includeGames: true });
      // The worker count is part of the summary by design; the numbers must not depend on it.
      lines.push(`${id} batch-300 ${sha(JSON.stringify({ ...summary, workers: 0 }))}`);
    }
  }
  // A plan that patches decisions and answers events (playPlan's other paths).
  const planJson = readJsonFile(
    resolve(__dirname, '..', 'scenarios', 'plans', 'series-b-steady.json'),
    'Plan',
  );
  const plan = parsePlan(planJson);
  if (!plan.ok) throw new Error(plan.issues.join('\n'));
  const sc = loadScenarioFile(resolve(__dirname, '..', 'scenarios', 'series-b-saas.json'));
  const summary = await runMonteCarlo(sc, plan.plan, 300, { workers: 2, includeGames: true });
  lines.push(`series-b-saas plan-batch-300 ${sha(JSON.stringify({ ...summary, workers: 0 }))}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
