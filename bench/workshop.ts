/**
 * Workshop scale (issue 12, item 9): 30 teams, a facilitator and a projector as SDK clients on
 * 127.0.0.1. Measures, per quarter, the time from the facilitator's close request to the moment
 * every one of the 32 clients has its new view. Bounded: ROUNDS quarters, each with a timeout.
 * Run: npx tsx bench/workshop.ts [--json]
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

async function main() {
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
      const start = performance.now();
      await host.request('close', {});
      await Promise.all(delivered);
      closeMs.push(performance.now() - start);
    }
    const sorted = [...closeMs].sort((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const result = {
      teams: TEAMS,
      rounds: ROUNDS,
      closeToAllViewsMs: closeMs.map((m) => Math.round(m)),
      medianMs: Math.round(median),
      p95Ms: Math.round(p95),
      targetMs: 250,
    };
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
    else
      process.stdout.write(
        `workshop: close a quarter for ${TEAMS} teams and deliver all ${TEAMS + 2} views: median ${result.medianMs} ms, p95 ${result.p95Ms} ms (target < 250 ms) over ${ROUNDS} quarters\n`,
      );
    for (const c of [...teams, projector, host]) await c.leave(true);
  } finally {
    await running.close();
  }
}

void main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
});
