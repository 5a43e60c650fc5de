/**
 * The pages' link to the room (src/renderer/features/workshop/connection.ts) against a real
 * workshop server on 127.0.0.1: one way back for each kind of loss, one seat per team at any
 * moment, and the events of a room that is no longer the page's changing nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '@colyseus/core';
import type { JoinOptions, TeamSeat, TeamView } from '../../src/shared/workshop';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/server';
import { readSessionFile } from '../../src/server/store';
import {
  WorkshopConnection,
  type Credentials,
  type LinkState,
} from '../../src/renderer/features/workshop/connection';
import { freePort, loadScenario } from './helpers';

const scenario = loadScenario();
const running: RunningWorkshop[] = [];
const connections: WorkshopConnection[] = [];

afterEach(async () => {
  for (const c of connections.splice(0)) c.leave();
  for (const r of running.splice(0)) await r.close().catch(() => undefined);
});

async function start(port: number, sessionFile: string | null = null) {
  const loaded = sessionFile ? await readSessionFile(sessionFile) : null;
  if (loaded && !loaded.ok) throw new Error(loaded.error);
  const r = await startWorkshopServer({
    scenario,
    seed: 5,
    port,
    host: '127.0.0.1',
    sessionFile,
    staticDir: null,
    resume: loaded?.file,
  });
  running.push(r);
  return r;
}

/** A team's page in memory: its kept seat, the views it was sent, its link to the room. */
function teamPage(port: number, joinCode: string) {
  let seat: TeamSeat | null = null;
  const views: TeamView[] = [];
  const forgotten: JoinOptions[] = [];
  const credentials: Credentials = {
    kept: () => (seat ? { role: 'team', joinCode, teamToken: seat.teamToken } : null),
    keep: () => undefined,
    forget: (refused) => {
      forgotten.push(refused);
      seat = null;
    },
  };
  const connection = new WorkshopConnection({
    endpoint: `ws://127.0.0.1:${port}`,
    handlers: () => ({
      seat: (s: TeamSeat) => (seat = s),
      'team-view': (v: TeamView) => views.push(v),
    }),
    credentials,
    rejoinEveryMs: 100,
    rejoinAttempts: 100,
  });
  connections.push(connection);
  return { connection, views, forgotten, seat: () => seat };
}

/** Waits (bounded, polling) until the link's state passes `test`. */
async function until(
  connection: WorkshopConnection,
  test: (s: LinkState) => boolean,
): Promise<LinkState> {
  await vi.waitFor(
    () => {
      if (!test(connection.get())) throw new Error(`link ${connection.get().status}`);
    },
    { timeout: 20_000, interval: 20 },
  );
  return connection.get();
}

/**
 * The link's statuses from now on, each change once. It starts from the current status: any
 * update (a view, a seat) notifies with the status unchanged, so a list that started empty would
 * begin with 'connected' or not depending on whether such an update came first.
 */
function statuses(connection: WorkshopConnection): string[] {
  const seen: string[] = [connection.get().status];
  connection.subscribe(() => {
    const status = connection.get().status;
    if (seen.at(-1) !== status) seen.push(status);
  });
  return seen;
}

