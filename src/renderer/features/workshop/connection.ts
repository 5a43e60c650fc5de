/**
 * The pages' link to the workshop room: join with the role's credentials, follow the room's
 * public state, receive this client's views. Colyseus's SDK reconnects after a dropped network;
 * a reloaded page rejoins with the secret kept in its browser.
 */
import { ColyseusSDK, type Room } from '@colyseus/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { WORKSHOP_ROOM, type JoinOptions, type SessionPhase } from '../../../shared/workshop';

export interface TeamStatusSnapshot {
  name: string;
  connected: boolean;
  submitted: boolean;
  answered: boolean;
}

/** The room's public state as plain data. */
export interface RoomSnapshot {
  phase: SessionPhase;
  quarter: number;
  quartersTotal: number;
  timerRunning: boolean;
  paused: boolean;
  secondsLeft: number;
  language: string;
  teams: Record<string, TeamStatusSnapshot>;
}

function endpoint(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

export type Handlers = Record<string, (payload: never) => void>;

// Close codes after which a page does not rejoin: it left on purpose, another page took its
// seat, or the facilitator removed its team (src/server/room.ts).
const FINAL_CLOSE_CODES = new Set([4000, 4101, 4103]);
/** A lost connection (a restarted server, a dropped network) is retried this often, this long. */
const REJOIN_EVERY_MS = 2000;
const REJOIN_ATTEMPTS = 150;

export interface WorkshopLink {
  room: Room | null;
  snapshot: RoomSnapshot | null;
  error: string | null;
  joining: boolean;
  /** the connection was lost and the page is joining again with the same credentials */
  rejoining: boolean;
  join: (options: JoinOptions) => Promise<boolean>;
  leave: () => void;
}

/**
 * Joins on demand; `handlers` receive the room's messages (registered before any can arrive).
 * After a lost connection it joins again with `rejoinWith(options)` (a team: its token, not its name).
 */
export function useWorkshopRoom(
  handlers: Handlers,
  rejoinWith: (options: JoinOptions) => JoinOptions = (o) => o,
): WorkshopLink {
  const [room, setRoom] = useState<Room | null>(null);
  const [snapshot, setSnapshot] = useState<RoomSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const [rejoining, setRejoining] = useState(false);
  const latest = useRef(handlers);
  latest.current = handlers;
  const rejoinOptions = useRef(rejoinWith);
  rejoinOptions.current = rejoinWith;

  const connect = useCallback(async (options: JoinOptions): Promise<Room> => {
    const sdk = new ColyseusSDK(endpoint());
    const joined = await sdk.join(WORKSHOP_ROOM, options);
    for (const type of Object.keys(latest.current))
      joined.onMessage(type, (payload: never) => latest.current[type]?.(payload));
    joined.onStateChange((state) => setSnapshot((state as { toJSON(): RoomSnapshot }).toJSON()));
    joined.onLeave((code, reason) => {
      setRoom(null);
      if (FINAL_CLOSE_CODES.has(code)) {
        if (code !== 4000) setError(reason ?? `left the room (${code})`);
        return;
      }
      void rejoin(rejoinOptions.current(options));
    });
    setRoom(joined);
    return joined;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- rejoin is hoisted and stable
  }, []);

  // Bounded: a server that stays away leaves the page with its error after about five minutes.
  async function rejoin(options: JoinOptions): Promise<void> {
    setRejoining(true);
    for (let attempt = 0; attempt < REJOIN_ATTEMPTS; attempt++) {
      await new Promise((r) => setTimeout(r, REJOIN_EVERY_MS));
      try {
        await connect(options);
        setRejoining(false);
        setError(null);
        return;
      } catch (e) {
        setError((e as Error).message);
      }
    }
    setRejoining(false);
  }

  const join = useCallback(
    async (options: JoinOptions) => {
      setJoining(true);
      setError(null);
      try {
        await connect(options);
        return true;
      } catch (e) {
        setError((e as Error).message);
        return false;
      } finally {
        setJoining(false);
      }
    },
    [connect],
  );

  const leave = useCallback(() => {
    void room?.leave(true);
    setRoom(null);
  }, [room]);

  useEffect(() => () => void room?.leave(true), [room]);
  return { room, snapshot, error, joining, rejoining, join, leave };
}

/** Sends a request and gives back the room's refusal as a message (null when accepted). */
export async function ask(
  room: Room | null,
  type: string,
  payload: unknown = {},
): Promise<string | null> {
  if (!room) return 'not connected';
  try {
    await room.request(type, payload);
    return null;
  } catch (e) {
    const reason = (e as { reason?: { message?: string }; message?: string }) ?? {};
    return reason.reason?.message ?? reason.message ?? String(e);
  }
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
