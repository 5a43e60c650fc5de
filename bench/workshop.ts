/**
 * Workshop scale (issue 12, item 9): 30 teams, a facilitator and a projector as SDK clients on
 * 127.0.0.1. Measures, per quarter, the time from the facilitator's close request to the moment
 * every one of the 32 clients has its new view, and the CPU time the process spent on it (server
 * and the 32 clients share this process). Bounded: SESSIONS sessions of ROUNDS quarters, each
 * step with a timeout. Part of `npm run bench`; alone: npx tsx bench/workshop.ts [--json]
 */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { ColyseusSDK, type Room } from '@colyseus/sdk';
import { parseScenario } from '../src/sim/index';
import { WORKSHOP_ROOM, type TeamView } from '../src/shared/workshop';
import { startWorkshopServer } from '../src/server/server';

const TEAMS = 30;
const ROUNDS = 8;
/** Sessions played one after the other: 3 x 8 closes give the p95 more than one sample's worth. */
const SESSIONS = 3;
const STEP_TIMEOUT_MS = 10_000;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function next<T>(room: Room, type: string, wanted: (p: T) => boolean = () => true): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`no ${type} in ${STEP_TIMEOUT_MS} ms`)),
      STEP_TIMEOUT_MS,
    );
    const off = room.onMessage(type, (payload: T) => {
      if (!wanted(payload)) return;
      clearTimeout(timer);
      off();
      ok(payload);
    });
  });
}

/** One session of ROUNDS quarters: per close, its wall time and the process's CPU time (ms). */
async function oneSession(): Promise<{ wallMs: number[]; cpuMs: number[] }> {
  const parsed = parseScenario(
    JSON.parse(readFileSync(resolve(__dirname, '../scenarios/series-b-saas.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('scenario does not parse');
  const port = await freePort();
  const running = await startWorkshopServer({
    scenario: parsed.value,
    seed: 1,
    port,
    host: '127.0.0.1',
    sessionFile: null,
    staticDir: null,
  });
  const sdk = new ColyseusSDK(`ws://127.0.0.1:${port}`);
  try {
    const host = await sdk.join(WORKSHOP_ROOM, {
      role: 'facilitator',
      facilitatorCode: running.facilitatorCode,
    });
    const projector = await sdk.join(WORKSHOP_ROOM, {
      role: 'projector',
      joinCode: running.joinCode,
    });
    const teams: Room[] = [];
    for (let i = 0; i < TEAMS; i++)
      teams.push(
        await sdk.join(WORKSHOP_ROOM, {
          role: 'team',
          joinCode: running.joinCode,
          teamName: `Team ${i + 1}`,
        }),
      );
    const settings = {
      seed: 1,
      quarters: ROUNDS,
      timerSeconds: 0,
      weights: parsed.value.scoring,
      language: 'en',
    };
    await host.request('settings', settings);
    const closeMs: number[] = [];
    const cpuMs: number[] = [];
    for (let q = 1; q <= ROUNDS; q++) {
      const opened = teams.map((t) =>
        next<TeamView>(t, 'team-view', (v) => v.sessionPhase === 'planning' && v.quarter === q),
      );
      await host.request('open', {});
      const views = await Promise.all(opened);
      const bad = views.find((v) => !v.defaultPlan);
      if (bad)
        throw new Error(
          `q${q}: ${JSON.stringify({ phase: bad.gamePhase, s: bad.sessionPhase, q: bad.quarter, pending: bad.pending.length })}`,
        );
      await Promise.all(
        teams.map((t, i) => t.request('submit', { decisions: views[i]!.defaultPlan })),
      );
      const delivered = [...teams, projector].map((c) =>
        next(c, c === projector ? 'room-view' : 'team-view'),
      );
      delivered.push(next<{ phase: string }>(host, 'room-view', (v) => v.phase === 'results'));
      host.onMessage('facilitator-view', () => undefined);
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      await host.request('close', {});
      await Promise.all(delivered);
      closeMs.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuBefore);
      cpuMs.push((cpu.user + cpu.system) / 1000);
    }
    for (const c of [...teams, projector, host]) await c.leave(true);
    return { wallMs: closeMs, cpuMs };
  } finally {
    await running.close();
  }
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export interface WorkshopBench {
  teams: number;
  closes: number;
  closeToAllViewsMs: number[];
  medianMs: number;
  p95Ms: number;
  /** CPU time of this process (server and clients) per close, median */
  cpuMedianMs: number;
  targetMs: number;
}

/** SESSIONS sessions (fewer with `sessions`), every close measured. */
export async function benchWorkshop(sessions = SESSIONS): Promise<WorkshopBench> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < sessions; i++) {
    const one = await oneSession();
    wall.push(...one.wallMs);
    cpu.push(...one.cpuMs);
  }
  return {
    teams: TEAMS,
    closes: wall.length,
    closeToAllViewsMs: wall.map((m) => Math.round(m)),
    medianMs: Math.round(percentile(wall, 0.5)),
    p95Ms: Math.round(percentile(wall, 0.95)),
    cpuMedianMs: Math.round(percentile(cpu, 0.5)),
    targetMs: 250,
  };
}

export function describeWorkshopBench(r: WorkshopBench): string {
  return `workshop: close a quarter for ${r.teams} teams and deliver all ${r.teams + 2} views: median ${r.medianMs} ms, p95 ${r.p95Ms} ms (target < ${r.targetMs} ms) over ${r.closes} closes; CPU per close (server and clients) median ${r.cpuMedianMs} ms`;
}

async function main() {
  const result = await benchWorkshop();
  process.stdout.write(
    process.argv.includes('--json')
      ? `${JSON.stringify(result)}\n`
      : `${describeWorkshopBench(result)}\n`,
  );
}

// Run alone (npx tsx bench/workshop.ts); imported by bench/index.ts, it only exports.
if (require.main === module)
  void main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exitCode = 1;
  });
