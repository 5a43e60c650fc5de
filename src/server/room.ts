/**
 * The workshop's one authoritative room: it owns every team's game (through the session),
 * checks who may do what, runs the round timer, persists every action before answering, and
 * sends each client only its views.
 */
import { CloseCode, Room, ServerError, type Client } from '@colyseus/core';
import type { z } from 'zod';
import {
  checkDecisions,
  previewQuarter,
  phaseOf,
  type Decisions,
  type Scenario,
} from '../sim/index';
import type {
  DebriefView,
  JoinInfo,
  PlanPreview,
  RoomView,
  WorkshopRole,
} from '../shared/workshop';
import { asRefusal, encodeRefusal, type Refusal } from '../shared/workshop-refusals';
import { newSecret, sameSecret } from './codes';
import { debriefView } from './debrief/debrief';
import * as msg from './messages';
import {
  activeTeams,
  applySessionAction,
  logBeforeLastClose,
  replaySession,
  type Session,
  type SessionAction,
  type TeamRecord,
} from './session/session';
import { WorkshopState, TeamStatus } from './state';
import {
  STOPPED_TIMER,
  extendTimer,
  pauseTimer,
  readTimer,
  startTimer,
  stopTimer,
  timerExpired,
  type RoundTimer,
} from './round-timer';
import { writeSessionFile, SESSION_FILE_VERSION, SESSION_FORMAT } from './store';
import { facilitatorView, reweighted, roomView, teamView } from './views';

/** Everything the room is started with; the session file's contents when resuming. */
export interface WorkshopRoomSetup {
  scenario: Scenario;
  scenarioHash: string;
  seed: number;
  joinCode: string;
  facilitatorCode: string;
  log: SessionAction[];
  drafts: Record<string, Decisions>;
  /** where the session is persisted; null keeps it in memory only (tests of rules) */
  sessionFile: string | null;
  /** how teams join, shown by the facilitator's and the projector's pages (known once listening) */
  joinInfo: JoinInfo | null;
  /** the round timer as the session file left it */
  timer: RoundTimer | null;
}

interface Seat {
  role: WorkshopRole;
  teamId?: string;
}

type Auth = { role: WorkshopRole; teamId?: string; newTeam?: { name: string } };

/** Close codes the pages read as "do not rejoin" (Colyseus's own codes are below 4100). */
export const CLOSE_REPLACED = 4101;
export const CLOSE_REMOVED = 4103;

/** Seconds a dropped client's seat is held before it must rejoin with its token. */
export const RECONNECT_SECONDS = 120;

/** A refused join: the HTTP status the SDK reports, and the refusal as the error's text. */
function refusedJoin(status: number, refusal: Refusal): ServerError {
  return new ServerError(status, encodeRefusal(refusal));
}

function isRefusal(result: unknown): result is Refusal {
  return asRefusal(result) !== null;
}

/** The first field a schema refused, as a dotted path ('' for the message as a whole). */
function issuePath(error: z.ZodError): string {
  return error.issues[0]?.path.join('.') ?? '';
}

export function workshopRoom(setup: WorkshopRoomSetup) {
  return class extends WorkshopRoom {
    override setup = setup;
  };
}

export class WorkshopRoom extends Room<{ state: WorkshopState }> {
  setup!: WorkshopRoomSetup;
  session!: Session;
  log: SessionAction[] = [];
  drafts: Record<string, Decisions> = {};
  weighted!: Scenario;
  private timer: RoundTimer = STOPPED_TIMER;
  private roomViewCache: { session: Session; weighted: Scenario; view: RoomView } | null = null;
  private writes: Promise<void> = Promise.resolve();

  override maxClients = 64;
  override autoDispose = false;
  override maxMessagesPerSecond = msg.MAX_MESSAGES_PER_SECOND;

