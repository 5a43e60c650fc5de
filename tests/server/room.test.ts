import { ColyseusTestServer } from '@colyseus/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deckFor,
  defaultDecisions,
  isSmallRequest,
  newGame,
  scoreGameForecasts,
  submitDecisions,
  selectKpis,
  selectQuarterReport,
} from '../../src/sim/index';
import {
  WORKSHOP_ROOM,
  type DebriefView,
  type FacilitatorView,
  type JoinInfo,
  type RoomView,
  type TeamView,
} from '../../src/shared/workshop';
import { encodeRefusal, type Refusal } from '../../src/shared/workshop-refusals';
import { CLOSE_REPLACED } from '../../src/server/room';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/server';
import { freePort, joinTeam, loadScenario, nextMessage } from './helpers';

const scenario = loadScenario();
let running: RunningWorkshop;
let colyseus: ColyseusTestServer;

beforeEach(async () => {
  const port = await freePort();
  running = await startWorkshopServer({
    scenario,
    seed: 2,
    port,
    host: '127.0.0.1',
    sessionFile: null,
    staticDir: null,
  });
  colyseus = new ColyseusTestServer(running.server);
});

afterEach(async () => {
  await running.close();
});

async function facilitator() {
  const room = await colyseus.sdk.join(WORKSHOP_ROOM, {
    role: 'facilitator',
    facilitatorCode: running.facilitatorCode,
  });
  return room;
}

