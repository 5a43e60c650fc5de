/**
 * The CLI's command line as a function of its arguments and its output: `runCli(args, output)`
 * parses, runs one command and returns the exit code. index.ts gives it the process; tests give
 * it strings, so they run in one process instead of starting one per case.
 */
import { Command, CommanderError } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { defaultWorkerCount } from './batch';
import { DEFAULT_LAB_SETTINGS, LAB_SECTIONS, POLISH_SHARE } from '../sim/index';
import { balanceCommand, type BalanceOptions } from './balance';
import { batchCommand, playCommand, replayCommand, validateCommand } from './commands';
import { CliError } from './io';
import {
  PLAN_DOC_PATH,
  PLAN_SCHEMA_PATH,
  planSchemaText,
  writePlanSchemaFiles,
} from './plan-schema-file';

/** Where the CLI writes: stdout and stderr text, and a terminal for the progress bar if any. */
export interface CliOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr when it is a terminal: the batch's progress bar is drawn there, and only there */
  progressTerminal?: NodeJS.WritableStream;
}

type Progress = { update?: (done: number, total: number) => void; stop: () => void };

/** A progress bar on the terminal, only when there is one and the output is not --json. */
function progressBar(terminal: NodeJS.WritableStream | undefined, enabled: boolean): Progress {
  if (!enabled || !terminal) return { stop: () => {} };
  const bar = new SingleBar(
    { stream: terminal, format: 'games {bar} {value}/{total} | {eta}s left' },
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

function buildProgram(output: CliOutput, setExitCode: (code: number) => void): Command {
  const print = (text: string) => output.stdout(text.endsWith('\n') ? text : `${text}\n`);

  /** Runs a command body; CliError -> message on stderr and its exit code (no stack trace). */
  async function run(body: () => string | Promise<string>): Promise<void> {
    try {
      print(await body());
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      output.stderr(`error: ${e.message}\n`);
      setExitCode(e.exitCode);
    }
  }

  const program = new Command()
    .name('sim')
    .description(
      'VPoE Simulator, headless: validate scenarios, play and replay games, Monte Carlo batches.\n' +
        'Pipe --json output with `npm run -s sim -- ...`: without -s npm prints a banner on stdout.',
    )
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: output.stdout, writeErr: output.stderr });

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
        const bar = progressBar(output.progressTerminal, !opts.json);
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
    .command('balance')
    .description(
      'Balance lab: the responsive reference against the extremes, random play and the best fixed plan a cross-entropy search finds; lever sensitivity, event option values, calibration (docs/model.md).',
    )
    .argument('<scenario.json...>', 'scenario files (with several, targets are also pooled)')
    .option(
      '--seeds <n>',
      `hold-out seeds 1..N for every comparison (default ${DEFAULT_LAB_SETTINGS.seeds})`,
    )
    .option(
      '--budget <evals>',
      `games the fixed-plan search may play, ${Math.round(POLISH_SHARE * 100)}% of them improving its best plan's answers (default ${DEFAULT_LAB_SETTINGS.budget})`,
    )
    .option(
      '--search-seed <n>',
      "seed of the search's own sampling (default 1); another seed is an independent search",
    )
    .option(
      '--plan-seeds <n>',
      `search seeds each candidate plan is scored on (default ${DEFAULT_LAB_SETTINGS.searchSeeds}); more see more of the scenario's starting situations and markets, and leave fewer generations in the budget`,
    )
    .option('--sections <list>', `comma-separated: ${LAB_SECTIONS.join(',')} (default all)`)
    .option(
      '--foresight-seeds <n>',
      `hold-out seeds 1..N the foresight section searches one at a time (default ${DEFAULT_LAB_SETTINGS.foresightSeeds})`,
    )
    .option(
      '--foresight-budget <evals>',
      `games each of those searches may play (default ${DEFAULT_LAB_SETTINGS.foresightBudget})`,
    )
    .option(
      '--workers <n>',
      'worker processes (1 = play in this process only)',
      String(defaultWorkerCount()),
    )
    .option('--json', 'print one JSON document instead of the Markdown report')
    .option('--html <report.html>', 'also write a self-contained HTML report with charts')
    .option(
      '--out-dir <dir>',
      'also write <scenario>.md and <scenario>.html per scenario and README.md with the pooled targets',
    )
    .option(
      '--plan-library <dir>',
      "kept fixed plans: <dir>/<scenario id>.json's plans join the search as candidates, the search refines the best of them, and a better plan it finds is added (docs/balance/plans)",
    )
    .action(async (paths: string[], opts: BalanceOptions) => {
      const bar = progressBar(output.progressTerminal, !opts.json);
      await run(async () => {
        try {
          return await balanceCommand(
            paths,
            opts,
            (p) => bar.update?.(p.done, p.total),
            (line) => output.stderr(`${line}\n`),
          );
        } finally {
          bar.stop();
        }
      });
    });

  program
    .command('plan-schema')
    .description('Print the plan JSON schema (generated from the zod schema in src/cli/plan.ts).')
    .option('--write', `regenerate ${PLAN_SCHEMA_PATH} and the schema block of ${PLAN_DOC_PATH}`)
    .action((opts: { write?: boolean }) =>
      run(async () =>
        opts.write ? `Wrote ${(await writePlanSchemaFiles()).join(' and ')}` : planSchemaText(),
      ),
    );

  return program;
}

/**
 * Runs the command line `args` (without node and the script) and returns its exit code: 0, 1
 * for an expected failure (its message on stderr), commander's code for a usage error. An
 * unexpected exception is thrown: the caller reports it as an internal error.
 */
export async function runCli(args: readonly string[], output: CliOutput): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(output, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (e) {
    // Usage errors, --help and --version: commander has printed them already.
    if (e instanceof CommanderError) return e.exitCode;
    throw e;
  }
  return exitCode;
}
