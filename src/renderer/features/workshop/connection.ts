/**
 * A page's link to the workshop room, one for every role (team, facilitator, projector): join
 * with the role's credentials, follow the room's public state, receive this client's views, and
 * come back after a lost connection. Plain TypeScript (the React hook is in useWorkshopRoom.ts),
 * so the rules below are tested against a real server without a browser.
 *
 * One way back for each kind of loss, never two at once:
 * - a dropped network (close codes 1001, 1005, 1006, 4010): Colyseus's SDK reconnects the same
 *   client with its reconnection token, into the seat the room holds for it (onDrop in
 *   src/server/room.ts); the page keeps its room and says it is reconnecting;
 * - the SDK gave up, or the server stopped (4001, 4003, ...): that room is finished, and the page
 *   joins again with its kept credentials (a team: its token) every few seconds until the server
 *   answers;
 * - the page left, another page took the team's seat, or the facilitator removed the team
 *   (4000, 4101, 4103): nothing comes back.
 * Every room is bound to the generation it was joined in: the events of a room that is no
 * longer the page's current one (an older join, a room given up) change nothing.
 */
import { ColyseusSDK, type Room } from '@colyseus/sdk';
import { WORKSHOP_ROOM, type JoinOptions, type SessionPhase } from '../../../shared/workshop';
import { asRefusal, decodeRefusal, type Refusal } from '../../../shared/workshop-refusals';

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

export type Handlers = Record<string, (payload: never) => void>;

/** How a page keeps its role's credentials, so a reload or a lost connection joins again. */
export interface Credentials {
  /** what to join with without asking the person: null when nothing is kept */
  kept(last: JoinOptions | null): JoinOptions | null;
  /** the room took these options */
  keep(options: JoinOptions): void;
  /** the room refused these credentials (a removed team, a new session, a wrong code) */
  forget(refused: JoinOptions): void;
}

/**
 * idle: not joined (the page asks for credentials); joining: the person's join is in flight;
 * connected; reconnecting: the connection was lost and comes back on its own; closed: it will not.
 */
export type LinkStatus = 'idle' | 'joining' | 'connected' | 'reconnecting' | 'closed';

export interface LinkState {
  /** the current room; kept while the SDK reconnects it, null while the page joins again */
  room: Room | null;
  snapshot: RoomSnapshot | null;
  status: LinkStatus;
  /** why the page is not in the room: the room's refusal, or what the page saw */
  error: Refusal | null;
}

// Close codes after which a page does not come back: it left on purpose, another page took its
// seat, or the facilitator removed its team (src/server/room.ts).
const CLOSE_CONSENTED = 4000;
const FINAL_CLOSE_CODES = new Set([CLOSE_CONSENTED, 4101, 4103]);
/** Refusals of the credentials themselves (bad options, a wrong code or token, a taken name). */
const REFUSED_CODES = new Set([400, 403, 409]);

export interface ConnectionOptions {
  /** ws://host:port of the workshop server */
  endpoint: string;
  /** the page's message handlers, read when a message arrives (so they may change) */
  handlers: () => Handlers;
  credentials: Credentials;
  /** a lost connection is tried again this often, this many times (about five minutes) */
  rejoinEveryMs?: number;
  rejoinAttempts?: number;
}

const REJOIN_EVERY_MS = 2000;
const REJOIN_ATTEMPTS = 150;

/** Leaves a room and stops the SDK from bringing it back. */
function abandon(room: Room): void {
  room.reconnection.enabled = false;
  if (room.connection.isOpen) void room.leave(true);
}

/**
 * Why a join failed: the room's refusal travels as the error's text (a refused join is an HTTP
 * error of the matchmaker, or an error of the room's onJoin); anything else means the server
 * did not answer.
 */
function joinRefusal(e: unknown): Refusal {
  const refused = decodeRefusal((e as { message?: unknown } | null)?.message);
  if (refused) return refused;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'number' && code >= 400 && code < 600)
    return { code: 'server-fault', detail: String((e as Error).message) };
  return { code: 'not-connected' };
}

/** A refusal of the credentials themselves (bad options, a wrong code or token, a taken name). */
function isCredentialRefusal(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return (
    typeof code === 'number' &&
    REFUSED_CODES.has(code) &&
    decodeRefusal((e as Error).message) !== null
  );
}

/** Why the room closed this page's connection for good: its reason, else the close code. */
function closeRefusal(code: number, reason: string | undefined): Refusal {
  return decodeRefusal(reason) ?? { code: 'connection-closed', closeCode: code };
}

export class WorkshopConnection {
  private state: LinkState = { room: null, snapshot: null, status: 'idle', error: null };
  private readonly listeners = new Set<() => void>();
  /** bumped by every join and by leave(): only the room of the latest generation is the page's */
  private generation = 0;
  private last: JoinOptions | null = null;
  private readonly o: Required<ConnectionOptions>;

