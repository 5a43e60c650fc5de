/**
 * File > Host a workshop...: main starts the workshop server in a process of its own (an
 * Electron utility process, ADR 0008), tells the renderer how teams join, and stops it. Plain
 * Node: the process is started through `startProcess`, so tests/main run the real host process
 * with Node's `fork` instead of Electron.
 */
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostResult } from '../shared/host-api';
import type {
  HostProcessEvent,
  HostProcessRequest,
  HostWorkshopRequest,
  WorkshopHosting,
} from '../shared/workshop-hosting';
import { listBuiltInScenarios } from './files/scenarios';

/** The workshop's process as main sees it (Electron's UtilityProcess or Node's ChildProcess). */
export interface HostProcess {
  post(request: HostProcessRequest): void;
  onEvent(listener: (event: HostProcessEvent) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface WorkshopHostDeps {
  startProcess(): HostProcess;
  scenariosDir: string;
  /** the app's data folder: sessions are kept in its workshops/ folder */
  dataDir: string;
  /** the built renderer (the workshop pages) */
  staticDir: string | null;
  /** '0.0.0.0' (the LAN) in the app; '127.0.0.1' in tests */
  listenHost: string;
  /** the port tried first (another free one when it is busy) */
  port: number;
  randomSeed(): number;
  now(): Date;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
}

export interface WorkshopHost {
  hostWorkshop(request: HostWorkshopRequest): Promise<HostResult<WorkshopHosting>>;
  stopWorkshop(): Promise<HostResult<void>>;
  currentWorkshop(): Promise<WorkshopHosting | null>;
}

/** The workshop server's usual port (as `npm run workshop`). */
export const WORKSHOP_PORT = 2567;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/** Where a scenario's last workshop session is kept. */
export function sessionFileOf(dataDir: string, scenarioId: string): string {
  return join(dataDir, 'workshops', `${scenarioId}.session.json`);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Moves an earlier session aside (never deletes it): `<id>.session.<time>.json`. */
async function keepAside(file: string, now: Date): Promise<void> {
  if (!(await exists(file))) return;
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  await rename(file, file.replace(/\.session\.json$/, `.session.${stamp}.json`));
}

function failure(detail: string, code: 'io' | 'invalid-request' = 'io') {
  return { ok: false, error: { code, detail } } as const;
}

export function createWorkshopHost(deps: WorkshopHostDeps): WorkshopHost {
  let running: { process: HostProcess; hosting: WorkshopHosting; exited: Promise<void> } | null =
    null;
  let starting: Promise<HostResult<WorkshopHosting>> | null = null;

  /** Starts the process and waits for its answer to 'start' (bounded in time). */
  function start(request: Extract<HostProcessRequest, { type: 'start' }>) {
    const child = deps.startProcess();
    const exited = new Promise<void>((resolve) => child.onExit(() => resolve()));
    return new Promise<HostResult<WorkshopHosting>>((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(
          failure(
            `the workshop did not start within ${deps.startTimeoutMs ?? START_TIMEOUT_MS} ms`,
          ),
        );
      }, deps.startTimeoutMs ?? START_TIMEOUT_MS);
      child.onEvent((event) => {
        if (event.type === 'started') {
          clearTimeout(timer);
          running = { process: child, hosting: event.hosting, exited };
          resolve({ ok: true, value: event.hosting });
        } else if (event.type === 'failed' && !running) {
          clearTimeout(timer);
          child.post({ type: 'stop' });
          resolve(failure(event.detail));
        }
      });
      child.onExit((code) => {
        clearTimeout(timer);
        if (running?.process === child) running = null;
        resolve(failure(`the workshop's process stopped (exit code ${code ?? 'none'})`));
      });
      child.post(request);
    });
  }

  return {
    async hostWorkshop(request) {
      if (running) {
        return running.hosting.scenarioId === request.scenarioId && !request.fresh
          ? { ok: true, value: running.hosting }
          : failure('a workshop is already running: stop it first', 'invalid-request');
      }
      if (starting) return starting;
      const listing = await listBuiltInScenarios(deps.scenariosDir);
      const summary = listing.scenarios.find((s) => s.id === request.scenarioId);
      if (!summary) return failure(`no built-in scenario ${request.scenarioId}`, 'invalid-request');
      const sessionFile = sessionFileOf(deps.dataDir, request.scenarioId);
      try {
        await mkdir(join(deps.dataDir, 'workshops'), { recursive: true });
        if (request.fresh) await keepAside(sessionFile, deps.now());
      } catch (e) {
        return failure(`cannot prepare ${sessionFile}: ${(e as Error).message}`);
      }
      starting = start({
        type: 'start',
        scenarioPath: join(deps.scenariosDir, summary.fileName),
        scenarioId: request.scenarioId,
        seed: deps.randomSeed(),
        port: deps.port,
        host: deps.listenHost,
        sessionFile,
        staticDir: deps.staticDir,
      });
      try {
        return await starting;
      } finally {
        starting = null;
      }
    },

    async stopWorkshop() {
      const current = running;
      if (!current) return { ok: true, value: undefined };
      running = null;
      // The process closes the server (its session file flushed) and exits; if it does not
      // within the time, it is killed (the session file was written after every action).
      current.process.post({ type: 'stop' });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), deps.stopTimeoutMs ?? STOP_TIMEOUT_MS);
      });
      const outcome = await Promise.race([current.exited, late]);
      clearTimeout(timer);
      if (outcome === 'late') current.process.kill();
      return { ok: true, value: undefined };
    },

    currentWorkshop: async () => running?.hosting ?? null,
  };
}
