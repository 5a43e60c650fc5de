/**
 * `npm run workshop -- --scenario <file> [--seed N] [--port P]`: hosts a live workshop on the
 * LAN and prints how to join (addresses, QR code, join code) and the facilitator's code.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { WORKSHOP_PAGE, terminalQr } from './addresses';
import { builtRendererDir, hostWorkshop } from './host-workshop';

function wholeNumber(name: string, min: number, max: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
}

const program = new Command()
  .name('workshop')
  .description('Host a live VPoE Simulator workshop on this network')
  .requiredOption('--scenario <file>', 'scenario file (JSON), e.g. scenarios/series-b-saas.json')
  .option(
    '--seed <n>',
    'seed every team plays (same shocks for all)',
    wholeNumber('--seed', 0, 2 ** 31 - 1),
  )
  .option('--port <p>', 'port to listen on', wholeNumber('--port', 1, 65535), 2567)
  .option('--host <address>', 'interface to listen on (0.0.0.0 = every interface)', '0.0.0.0')
  .option('--session <file>', 'session file: resumed when it exists', 'workshop-session.json')
  .action(
    async (o: { scenario: string; seed?: number; port: number; host: string; session: string }) => {
      const staticDir = builtRendererDir(__filename);
      if (!existsSync(resolve(staticDir, WORKSHOP_PAGE.slice(1))))
        throw new Error(`the pages are not built (${staticDir}); run \`npm run build\` first`);
      const hosted = await hostWorkshop({
        scenarioPath: o.scenario,
        seed: o.seed ?? Math.floor(Math.random() * 1_000_000),
        port: o.port,
        host: o.host,
        sessionFile: resolve(o.session),
        staticDir,
      });
      const { running } = hosted;
      const out = (line = '') => process.stdout.write(`${line}\n`);
      out(
        hosted.resumed
          ? `Resumed the session in ${resolve(o.session)}`
          : `New session: ${resolve(o.session)}`,
      );
      out();
      out('Teams join at:');
      for (const url of hosted.joinUrls) out(`  ${url}`);
      out(`Join code: ${running.joinCode}    Seed: ${running.room.session.settings.seed}`);
      out();
      out(await terminalQr(hosted.joinUrls[0] ?? ''));
      out(`Facilitator: ${hosted.facilitatorUrl}`);
      out(`Facilitator code (keep it to yourself): ${running.facilitatorCode}`);
      out(`Projector:   ${hosted.projectorUrl}`);
      out();
      out(
        'Press Ctrl+C to stop; starting again with the same --session file resumes the workshop.',
      );
      const stop = () => {
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
  );

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
