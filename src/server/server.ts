/**
 * Starts the workshop server: Colyseus over WebSockets with one workshop room, and the built
 * renderer's own files over HTTP on the same port.
 */
import { Server, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { PAGE_SECURITY_HEADERS } from '../shared/content-security';
import { scenarioHash, type Scenario } from '../sim/index';
import { WORKSHOP_ROOM, type JoinInfo } from '../shared/workshop';
import { WORKSHOP_PAGE, joinInfo } from './addresses';
import { newJoinCode, newSecret } from './codes';
import { MAX_MESSAGE_BYTES } from './messages';
import { workshopRoom, type WorkshopRoom, type WorkshopRoomSetup } from './room';
import type { SessionFile } from './store';

export interface WorkshopServerOptions {
  scenario: Scenario;
  seed: number;
  port: number;
  /** the interface to listen on: '0.0.0.0' for the LAN, '127.0.0.1' for tests */
  host: string;
  sessionFile: string | null;
  /** the built renderer (out/renderer); null serves no pages (tests of the room) */
  staticDir: string | null;
  /** a session file to resume (same scenario) */
  resume?: SessionFile;
}

export interface RunningWorkshop {
  port: number;
  joinCode: string;
  facilitatorCode: string;
  /** the team page's address on each LAN interface, and a QR code of the first */
  joinInfo: JoinInfo;
  room: WorkshopRoom;
  server: Server;
  close(): Promise<void>;
}

const PING_INTERVAL_MS = 5000;
const PING_MAX_RETRIES = 6;

export async function startWorkshopServer(o: WorkshopServerOptions): Promise<RunningWorkshop> {
  const hash = scenarioHash(o.scenario);
  if (o.resume && (o.resume.scenario.id !== o.scenario.id || o.resume.scenario.hash !== hash))
    throw new Error(
      `the session file is for scenario ${o.resume.scenario.id} (${o.resume.scenario.hash}), not ${o.scenario.id} (${hash})`,
    );
  const setup: WorkshopRoomSetup = {
    scenario: o.scenario,
    scenarioHash: hash,
    seed: o.resume?.seed ?? o.seed,
    joinCode: o.resume?.joinCode ?? newJoinCode(),
    facilitatorCode: o.resume?.facilitatorCode ?? newSecret(),
    log: o.resume?.log ?? [],
    drafts: o.resume?.drafts ?? {},
    sessionFile: o.sessionFile,
    joinInfo: null,
    timer: o.resume?.timer ?? null,
  };
  const server = new Server({
    transport: new WebSocketTransport({
      maxPayload: MAX_MESSAGE_BYTES,
      // A laptop on a busy training-room Wi-Fi (or a loaded machine) can miss a few pings: a
      // client counts as gone after about 30 s without an answer, not Colyseus's default 9 s.
      pingInterval: PING_INTERVAL_MS,
      pingMaxRetries: PING_MAX_RETRIES,
    }),
    greet: false,
    gracefullyShutdown: false,
    express: (app) => {
      app.disable('x-powered-by');
      // The workshop pages may not be framed by another site on the network (clickjacking).
      app.use((_req, res, next) => {
        res.set(PAGE_SECURITY_HEADERS);
        next();
      });
      app.get('/', (_req, res) => res.redirect(WORKSHOP_PAGE));
      if (o.staticDir) app.use(express.static(o.staticDir, { index: false, dotfiles: 'deny' }));
    },
  });
  server.define(WORKSHOP_ROOM, workshopRoom(setup));
  await server.listen(o.port, o.host);
  const address = server.transport.server?.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  setup.joinInfo = await joinInfo(o.host, port, setup.joinCode);
  const listing = await matchMaker.createRoom(WORKSHOP_ROOM, {});
  const room = matchMaker.getLocalRoomById(listing.roomId) as WorkshopRoom;
  return {
    port,
    joinCode: setup.joinCode,
    facilitatorCode: setup.facilitatorCode,
    joinInfo: setup.joinInfo,
    room,
    server,
    close: async () => {
      await room.flush();
      await server.gracefullyShutdown(false);
    },
  };
}