describe('the workshop room', () => {
  it('lets a team join with the join code and gives it a secret seat', async () => {
    const team = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    expect(team.seat.teamToken.length).toBeGreaterThanOrEqual(20);
    expect(team.view.name).toBe('Blue');
    expect(team.view.sessionPhase).toBe('lobby');
    expect(running.room.state.teams.get(team.seat.teamId)?.connected).toBe(true);
  });

  it('tells the facilitator and the projector how teams join: the address, with the join code, as a QR code', async () => {
    const info = nextMessage<JoinInfo>(
      await colyseus.sdk.join(WORKSHOP_ROOM, {
        role: 'projector',
        joinCode: running.joinCode,
      }),
      'join-info',
    );
    const { urls, qrDataUrl } = await info;
    expect(urls).toEqual([
      `http://127.0.0.1:${running.port}/workshop.html?code=${running.joinCode}`,
    ]);
    expect(qrDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrDataUrl.split(',')[1]!, 'base64').toString()).toContain('<svg');
    const host = await colyseus.sdk.join(WORKSHOP_ROOM, {
      role: 'facilitator',
      facilitatorCode: running.facilitatorCode,
    });
    await expect(nextMessage<JoinInfo>(host, 'join-info')).resolves.toEqual({ urls, qrDataUrl });
  });

  it('refuses a wrong join code, a wrong facilitator code and bad join options, each with its code', async () => {
    const refusal = (code: string) =>
      expect.objectContaining({ message: encodeRefusal({ code } as Refusal) });
    await expect(
      colyseus.sdk.join(WORKSHOP_ROOM, { role: 'team', joinCode: 'WRONG1', teamName: 'X' }),
    ).rejects.toEqual(refusal('join-code-wrong'));
    await expect(
      colyseus.sdk.join(WORKSHOP_ROOM, { role: 'facilitator', facilitatorCode: 'guess' }),
    ).rejects.toEqual(refusal('facilitator-code-wrong'));
    await expect(colyseus.sdk.join(WORKSHOP_ROOM, { role: 'admin' })).rejects.toEqual(
      refusal('join-options-invalid'),
    );
    expect(running.room.session.teams).toHaveLength(0);
  });

  it('refuses a second team with the same name', async () => {
    await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    await expect(
      colyseus.sdk.join(WORKSHOP_ROOM, {
        role: 'team',
        joinCode: running.joinCode,
        teamName: ' blue ',
      }),
    ).rejects.toThrow(encodeRefusal({ code: 'team-name-taken', name: 'blue' }));
  });

  it('plays a quarter: submitted plans are kept, a late team gets the default plan, views follow', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const red = await joinTeam(colyseus.sdk, running.joinCode, 'Red');
    const host = await facilitator();
    const opened = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('open', {});
    const view = await opened;
    expect(view.sessionPhase).toBe('planning');
    expect(view.quarter).toBe(1);
    expect(running.room.state.timerRunning).toBe(true);

    const plan = structuredClone(view.defaultPlan!);
    plan.allocation.features += 5;
    plan.allocation.debtPaydown -= 5;
    const preview = await blue.room.request('draft', { decisions: plan });
    expect(preview.problems).toEqual([]);
    expect(preview.projection).not.toBeNull();
    await blue.room.request('submit', { decisions: plan });
    expect(running.room.state.teams.get(blue.seat.teamId)?.submitted).toBe(true);
    expect(running.room.state.teams.get(red.seat.teamId)?.submitted).toBe(false);

    const revealed = nextMessage<RoomView>(host, 'room-view');
    const blueResults = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('close', {});
    const room = await revealed;
    expect(room.quarter).toBe(1);
    expect(room.phase).toBe('results');
    const [blueGame, redGame] = ['Blue', 'Red'].map((name) => {
      const g = newGame(scenario, 2, { playerName: name });
      const played = submitDecisions(g, name === 'Blue' ? plan : defaultDecisions(g));
      if (!played.ok) throw new Error('engine refused');
      return played.value;
    });
    const blueTeam = running.room.session.teams.find((t) => t.name === 'Blue')!;
    const redTeam = running.room.session.teams.find((t) => t.name === 'Red')!;
    expect(selectKpis(blueTeam.game!)).toEqual(selectKpis(blueGame!));
    expect(selectKpis(redTeam.game!)).toEqual(selectKpis(redGame!));
    // A team's results carry the engine's narrative, not the whole report, and no plan context.
    const blueView = running.room.session.teams.find((t) => t.name === 'Blue')!;
    const sent = await blueResults;
    expect(sent.plan).toBeNull();
    expect(sent.lastNarrative).toEqual(selectQuarterReport(blueView.game!, 1).narrative);
    expect(room.standings.find((s) => s.name === 'Red')?.defaultedQuarters).toEqual([1]);
    expect(room.standings.find((s) => s.name === 'Blue')?.defaultedQuarters).toEqual([]);
  });

  it("takes a team's forecast before the close, keeps it hidden, and scores it at the reveal", async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const red = await joinTeam(colyseus.sdk, running.joinCode, 'Red');
    const host = await facilitator();
    const opened = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('open', {});
    const view = await opened;
    expect(view.forecast).toBeNull();
    const forecast = {
      quarter: 1,
      figures: { ...view.forecastBaseline!, incidents: view.forecastBaseline!.incidents + 1 },
      reason: 'more load, same on-call',
    };
    // Refused: a figure out of range (the field named), another quarter, the facilitator.
    await expect(
      blue.room.request('forecast', {
        ...forecast,
        figures: { ...forecast.figures, attritionRate: 2 },
      }),
    ).rejects.toMatchObject({
      reason: { code: 'message-invalid', type: 'forecast', path: 'figures.attritionRate' },
    });
    await expect(blue.room.request('forecast', { ...forecast, quarter: 2 })).rejects.toMatchObject({
      reason: { code: 'forecast-quarter', open: 1, given: 2 },
    });
    await expect(host.request('forecast', forecast)).rejects.toMatchObject({
      reason: { code: 'role-not-allowed', roles: ['team'] },
    });
    const kept = nextMessage<TeamView>(blue.room, 'team-view');
    const redSees: TeamView[] = [];
    red.room.onMessage('team-view', (v: TeamView) => redSees.push(v));
    await blue.room.request('forecast', forecast);
    expect((await kept).forecast).toEqual(forecast);
    expect(redSees).toEqual([]);

    const revealedRoom = nextMessage<RoomView>(host, 'room-view');
    const revealed = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('close', {});
    const room = await revealedRoom;
    const scores = (await revealed).forecastScores;
    const game = running.room.session.teams.find((t) => t.name === 'Blue')!.game!;
    expect(scores).toEqual(scoreGameForecasts(game, [forecast]));
    expect(scores[0]!.reason).toBe('more load, same on-call');
    expect(room.standings.find((s) => s.name === 'Blue')?.calibration.count).toBe(1);
    expect(room.standings.find((s) => s.name === 'Red')?.calibration.score).toBeNull();
    // The reveal carries each team's score for the quarter just revealed (the projector shows it).
    expect(room.standings.find((s) => s.name === 'Blue')?.quarterForecast).toBe(scores[0]!.score);
    expect(room.standings.find((s) => s.name === 'Red')?.quarterForecast).toBeNull();
    // After the close the quarter's forecast can no longer change.
    await expect(blue.room.request('forecast', forecast)).rejects.toMatchObject({
      reason: { code: 'forecast-while-open' },
    });
    const pack = (await host.request('debrief', {})) as DebriefView;
    expect(pack.teams.find((t) => t.standing.name === 'Blue')?.forecasts).toEqual(scores);
  });

  it("never shows a team another team's pending plan", async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const red = await joinTeam(colyseus.sdk, running.joinCode, 'Red');
    const host = await facilitator();
    const opened = nextMessage<TeamView>(red.room, 'team-view');
    await host.request('open', {});
    await opened;
    const seen: unknown[] = [];
    for (const type of ['team-view', 'room-view', 'facilitator-view', 'seat'])
      red.room.onMessage(type, (payload: unknown) => seen.push(payload));
    const decisions = defaultDecisions(newGame(scenario, 2));
    decisions.allocation.features += 7;
    decisions.allocation.debtPaydown -= 7;
    const secret = JSON.stringify(decisions.allocation);
    await blue.room.request('draft', { decisions });
    await blue.room.request('submit', { decisions });
    const closed = nextMessage<TeamView>(red.room, 'team-view');
    await host.request('close', {});
    await closed;
    expect(seen.length).toBeGreaterThan(0);
    expect(JSON.stringify(seen)).not.toContain(secret);
    expect(JSON.stringify(red.room.state.toJSON())).not.toContain('allocation');
  });

  it('closes the connection of a plain message (no reply asked) that is malformed', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const left = new Promise<number>((ok) => blue.room.onLeave((code) => ok(code)));
    blue.room.reconnection.enabled = false;
    blue.room.send('forecast', { quarter: 'one' });
    expect(await left).toBe(4002);
  });

  it('refuses a team acting as the facilitator and a malformed plan', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    await expect(blue.room.request('open', {})).rejects.toMatchObject({
      reason: { code: 'role-not-allowed', roles: ['facilitator'] },
    });
    expect(running.room.session.phase).toBe('lobby');
    const host = await facilitator();
    await host.request('open', {});
    await expect(
      blue.room.request('submit', { decisions: { allocation: 'all' } }),
    ).rejects.toMatchObject({
      reason: {
        code: 'message-invalid',
        type: 'submit',
        path: expect.stringMatching(/^decisions/),
      },
    });
    expect(running.room.session.teams[0]?.submitted).toBeNull();
  });

  it('gives the debrief pack to the facilitator for every team, to a team for itself, not to the projector', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    await joinTeam(colyseus.sdk, running.joinCode, 'Red');
    const host = await facilitator();
    const projector = await colyseus.sdk.join(WORKSHOP_ROOM, {
      role: 'projector',
      joinCode: running.joinCode,
    });
    await expect(host.request('debrief', {})).rejects.toMatchObject({
      reason: { code: 'debrief-not-ready' },
    });
    await host.request('open', {});
    await host.request('close', {});
    const all: DebriefView = await host.request('debrief', {});
    expect(all.teams.map((t) => t.standing.name).sort()).toEqual(['Blue', 'Red']);
    const own: DebriefView = await blue.room.request('debrief', {});
    expect(own.teams.map((t) => t.standing.name)).toEqual(['Blue']);
    expect(
      own.csv
        .split('\r\n')
        .slice(1)
        .every((row) => row.startsWith('Blue,')),
    ).toBe(true);
    await expect(projector.request('debrief', {})).rejects.toMatchObject({
      reason: { code: 'role-not-allowed', roles: ['facilitator', 'team'] },
    });
  });

  it('gives a team back its seat, game and draft when it rejoins with its token', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const host = await facilitator();
    const opened = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('open', {});
    const view = await opened;
    const draft = structuredClone(view.defaultPlan!);
    draft.allocation.features += 3;
    draft.allocation.debtPaydown -= 3;
    await blue.room.request('draft', { decisions: draft });
    await blue.room.leave(true);
    const again = await colyseus.sdk.join(WORKSHOP_ROOM, {
      role: 'team',
      joinCode: running.joinCode,
      teamToken: blue.seat.teamToken,
    });
    const back = await nextMessage<TeamView>(again, 'team-view');
    expect(back.teamId).toBe(blue.seat.teamId);
    expect(back.draft).toEqual(draft);
    expect(running.room.session.teams).toHaveLength(1);
  });

  it('keeps a team online with one seat when a newer page replaces its older one', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const left = new Promise<number>((ok) => blue.room.onLeave((code) => ok(code)));
    const again = await colyseus.sdk.join(WORKSHOP_ROOM, {
      role: 'team',
      joinCode: running.joinCode,
      teamToken: blue.seat.teamToken,
    });
    const view = nextMessage<TeamView>(again, 'team-view');
    expect(await left).toBe(CLOSE_REPLACED);
    expect((await view).name).toBe('Blue');
    // Once the room has seen the older page go (its close reaches the server after the page's).
    await vi.waitFor(() =>
      expect(
        Array.from(running.room.clients)
          .filter((c) => (c.userData as { teamId?: string }).teamId === blue.seat.teamId)
          .map((c) => c.sessionId),
      ).toEqual([again.sessionId]),
    );
    expect(running.room.state.teams.get(blue.seat.teamId)?.connected).toBe(true);
    // No seat is held for the replaced page: it cannot come back into the room behind the new one.
    expect(
      Object.keys((running.room as unknown as { _reservedSeats: object })._reservedSeats),
    ).toEqual([]);
  });

  it('sends away a dropped page that the SDK brings back after the team joined again elsewhere', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    // Reconnect at once after the drop, but only once the other page has joined: the SDK's
    // reconnect waits for that join (an order that timing alone would not promise).
    Object.assign(blue.room.reconnection, { minUptime: 0, delay: 0, minDelay: 0 });
    let otherPageJoined = () => {};
    const joined = new Promise<void>((ok) => (otherPageJoined = ok));
    const connection = blue.room.connection as { reconnect(options: unknown): void };
    const reconnect = connection.reconnect.bind(connection);
    connection.reconnect = (options) => void joined.then(() => reconnect(options));
    const left = new Promise<number>((ok) => blue.room.onLeave((code) => ok(code)));
    const [dropped] = running.room.clients.filter((c) => c.sessionId === blue.room.sessionId);
    (dropped!.ref as unknown as { terminate(): void }).terminate();
    const again = await colyseus.sdk.join(WORKSHOP_ROOM, {
      role: 'team',
      joinCode: running.joinCode,
      teamToken: blue.seat.teamToken,
    });
    otherPageJoined();
    await nextMessage<TeamView>(again, 'team-view');
    expect(await left).toBe(CLOSE_REPLACED);
    const seated = Array.from(running.room.clients).filter(
      (c) => (c.userData as { teamId?: string }).teamId === blue.seat.teamId,
    );
    expect(seated.map((c) => c.sessionId)).toEqual([again.sessionId]);
    expect(running.room.state.teams.get(blue.seat.teamId)?.connected).toBe(true);
  });

  it('closes the quarter when the timer runs out, and the facilitator can extend or stop it', async () => {
    await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const host = await facilitator();
    const settings = (await nextMessage<FacilitatorView>(host, 'facilitator-view')).settings;
    await host.request('settings', { ...settings, timerSeconds: 1 });
    // The room reads the wall clock; the test moves it rather than waiting, and runs the room's
    // once-a-second check itself.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      await host.request('open', {});
      await host.request('timer', { action: 'extend', seconds: 1 });
      expect(running.room.state.secondsLeft).toBe(2);
      vi.setSystemTime(Date.now() + 1000);
      running.room.tick();
      expect(running.room.state.secondsLeft).toBe(1);
      await host.request('timer', { action: 'stop' });
      vi.setSystemTime(Date.now() + 2300);
      running.room.tick();
      expect(running.room.session.phase).toBe('planning');
      await host.request('timer', { action: 'extend', seconds: 1 });
      expect(running.room.state.secondsLeft).toBe(2);
      vi.setSystemTime(Date.now() + 1900);
      running.room.tick();
      expect(running.room.session.phase).toBe('planning');
      vi.setSystemTime(Date.now() + 200);
      running.room.tick();
      await running.room.flush();
      expect(running.room.session.phase).toBe('results');
    } finally {
      vi.useRealTimers();
    }
  });

  it('undoes the last close with the submitted plans intact', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const host = await facilitator();
    const opened = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('open', {});
    const plan = (await opened).defaultPlan!;
    await blue.room.request('submit', { decisions: plan });
    await host.request('close', {});
    expect(running.room.session.teams[0]?.game?.history).toHaveLength(1);
    await host.request('undo-close', {});
    expect(running.room.session.phase).toBe('planning');
    expect(running.room.session.teams[0]?.game?.history).toHaveLength(0);
    expect(running.room.session.teams[0]?.submitted).toEqual(plan);
  });

  it('takes a team’s small requests answered together, all or none, with their stakes in its view', async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const host = await facilitator();
    await host.request('open', {});
    const results = new Promise<TeamView>((ok) => {
      const off = blue.room.onMessage('team-view', (v: TeamView) => {
        if (v.sessionPhase !== 'results') return;
        off();
        ok(v);
      });
    });
    await host.request('close', {});
    const view = await results;
    // Seed 2 under the default plan brings the small requests together in quarter 1.
    const small = view.pending.filter(isSmallRequest);
    expect(small.length).toBeGreaterThanOrEqual(2);
    expect(view.pendingStakes).toHaveLength(view.pending.length);
    view.pending.forEach((event, i) =>
      expect(view.pendingStakes[i] === null).toBe(event.kind !== 'request'),
    );
    const answers = small.map((e) => ({ eventId: e.id, optionId: 'decline' }));
    await expect(blue.room.request('answer-requests', { answers: [] })).rejects.toMatchObject({
      reason: { code: 'message-invalid', type: 'answer-requests' },
    });
    const partial = await blue.room
      .request('answer-requests', { answers: answers.slice(1) })
      .catch((e: { reason: Refusal }) => e.reason);
    expect(partial).toMatchObject({ code: 'game-refused' });
    const [reason] = (partial as Extract<Refusal, { code: 'game-refused' }>).reasons;
    expect(reason?.reason.en).toContain(small[0]!.id);
    const team = () => running.room.session.teams.find((t) => t.name === 'Blue')!;
    expect(team().game!.pending.filter(isSmallRequest)).toHaveLength(small.length);
    await blue.room.request('answer-requests', { answers });
    expect(team().game!.pending.filter(isSmallRequest)).toEqual([]);
    expect(team().game!.history[0]!.choices.filter((c) => c.optionId === 'decline')).toHaveLength(
      small.length,
    );
  });

  it("puts a facilitator's dilemma in front of every team after the next close", async () => {
    const blue = await joinTeam(colyseus.sdk, running.joinCode, 'Blue');
    const red = await joinTeam(colyseus.sdk, running.joinCode, 'Red');
    const host = await facilitator();
    await expect(host.request('inject', { cardId: 'no-such-card' })).rejects.toMatchObject({
      reason: { code: 'inject-before-start' },
    });
    await host.request('open', {});
    // The engine's own refusal travels with its text in both languages, for the team it failed on.
    const unknownCard = await host
      .request('inject', { cardId: 'no-such-card' })
      .catch((e: { reason: Refusal }) => e.reason);
    expect(unknownCard).toMatchObject({ code: 'game-refused', team: 'Blue' });
    const [reason] = (unknownCard as Extract<Refusal, { code: 'game-refused' }>).reasons;
    expect(reason?.reason.en.length).toBeGreaterThan(0);
    expect(reason?.reason.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const card = deckFor(scenario).dilemmas[0]!;
    await host.request('inject', { cardId: card.id });
    const views = [blue, red].map((t) => nextMessage<TeamView>(t.room, 'team-view'));
    await host.request('close', {});
    for (const view of await Promise.all(views))
      expect(view.pending.map((p) => p.sourceId)).toContain(card.id);
  });
});