  constructor(options: ConnectionOptions) {
    this.o = { rejoinEveryMs: REJOIN_EVERY_MS, rejoinAttempts: REJOIN_ATTEMPTS, ...options };
  }

  get = (): LinkState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Joins with the kept credentials, if any (a reloaded page, a laptop opened again). */
  start(): void {
    const kept = this.o.credentials.kept(null);
    if (kept) void this.join(kept);
  }

  /** Joins with these options; false (and the room's reason in `error`) when refused. */
  async join(options: JoinOptions): Promise<boolean> {
    const generation = ++this.generation;
    this.set({ room: null, status: 'joining', error: null });
    try {
      return await this.connect(options, generation);
    } catch (e) {
      if (generation !== this.generation) return false;
      if (isCredentialRefusal(e)) this.o.credentials.forget(options);
      this.set({ status: 'idle', error: joinRefusal(e) });
      return false;
    }
  }

  /** Leaves the room for good (the page closes or the person leaves): nothing comes back. */
  leave(): void {
    this.generation++;
    const room = this.state.room;
    this.set({ room: null, snapshot: null, status: 'idle' });
    if (room) abandon(room);
  }

  private set(change: Partial<LinkState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  /** True when the joined room is the page's (no later join or leave came first). */
  private async connect(options: JoinOptions, generation: number): Promise<boolean> {
    const room = await new ColyseusSDK(this.o.endpoint).join(WORKSHOP_ROOM, options);
    if (generation !== this.generation) {
      // A later join or a leave() came first: this room is nobody's.
      abandon(room);
      return false;
    }
    const current = () => generation === this.generation;
    for (const type of Object.keys(this.o.handlers()))
      room.onMessage(type, (payload: never) => {
        if (current()) this.o.handlers()[type]?.(payload);
      });
    room.onStateChange((state) => {
      if (current()) this.set({ snapshot: (state as { toJSON(): RoomSnapshot }).toJSON() });
    });
    room.onDrop(() => {
      if (current()) this.set({ status: 'reconnecting' });
    });
    room.onReconnect(() => {
      if (current()) this.set({ status: 'connected', error: null });
    });
    room.onLeave((code, reason) => {
      if (current()) this.lost(code, reason);
    });
    this.last = options;
    this.o.credentials.keep(options);
    this.set({ room, status: 'connected', error: null });
    return true;
  }

  private lost(code: number, reason: string | undefined): void {
    if (FINAL_CLOSE_CODES.has(code)) {
      this.generation++;
      this.set({
        room: null,
        status: 'closed',
        error: code === CLOSE_CONSENTED ? null : closeRefusal(code, reason),
      });
      return;
    }
    void this.rejoin(++this.generation);
  }

  /** Joins again with the kept credentials until the server answers, bounded in attempts. */
  private async rejoin(generation: number): Promise<void> {
    this.set({ room: null, status: 'reconnecting' });
    for (let attempt = 0; attempt < this.o.rejoinAttempts; attempt++) {
      await new Promise((r) => setTimeout(r, this.o.rejoinEveryMs));
      if (generation !== this.generation) return;
      const options = this.o.credentials.kept(this.last) ?? this.last;
      if (!options) break;
      try {
        await this.connect(options, generation);
        return;
      } catch (e) {
        if (generation !== this.generation) return;
        if (isCredentialRefusal(e)) {
          this.o.credentials.forget(options);
          this.set({ status: 'closed', error: joinRefusal(e) });
          return;
        }
        this.set({ error: joinRefusal(e) });
      }
    }
    if (generation === this.generation) this.set({ status: 'closed' });
  }
}

/** Sends a request and gives back the room's refusal (null when accepted). */
export async function ask(
  room: Room | null,
  type: string,
  payload: unknown = {},
): Promise<Refusal | null> {
  if (!room) return { code: 'not-connected' };
  try {
    await room.request(type, payload);
    return null;
  } catch (e) {
    return requestRefusal(e);
  }
}

/**
 * Why a request failed: the room's refusal (the SDK's error named 'rejected' carries it as
 * `reason`), a server fault (an error thrown while handling it: its message), or no answer (the
 * connection is not open, or the request timed out).
 */
export function requestRefusal(e: unknown): Refusal {
  const error = (e ?? {}) as { name?: unknown; reason?: unknown; message?: unknown };
  if (error.name === 'rejected')
    return (
      asRefusal(error.reason) ?? { code: 'server-fault', detail: JSON.stringify(error.reason) }
    );
  const message = String(error.message ?? e);
  if (/connection is not open|timed out/.test(message)) return { code: 'not-connected' };
  return { code: 'server-fault', detail: message };
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
