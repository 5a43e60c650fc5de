import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ColyseusSDK } from '@colyseus/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKSHOP_ROOM, type TeamView } from '../../src/shared/workshop';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/server';
import { readSessionFile } from '../../src/server/store';
import { freePort, joinTeam, loadScenario, nextMessage } from './helpers';

const scenario = loadScenario();
const started: RunningWorkshop[] = [];

afterEach(async () => {
  for (const r of started.splice(0)) await r.close().catch(() => undefined);
});

async function start(sessionFile: string, port: number) {
  const loaded = await readSessionFile(sessionFile);
  if (loaded && !loaded.ok) throw new Error(loaded.error);
  const running = await startWorkshopServer({
    scenario,
    seed: 11,
    port,
    host: '127.0.0.1',
    sessionFile,
    staticDir: null,
    resume: loaded?.file,
  });
  started.push(running);
  return running;
}

describe('the session file', () => {
  it("lets a restarted server resume every team's game, draft, seat and the round timer", async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vpoe-workshop-')), 'session.json');
    const port = await freePort();
    const first = await start(file, port);
    const sdk = new ColyseusSDK(`ws://127.0.0.1:${port}`);
    const blue = await joinTeam(sdk, first.joinCode, 'Blue');
    await joinTeam(sdk, first.joinCode, 'Red');
    const host = await sdk.join(WORKSHOP_ROOM, {
      role: 'facilitator',
      facilitatorCode: first.facilitatorCode,
    });
    const opened = nextMessage<TeamView>(blue.room, 'team-view');
    await host.request('open', {});
    const plan = (await opened).defaultPlan!;
    await blue.room.request('submit', { decisions: plan });
    await host.request('close', {});
    await host.request('open', {});
    const draft = structuredClone(plan);
    draft.allocation.features += 2;
    draft.allocation.debtPaydown -= 2;
    await blue.room.request('draft', { decisions: draft });
    await host.request('timer', { action: 'extend', seconds: 120 });
    await host.request('pause', {});
    const secondsLeft = first.room.state.secondsLeft;
    expect(secondsLeft).toBeGreaterThan(600);
    await first.room.flush();
    const before = first.room.session;
    await first.close();
    started.length = 0;

    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.log.map((a: { type: string }) => a.type)).toEqual([
      'join',
      'join',
      'open',
      'submit',
      'close',
      'open',
    ]);

    const second = await start(file, port);
    expect(second.joinCode).toBe(first.joinCode);
    expect(second.room.session).toEqual(before);
    expect(second.room.state.toJSON()).toMatchObject({
      timerRunning: true,
      paused: true,
      secondsLeft,
    });
    const again = await sdk.join(WORKSHOP_ROOM, {
      role: 'team',
      joinCode: second.joinCode,
      teamToken: blue.seat.teamToken,
    });
    const view = await nextMessage<TeamView>(again, 'team-view');
    expect(view.name).toBe('Blue');
    expect(view.quarter).toBe(2);
    expect(view.draft).toEqual(draft);
  });

  it('refuses to resume a session file of another scenario', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vpoe-workshop-')), 'session.json');
    const port = await freePort();
    const first = await start(file, port);
    const sdk = new ColyseusSDK(`ws://127.0.0.1:${port}`);
    await joinTeam(sdk, first.joinCode, 'Blue');
    await first.close();
    started.length = 0;
    const loaded = await readSessionFile(file);
    if (!loaded?.ok) throw new Error('no session file');
    await expect(
      startWorkshopServer({
        scenario: loadScenario('fintech-regulated'),
        seed: 1,
        port,
        host: '127.0.0.1',
        sessionFile: file,
        staticDir: null,
        resume: loaded.file,
      }),
    ).rejects.toThrow(/session file is for scenario/);
  });
});