  override onCreate() {
    const replayed = replaySession(this.setup.scenario, this.setup.seed, this.setup.log);
    if (!replayed.ok) throw new Error(`the session log does not replay: ${replayed.error}`);
    this.session = replayed.value;
    this.log = [...this.setup.log];
    this.drafts = { ...this.setup.drafts };
    this.weighted = reweighted(this.setup.scenario, this.session.settings.weights);
    this.state = new WorkshopState();
    const timer = this.setup.timer ?? STOPPED_TIMER;
    this.timer = this.session.phase === 'planning' ? timer : stopTimer(timer, Date.now());
    this.syncState();
    this.clock.setInterval(() => this.tick(), 1000);
    // Kept from the start: a server stopped before anyone acted resumes with the same codes.
    this.queueWrite();

    this.handle('draft', msg.planMessage, 'team', (seat, m) => this.onDraft(seat, m.decisions));
    this.handle('submit', msg.planMessage, 'team', (seat, m) =>
      this.commit({ type: 'submit', teamId: seat.teamId!, decisions: m.decisions }),
    );
    this.handle('answer', msg.answerMessage, 'team', (seat, m) =>
      this.commit({ type: 'answer', teamId: seat.teamId!, ...m }),
    );
    this.handle('answer-requests', msg.answerRequestsMessage, 'team', (seat, m) =>
      this.commit({ type: 'answer-requests', teamId: seat.teamId!, answers: m.answers }),
    );
    this.handle('forecast', msg.forecastMessage, 'team', (seat, forecast) =>
      this.commit({ type: 'forecast', teamId: seat.teamId!, forecast }),
    );
    this.handle('settings', msg.settingsMessage, 'facilitator', (_, settings) =>
      this.commit({ type: 'settings', settings }),
    );
    this.handle('open', msg.emptyMessage, 'facilitator', () => this.commit({ type: 'open' }));
    this.handle('close', msg.emptyMessage, 'facilitator', () => this.commit({ type: 'close' }));
    this.handle('end', msg.emptyMessage, 'facilitator', () => this.commit({ type: 'end' }));
    this.handle('rename', msg.renameMessage, 'facilitator', (_, m) =>
      this.commit({ type: 'rename', ...m }),
    );
    this.handle('remove', msg.removeMessage, 'facilitator', (_, m) =>
      this.commit({ type: 'remove', ...m }),
    );
    this.handle('inject', msg.injectMessage, 'facilitator', (_, m) =>
      this.commit({ type: 'inject', cardId: m.cardId }),
    );
    this.handle('undo-close', msg.emptyMessage, 'facilitator', () => this.undoClose());
    this.handle('timer', msg.timerMessage, 'facilitator', (_, m) => this.onTimer(m));
    this.handle('debrief', msg.emptyMessage, ['facilitator', 'team'], (seat) => this.debrief(seat));
    this.handle('pause', msg.emptyMessage, 'facilitator', () => this.setPaused(true));
    this.handle('resume', msg.emptyMessage, 'facilitator', () => this.setPaused(false));
  }

