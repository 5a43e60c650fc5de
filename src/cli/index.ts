/**
 * VPoE Simulator headless CLI: `npm run sim -- <command>`. Expected failures (bad files, refused
 * plans, diverging saves) print one clear message on stderr and exit 1; --json output is exactly
 * one JSON document on stdout.
 */
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { defaultWorkerCount } from './batch';
import { batchCommand, playCommand, replayCommand, validateCommand } from './commands';
import { CliError } from './io';
import {
  PLAN_DOC_PATH,
  PLAN_SCHEMA_PATH,
  planSchemaText,
  writePlanSchemaFiles,
} from './plan-schema-file';

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Runs a command body; CliError -> message on stderr, exit code 1 (no stack trace). */
async function run(body: () => string | Promise<string>): Promise<void> {
  try {
    print(await body());
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`error: ${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    throw e;
  }
}

/** A progress bar on stderr, only when it is a terminal and the output is not --json. */
function progressBar(enabled: boolean): {
  update?: (done: number, total: number) => void;
  stop: () => void;
} {
  if (!enabled || !process.stderr.isTTY) return { stop: () => {} };
  const bar = new SingleBar(
    { stream: process.stderr, format: 'games {bar} {value}/{total} | {eta}s left' },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

const program = new Command()
  .name('sim')
  .description(
    'VPoE Simulator, headless: validate scenarios, play and replay games, Monte Carlo batches.\n' +
      'Pipe --json output with `npm run -s sim -- ...`: without -s npm prints a banner on stdout.',
  )
  .showHelpAfterError();

program
  .command('validate')
  .description('Check a scenario file; exit 1 with every problem and its JSON path.')
  .argument('<scenario.json>')
  .action((path: string) => run(() => validateCommand(path)));

program
  .command('play')
  .description('Play the whole horizon with decisions from a plan (default: the starting plan).')
  .argument('<scenario.json>')
  .requiredOption('--seed <n>', 'random seed, a positive integer')
  .option('--plan <plan.json>', 'decisions and choices per quarter (docs/plan-format.md)')
  .option('--save <game.vpoe.json>', 'write the game as a save file (atomically)')
  .option('--json', 'print one JSON document instead of the table')
  .action((path: string, opts: { seed: string; plan?: string; save?: string; json?: boolean }) =>
    run(() => playCommand(path, opts)),
  );

program
  .command('replay')
  .description('Replay a save and verify it gives the same game; same output as play.')
  .argument('<game.vpoe.json>')
  .option(
    '--scenario <scenario.json>',
    'the scenario file (default: the built-in one with the save’s id)',
  )
  .option('--json', 'print one JSON document instead of the table')
  .action((path: string, opts: { scenario?: string; json?: boolean }) =>
    run(() => replayCommand(path, opts)),
  );

program
  .command('batch')
  .description('Monte Carlo over seeds 1..N: p10/p50/p90 of the score and the final metrics.')
  .argument('<scenario.json>')
  .requiredOption('--seeds <n>', 'number of seeds (1..N)')
  .option('--plan <plan.json>', 'decisions and choices per quarter (docs/plan-format.md)')
  .option(
    '--workers <n>',
    'worker processes (1 = play in this process only)',
    String(defaultWorkerCount()),
  )
  .option('--per-seed', 'include every seed’s record in the JSON output')
  .option('--json', 'print one JSON document instead of the table')
  .action(
    async (
      path: string,
      opts: { seeds: string; plan?: string; workers: string; perSeed?: boolean; json?: boolean },
    ) => {
      const bar = progressBar(!opts.json);
      // The bar is stopped (its line ended) before the result or an error is printed.
      await run(async () => {
        try {
          return await batchCommand(path, opts, bar.update);
        } finally {
          bar.stop();
        }
      });
    },
  );

program
  .command('plan-schema')
  .description('Print the plan JSON schema (generated from the zod schema in src/cli/plan.ts).')
  .option('--write', `regenerate ${PLAN_SCHEMA_PATH} and the schema block of ${PLAN_DOC_PATH}`)
  .action((opts: { write?: boolean }) =>
    run(async () =>
      opts.write ? `Wrote ${(await writePlanSchemaFiles()).join(' and ')}` : planSchemaText(),
    ),
  );

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(
    `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
  );
  process.exitCode = 2;
});
