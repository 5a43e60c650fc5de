/**
 * The workshop server as a facilitator runs it (`npm run workshop`: src/server/main.ts), in a
 * child process on 127.0.0.1, so a test can stop it and start it again on the same session file.
 */
import { spawn, type ChildProcess } from 'node:child_process';

/** The workshop server's port in browser tests: next to the web server's (E2E_PORT + 1). */
export function workshopTestPort(): number {
  return Number(process.env.WORKSHOP_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1);
}

export interface WorkshopProcess {
  origin: string;
  joinCode: string;
  facilitatorCode: string;
  /** Stops the server as Ctrl+C does (the session file is flushed) and waits for it to exit. */
  stop(): Promise<void>;
}

const STARTUP_MS = 60_000;
const STOP_MS = 15_000;

export async function startWorkshopProcess(o: {
  port: number;
  seed: number;
  sessionFile: string;
  scenario?: string;
}): Promise<WorkshopProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/main.ts',
      '--scenario',
      o.scenario ?? 'scenarios/series-b-saas.json',
      '--seed',
      String(o.seed),
      '--port',
      String(o.port),
      '--host',
      '127.0.0.1',
      '--session',
      o.sessionFile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const ready = await new Promise<{ joinCode: string; facilitatorCode: string }>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the workshop server did not start within ${STARTUP_MS} ms:\n${out}`));
    }, STARTUP_MS);
    const look = () => {
      const join = /Join code: (\S+)/.exec(out);
      const facilitator = /Facilitator code \(keep it to yourself\): (\S+)/.exec(out);
      if (join?.[1] && facilitator?.[1] && out.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        ok({ joinCode: join[1], facilitatorCode: facilitator[1] });
      }
    };
    child.stdout?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the workshop server exited (${code}):\n${out}`));
    });
  });

  return {
    origin: `http://127.0.0.1:${o.port}`,
    ...ready,
    stop: () => stopChild(child, exited),
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
  await exited;
  clearTimeout(timer);
}
