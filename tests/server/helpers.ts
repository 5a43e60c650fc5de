import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ColyseusSDK, type Room } from '@colyseus/sdk';
import { parseScenario, type Scenario } from '../../src/sim/index';
import {
  WORKSHOP_ROOM,
  type JoinOptions,
  type TeamSeat,
  type TeamView,
} from '../../src/shared/workshop';

export function loadScenario(name = 'series-b-saas'): Scenario {
  const parsed = parseScenario(
    JSON.parse(readFileSync(resolve(__dirname, `../../scenarios/${name}.json`), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/** A free port on 127.0.0.1 (the tests listen and connect there only). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

/** Waits for the next message of a type (bounded: fails after `ms`). */
export function nextMessage<T>(room: Room, type: string, ms = 5000): Promise<T> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no '${type}' message within ${ms} ms`)), ms);
    const off = room.onMessage(type, (payload: T) => {
      clearTimeout(timer);
      off();
      ok(payload);
    });
  });
}

export interface JoinedTeam {
  room: Room;
  seat: TeamSeat;
  view: TeamView;
}

/** Joins as a new team and waits for its seat and its first view. */
export async function joinTeam(
  sdk: ColyseusSDK,
  joinCode: string,
  teamName: string,
): Promise<JoinedTeam> {
  const room = await sdk.join(WORKSHOP_ROOM, {
    role: 'team',
    joinCode,
    teamName,
  } satisfies JoinOptions);
  const seat = nextMessage<TeamSeat>(room, 'seat');
  const view = nextMessage<TeamView>(room, 'team-view');
  return { room, seat: await seat, view: await view };
}
