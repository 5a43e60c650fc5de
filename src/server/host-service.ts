/**
 * The workshop hosted for the desktop app, in a process of its own (src/server/host-process.ts;
 * ADR 0008): main sends 'start' and 'stop' (src/shared/workshop-hosting.ts) and is told what
 * happened. One workshop per process; a request that cannot be met is answered 'failed' with
 * the reason, and the process stays ready.
 */
import { createServer } from 'node:net';
import { z } from 'zod';
import type {
  HostProcessEvent,
  HostProcessRequest,
  WorkshopHosting,
} from '../shared/workshop-hosting';
import { hostWorkshop, type HostedWorkshop } from './host-workshop';
import { seedSchema } from './messages';

/** How the service talks to main: an Electron utility process's parentPort, or Node's IPC. */
export interface HostChannel {
  onMessage(listener: (message: unknown) => void): void;
  post(event: HostProcessEvent): void;
}

const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    scenarioPath: z.string().min(1),
    seed: seedSchema,
    port: z.number().int().min(0).max(65535),
    host: z.string().min(1),
    sessionFile: z.string().min(1),
    staticDir: z.string().nullable(),
    scenarioId: z.string().min(1),
  }),
  z.object({ type: z.literal('stop') }),
]) satisfies z.ZodType<HostProcessRequest>;

/** `preferred` when nothing listens there on `host`, else 0 (the system picks a free port). */
export function portToUse(preferred: number, host: string): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen(preferred, host, () => probe.close(() => resolve(preferred)));
  });
}

function hostingOf(hosted: HostedWorkshop, scenarioId: string): WorkshopHosting {
  const { running } = hosted;
  return {
    scenarioId,
    joinUrls: hosted.joinUrls,
    qrDataUrl: running.joinInfo.qrDataUrl,
    joinCode: running.joinCode,
    facilitatorUrl: hosted.facilitatorUrl,
    facilitatorCode: running.facilitatorCode,
    projectorUrl: hosted.projectorUrl,
    port: running.port,
    seed: running.room.session.settings.seed,
    resumed: hosted.resumed,
  };
}

/** Serves main's requests, one at a time; `exit` ends the process once the workshop stopped. */
export function serveHostRequests(channel: HostChannel, exit: () => void): void {
  let hosted: { workshop: HostedWorkshop; hosting: WorkshopHosting } | null = null;
  let queue: Promise<void> = Promise.resolve();

  async function handle(message: unknown): Promise<void> {
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) {
      channel.post({ type: 'failed', detail: `not a host request: ${parsed.error.message}` });
      return;
    }
    const request = parsed.data;
    if (request.type === 'stop') {
      await hosted?.workshop.running.close();
      hosted = null;
      channel.post({ type: 'stopped' });
      exit();
      return;
    }
    if (hosted) {
      channel.post({ type: 'started', hosting: hosted.hosting });
      return;
    }
    try {
      const workshop = await hostWorkshop({
        scenarioPath: request.scenarioPath,
        seed: request.seed,
        port: await portToUse(request.port, request.host),
        host: request.host,
        sessionFile: request.sessionFile,
        staticDir: request.staticDir,
      });
      hosted = { workshop, hosting: hostingOf(workshop, request.scenarioId) };
      channel.post({ type: 'started', hosting: hosted.hosting });
    } catch (e) {
      channel.post({ type: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  }

  channel.onMessage((message) => {
    queue = queue.then(() => handle(message));
  });
}
