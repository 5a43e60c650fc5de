/**
 * Hosting a workshop from a scenario file: resumes the session file when there is one, starts
 * the server and says how to join. Shared by `npm run workshop` and the desktop app's
 * File > Host a workshop... (both run it in a Node process).
 */
import { dirname, resolve } from 'node:path';
import type { WorkshopHostOptions } from '../shared/workshop-hosting';
import { readScenarioFile } from './scenario-file';
import { startWorkshopServer, type RunningWorkshop } from './server';
import { readSessionFile } from './store';
import { facilitatorUrl, projectorUrl, reachableAddresses } from './addresses';

export type HostOptions = WorkshopHostOptions;

export interface HostedWorkshop {
  running: RunningWorkshop;
  resumed: boolean;
  /** the team page's address on each LAN interface (127.0.0.1 when there is none) */
  joinUrls: string[];
  facilitatorUrl: string;
  projectorUrl: string;
}

export async function hostWorkshop(o: HostOptions): Promise<HostedWorkshop> {
  const scenario = await readScenarioFile(o.scenarioPath);
  const loaded = await readSessionFile(o.sessionFile);
  if (loaded && !loaded.ok) throw new Error(`cannot resume the session: ${loaded.error}`);
  const running = await startWorkshopServer({
    scenario,
    seed: o.seed,
    port: o.port,
    host: o.host,
    sessionFile: o.sessionFile,
    staticDir: o.staticDir,
    resume: loaded?.file,
  });
  const first = reachableAddresses(o.host)[0] ?? '127.0.0.1';
  return {
    running,
    resumed: loaded !== null,
    joinUrls: running.joinInfo.urls,
    facilitatorUrl: facilitatorUrl(first, running.port),
    projectorUrl: projectorUrl(first, running.port, running.joinCode),
  };
}

/** The built renderer beside this file's package (out/renderer). */
export function builtRendererDir(from: string): string {
  return resolve(dirname(from), '..', '..', 'out', 'renderer');
}