/** The clients seated for a team in the room (a dropped one held for reconnection excluded). */
function seatsOf(r: RunningWorkshop, teamId: string): Client[] {
  return Array.from(r.room.clients).filter(
    (c) => (c.userData as { teamId?: string })?.teamId === teamId,
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("a page's link to the workshop room", () => {
  it('after a dropped network, the SDK brings back the same client into its held seat, and the page does not join again', async () => {
    const port = await freePort();
    const server = await start(port);
    const page = teamPage(port, server.joinCode);
    expect(
      await page.connection.join({ role: 'team', joinCode: server.joinCode, teamName: 'Aoi' }),
    ).toBe(true);
    const room = page.connection.get().room!;
    await until(page.connection, () => page.seat() !== null);
    const teamId = page.seat()!.teamId;
    // The SDK reconnects only a room that has been up a while (its minUptime, 5 s): this page's
    // has been up long enough once that is 0, without waiting it out.
    room.reconnection.minUptime = 0;
    const seen = statuses(page.connection);

    const [client] = seatsOf(server, teamId);
    (client!.ref as unknown as { terminate(): void }).terminate();
    await until(page.connection, (s) => s.status === 'reconnecting');
    await until(page.connection, (s) => s.status === 'connected');

    expect(seen).toEqual(['connected', 'reconnecting', 'connected']);
    expect(page.connection.get().room).toBe(room);
    expect(seatsOf(server, teamId).map((c) => c.sessionId)).toEqual([room.sessionId]);
    expect(server.room.state.teams.get(teamId)?.connected).toBe(true);
    // The seat still works: the room answers the team's requests.
    await expect(room.request('debrief', {})).rejects.toMatchObject({
      reason: { code: 'debrief-not-ready' },
    });
  });

  it('after a server restart, the page joins again with its token and finds its team, with one seat', async () => {
    const port = await freePort();
    const file = join(mkdtempSync(join(tmpdir(), 'vpoe-link-')), 'session.json');
    const first = await start(port, file);
    const page = teamPage(port, first.joinCode);
    await page.connection.join({ role: 'team', joinCode: first.joinCode, teamName: 'Kaede' });
    await until(page.connection, () => page.seat() !== null);
    const teamId = page.seat()!.teamId;
    const before = page.connection.get().room!;

    await first.close();
    running.length = 0;
    await until(page.connection, (s) => s.status === 'reconnecting' && s.room === null);
    const second = await start(port, file);
    const back = await until(page.connection, (s) => s.status === 'connected');

    expect(back.room).not.toBe(before);
    expect(back.room!.roomId).toBe(second.room.roomId);
    expect(page.views.at(-1)?.name).toBe('Kaede');
    expect(seatsOf(second, teamId)).toHaveLength(1);
    expect(second.room.session.teams.map((t) => t.name)).toEqual(['Kaede']);
  });

  it("ignores a superseded join: only the latest room is the page's, and only it is seated", async () => {
    const port = await freePort();
    const server = await start(port);
    const page = teamPage(port, server.joinCode);
    await page.connection.join({ role: 'team', joinCode: server.joinCode, teamName: 'Sakura' });
    await until(page.connection, () => page.seat() !== null);
    const token = page.seat()!.teamToken;
    const teamId = page.seat()!.teamId;
    const options = { role: 'team', joinCode: server.joinCode, teamToken: token } as const;

    // Two joins in flight at once (a double click, a reload racing a rejoin): the later wins.
    const [a, b] = await Promise.all([
      page.connection.join(options),
      page.connection.join(options),
    ]);
    expect([a, b]).toEqual([false, true]);
    const current = page.connection.get().room!;
    // The older room is left (or replaced by the newer seat): that changes nothing on the page.
    await sleep(500);
    expect(page.connection.get()).toMatchObject({ room: current, status: 'connected' });
    expect(seatsOf(server, teamId).map((c) => c.sessionId)).toEqual([current.sessionId]);
  });

  it('stops and forgets the seat when the room refuses it (the team was removed)', async () => {
    const port = await freePort();
    const server = await start(port);
    const page = teamPage(port, server.joinCode);
    await page.connection.join({ role: 'team', joinCode: server.joinCode, teamName: 'Aoi' });
    await until(page.connection, () => page.seat() !== null);
    const token = page.seat()!.teamToken;
    await server.room.commit({ type: 'remove', teamId: page.seat()!.teamId });
    const closed = await until(page.connection, (s) => s.status === 'closed');
    expect(closed.room).toBeNull();
    expect(closed.error).toEqual({ code: 'team-removed' });

    const again = teamPage(port, server.joinCode);
    expect(
      await again.connection.join({ role: 'team', joinCode: server.joinCode, teamToken: token }),
    ).toBe(false);
    expect(again.connection.get()).toMatchObject({ status: 'idle', room: null });
    expect(again.connection.get().error).toEqual({ code: 'team-token-unknown' });
    expect(again.forgotten).toHaveLength(1);
  });
});
