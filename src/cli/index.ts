/**
 * VPoE Simulator headless CLI: `npm run sim -- <command>`. Expected failures (bad files, refused
 * plans, diverging saves) print one clear message on stderr and exit 1; --json output is exactly
 * one JSON document on stdout. The commands live in program.ts; this file gives them the process.
 */
import { runCli } from './program';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { progressTerminal: process.stderr } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 2;
  },
);