  /**
   * Registers a request handler that only `roles` may send, for messages `schema` accepts; a
   * refusal (a code and its parameters, src/shared/workshop-refusals.ts) is the reply. A plain
   * message (no reply expected) that the schema refuses closes the connection.
   */
  private handle<T>(
    type: string,
    schema: z.ZodType<T, unknown>,
    roles: WorkshopRole | WorkshopRole[],
    run: (seat: Seat, message: T) => unknown,
  ) {
    const allowed = Array.isArray(roles) ? roles : [roles];
    this.onMessage(type, async (client: Client, payload: unknown, ctx) => {
      const refuse = (refusal: Refusal) => ctx.reject(refusal);
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        if (ctx.id === undefined) return client.leave(CloseCode.WITH_ERROR);
        return refuse({ code: 'message-invalid', type, path: issuePath(parsed.error) });
      }
      const seat = client.userData as Seat | undefined;
      if (!seat || !allowed.includes(seat.role))
        return refuse({ code: 'role-not-allowed', roles: allowed });
      const role = seat.role;
      if (role === 'team' && !this.teamOf(seat)) return refuse({ code: 'team-removed' });
      if (role === 'team' && this.state.paused && type !== 'draft' && type !== 'debrief')
        return refuse({ code: 'paused' });
      const result = await run(seat, parsed.data);
      if (isRefusal(result)) return refuse(result);
      return result ?? { ok: true };
    });
  }

  override onAuth(_client: Client, options: unknown): Auth {
    const parsed = msg.joinOptionsSchema.safeParse(options);
    if (!parsed.success) throw refusedJoin(400, { code: 'join-options-invalid' });
    const o = parsed.data;
    if (o.role === 'facilitator') {
      if (!sameSecret(o.facilitatorCode, this.setup.facilitatorCode))
        throw refusedJoin(403, { code: 'facilitator-code-wrong' });
      return { role: 'facilitator' };
    }
    if (!sameSecret(o.joinCode?.toUpperCase(), this.setup.joinCode))
      throw refusedJoin(403, { code: 'join-code-wrong' });
    if (o.role === 'projector') return { role: 'projector' };
    if (o.teamToken) {
      const team = activeTeams(this.session).find((t) => sameSecret(o.teamToken, t.token));
      if (team) return { role: 'team', teamId: team.id };
      if (!o.teamName) throw refusedJoin(403, { code: 'team-token-unknown' });
    }
    if (!o.teamName) throw refusedJoin(400, { code: 'team-name-needed' });
    const dryRun = applySessionAction(this.setup.scenario, this.session, {
      type: 'join',
      teamId: 'dry-run',
      name: o.teamName,
      token: '',
    });
    if (!dryRun.ok) throw refusedJoin(409, dryRun.error);
    return { role: 'team', newTeam: { name: o.teamName } };
  }

  override async onJoin(client: Client, _options: unknown, auth: Auth) {
    let teamId = auth.teamId;
    if (auth.newTeam) {
      teamId = `t${this.session.teams.length + 1}`;
      const token = newSecret();
      const refused = await this.commit({ type: 'join', teamId, name: auth.newTeam.name, token });
      if (refused) throw refusedJoin(409, refused);
      client.send('seat', { teamId, teamToken: token });
    }
    const seat: Seat = { role: auth.role, teamId };
    client.userData = seat;
    if (teamId) {
      // One seat per team: a rejoin (another tab, a reloaded page) replaces the older client.
      for (const other of this.clients)
        if (other !== client && (other.userData as Seat | undefined)?.teamId === teamId)
          other.leave(CLOSE_REPLACED, encodeRefusal({ code: 'seat-replaced' }));
      this.setConnected(teamId, true);
    }
    this.sendJoinInfo(client);
    this.sendViews(client);
  }

  /**
   * Colyseus calls onDrop for every close that the client did not consent to, our own included:
   * a page replaced by a newer one (CLOSE_REPLACED) or a removed team (CLOSE_REMOVED) gets no
   * held seat, and a team seated on another page stays online.
   */
  override async onDrop(client: Client, code?: number) {
    if (code === CLOSE_REPLACED || code === CLOSE_REMOVED) return this.onLeave(client);
    const seat = client.userData as Seat | undefined;
    if (seat?.teamId && !this.seatedElsewhere(client, seat.teamId))
      this.setConnected(seat.teamId, false);
    await this.allowReconnection(client, RECONNECT_SECONDS);
  }

  /**
   * The SDK brought back a dropped client. If the team has meanwhile joined again on another
   * page (a reload, another laptop), that page keeps the seat and the returning one is sent away.
   */
  override onReconnect(client: Client) {
    const seat = client.userData as Seat | undefined;
    if (seat?.teamId && this.seatedElsewhere(client, seat.teamId)) {
      client.leave(CLOSE_REPLACED, encodeRefusal({ code: 'seat-replaced' }));
      return;
    }
    if (seat?.teamId) this.setConnected(seat.teamId, true);
    this.sendJoinInfo(client);
    this.sendViews(client);
  }

  private seatedElsewhere(client: Client, teamId: string): boolean {
    return this.clients.some(
      (c) => c !== client && (c.userData as Seat | undefined)?.teamId === teamId,
    );
  }

  /** The join addresses and QR code, once, to the facilitator and the projector. */
  private sendJoinInfo(client: Client) {
    const seat = client.userData as Seat | undefined;
    if (seat && seat.role !== 'team' && this.setup.joinInfo)
      client.send('join-info', this.setup.joinInfo);
  }

  override onLeave(client: Client) {
    const seat = client.userData as Seat | undefined;
    if (seat?.teamId && !this.seatedElsewhere(client, seat.teamId))
      this.setConnected(seat.teamId, false);
  }

  private teamOf(seat: Seat): TeamRecord | undefined {
    return activeTeams(this.session).find((t) => t.id === seat.teamId);
  }

  /** Applies an action, persists the log, and tells everyone; returns the refusal if refused. */
  async commit(action: SessionAction): Promise<Refusal | undefined> {
    const next = applySessionAction(this.setup.scenario, this.session, action);
    if (!next.ok) return next.error;
    const before = this.session;
    this.session = next.value;
    this.log.push(action);
    if (action.type === 'submit' || action.type === 'open') this.clearDrafts(action);
    if (action.type === 'settings')
      this.weighted = reweighted(this.setup.scenario, action.settings.weights);
    this.timer = this.timerAfter(before, action);
    await this.persist();
    this.afterChange(action);
    return undefined;
  }

  private clearDrafts(action: SessionAction) {
    if (action.type === 'open') this.drafts = {};
    else if (action.type === 'submit') delete this.drafts[action.teamId];
  }

  private async undoClose(): Promise<Refusal | undefined> {
    const log = logBeforeLastClose(this.log);
    if (!log) return { code: 'undo-not-a-close' };
    const replayed = replaySession(this.setup.scenario, this.setup.seed, log);
    // A prefix of a log that replayed replays: this would be a bug, reported as a fault.
    if (!replayed.ok) return { code: 'server-fault', detail: replayed.error };
    const before = this.session;
    this.session = replayed.value;
    this.log = log;
    this.timer = this.timerAfter(before, { type: 'open' });
    await this.persist();
    this.afterChange({ type: 'open' });
    return undefined;
  }

  private onDraft(seat: Seat, decisions: Decisions): PlanPreview | Refusal {
    const team = this.teamOf(seat);
    if (!team?.game || this.session.phase !== 'planning' || phaseOf(team.game) !== 'planning')
      return { code: 'draft-not-open' };
    this.drafts[team.id] = decisions;
    this.queueWrite();
    const problems = checkDecisions(team.game, decisions);
    return {
      problems,
      projection: problems.length === 0 ? previewQuarter(team.game, decisions) : null,
    };
  }

  /** The debrief pack: every team's for the facilitator, a team's own for a team. */
  private debrief(seat: Seat): DebriefView | Refusal {
    if (this.session.phase === 'lobby' || this.session.quarter === 0)
      return { code: 'debrief-not-ready' };
    const view = debriefView(
      this.setup.scenario,
      this.weighted,
      this.session,
      seat.role === 'team' ? (seat.teamId ?? null) : null,
    );
    return view.teams.length > 0 ? view : { code: 'debrief-not-ready' };
  }

  private onTimer(
    m: { action: 'extend'; seconds: number } | { action: 'stop' },
  ): Refusal | undefined {
    if (this.session.phase !== 'planning') return { code: 'no-quarter-open' };
    const now = Date.now();
    this.setTimer(
      m.action === 'stop' ? stopTimer(this.timer, now) : extendTimer(this.timer, m.seconds, now),
    );
    return undefined;
  }

  private setPaused(paused: boolean) {
    this.setTimer(pauseTimer(this.timer, paused, Date.now()));
    return undefined;
  }

  /** A timer change the facilitator made: shown at once and kept in the session file. */
  private setTimer(timer: RoundTimer) {
    this.timer = timer;
    this.showTimer();
    this.queueWrite();
  }

  /** A new quarter starts the session's timer; a close stops it. */
  private timerAfter(before: Session, action: SessionAction): RoundTimer {
    const now = Date.now();
    if (this.session.phase !== 'planning') return stopTimer(this.timer, now);
    if (action.type === 'open' && before.phase !== 'planning')
      return startTimer(this.timer, this.session.settings.timerSeconds, now);
    return this.timer;
  }

  private showTimer() {
    const shown = readTimer(this.timer, Date.now());
    this.state.timerRunning = shown.running;
    this.state.paused = shown.paused;
    this.state.secondsLeft = shown.secondsLeft;
  }

  /**
   * The room's clock runs this each second: a counting timer that reached zero closes the
   * quarter, and the seconds left are shown. Public so that a test can run it after moving the
   * clock instead of waiting for it.
   */
  tick() {
    if (this.session.phase !== 'planning') return;
    const now = Date.now();
    if (timerExpired(this.timer, now)) {
      this.timer = stopTimer(this.timer, now);
      void this.commit({ type: 'close' });
    }
    this.showTimer();
  }

  /** Resolves when every write so far has reached the disk. */
  flush(): Promise<void> {
    return this.writes;
  }

  private persist(): Promise<void> {
    this.queueWrite();
    return this.writes;
  }

  /** Writes are chained so the file always ends with the latest session. */
  private queueWrite() {
    const path = this.setup.sessionFile;
    if (!path) return;
    const file = {
      format: SESSION_FORMAT,
      version: SESSION_FILE_VERSION,
      scenario: { id: this.setup.scenario.id, hash: this.setup.scenarioHash },
      seed: this.setup.seed,
      joinCode: this.setup.joinCode,
      facilitatorCode: this.setup.facilitatorCode,
      log: this.log,
      drafts: this.drafts,
      timer: this.timer,
    } as const;
    this.writes = this.writes.then(() => writeSessionFile(path, file));
  }

  private afterChange(action: SessionAction) {
    this.syncState();
    const teamOnly =
      action.type === 'submit' ||
      action.type === 'answer' ||
      action.type === 'answer-requests' ||
      action.type === 'forecast';
    for (const client of this.clients) {
      const seat = client.userData as Seat | undefined;
      if (!seat) continue;
      if (teamOnly && seat.role === 'team' && seat.teamId !== action.teamId) continue;
      if (teamOnly && seat.role === 'projector') continue;
      this.sendViews(client, teamOnly ? 'team-progress' : 'everything');
    }
  }

  /** 'team-progress': a team submitted or answered; the room's results have not changed. */
  private sendViews(client: Client, what: 'everything' | 'team-progress' = 'everything') {
    const seat = client.userData as Seat | undefined;
    if (!seat) return;
    const scenario = this.setup.scenario;
    if (seat.role === 'team') {
      const team = this.teamOf(seat);
      if (team)
        client.send(
          'team-view',
          teamView(scenario, this.session, team, this.drafts[team.id] ?? null),
        );
      else client.leave(CLOSE_REMOVED, encodeRefusal({ code: 'team-removed' }));
      return;
    }
    if (what === 'everything') client.send('room-view', this.currentRoomView());
    if (seat.role === 'facilitator')
      client.send(
        'facilitator-view',
        facilitatorView(
          scenario,
          this.session,
          this.setup.joinCode,
          logBeforeLastClose(this.log) !== null,
        ),
      );
  }

  /** The room view of the current session, built once for every client that is sent it. */
  private currentRoomView(): RoomView {
    const cached = this.roomViewCache;
    if (cached?.session === this.session && cached.weighted === this.weighted) return cached.view;
    const view = roomView(this.setup.scenario, this.weighted, this.session);
    this.roomViewCache = { session: this.session, weighted: this.weighted, view };
    return view;
  }

  private setConnected(teamId: string, connected: boolean) {
    const status = this.state.teams.get(teamId);
    if (status) status.connected = connected;
  }

  /** Mirrors the session into the public state (keeping each team's connection flag). */
  private syncState() {
    const s = this.session;
    this.showTimer();
    this.state.phase = s.phase;
    this.state.quarter = s.quarter;
    this.state.quartersTotal = s.settings.quarters;
    this.state.language = s.settings.language;
    const active = new Set<string>();
    for (const team of activeTeams(s)) {
      active.add(team.id);
      let status = this.state.teams.get(team.id);
      if (!status) {
        status = new TeamStatus();
        status.connected = false;
        this.state.teams.set(team.id, status);
      }
      status.name = team.name;
      status.submitted = team.submitted !== null;
      status.answered =
        team.game !== null && team.game.history.length > 0 && phaseOf(team.game) !== 'events';
    }
    for (const id of [...this.state.teams.keys()]) if (!active.has(id)) this.state.teams.delete(id);
  }
}
