/**
 * File > Host a workshop... without Electron (ADR 0008): main's workshop host drives the real
 * host process (src/server/host-process.ts) started with Node's fork instead of Electron's
 * utilityProcess, on 127.0.0.1. It starts a workshop teams can join, shows how to join, keeps a
 * session per scenario, and stops cleanly: the process exits and the port is closed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ColyseusSDK } from '@colyseus/sdk';
import { WORKSHOP_ROOM } from '../../src/shared/workshop';
import type { HostProcessEvent } from '../../src/shared/workshop-hosting';
import {
  createWorkshopHost,
  sessionFileOf,
  type HostProcess,
  type WorkshopHost,
} from '../../src/main/workshop-host';
import { freePort } from '../server/helpers';

const ENTRY = resolve(__dirname, '../../src/server/host-process.ts');
const SCENARIOS = resolve(__dirname, '../../scenarios');

const children: ChildProcess[] = [];
const hosts: WorkshopHost[] = [];
let dataDir = '';
/** The host process bundled once into one file: each fork then starts in plain Node. */
let bundleDir = '';
let bundled = '';

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'vpoe-host-process-'));
  bundled = join(bundleDir, 'host-process.cjs');
  await build({
    entryPoints: [ENTRY],
    outfile: bundled,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stopWorkshop();
  for (const child of children.splice(0)) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The host process as Node's fork gives it (Electron gives a UtilityProcess). */
function nodeProcess(): HostProcess {
  const child = fork(bundled, [], { stdio: 'pipe' });
  children.push(child);
  return {
    post: (request) => void child.send(request),
    onEvent: (listener) => child.on('message', (m) => listener(m as HostProcessEvent)),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => void child.kill(),
  };
}

async function workshopHost(port: number) {
  dataDir = mkdtempSync(join(tmpdir(), 'vpoe-host-'));
  const started: HostProcess[] = [];
  const host = createWorkshopHost({
    startProcess: () => {
      const p = nodeProcess();
      started.push(p);
      return p;
    },
    scenariosDir: SCENARIOS,
    dataDir,
    staticDir: null,
    listenHost: '127.0.0.1',
    port,
    randomSeed: () => 4242,
    now: () => new Date('2026-12-02T10:00:00Z'),
  });
  hosts.push(host);
  return { host, started };
}

function portIsOpen(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

describe('hosting a workshop from the desktop app', () => {
  it('starts a workshop teams can join, shows how to join, and stops cleanly', async () => {
    const port = await freePort();
    const { host, started } = await workshopHost(port);
    const hosted = await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: false });
    if (!hosted.ok) throw new Error(hosted.error.detail);
    const h = hosted.value;
    expect(h.port).toBe(port);
    expect(h.seed).toBe(4242);
    expect(h.resumed).toBe(false);
    expect(h.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(h.joinUrls).toEqual([
      `http://127.0.0.1:${port}/workshop.html?code=${encodeURIComponent(h.joinCode)}`,
    ]);
    expect(Buffer.from(h.qrDataUrl.split(',')[1]!, 'base64').toString()).toContain('<svg');
    expect(h.facilitatorUrl).toBe(`http://127.0.0.1:${port}/workshop.html#facilitator`);
    expect(h.projectorUrl).toContain('#projector');
    expect(await host.currentWorkshop()).toEqual(h);

    // A team joins with the join code it was shown.
    const sdk = new ColyseusSDK(`ws://127.0.0.1:${port}`);
    const team = await sdk.join(WORKSHOP_ROOM, {
      role: 'team',
      joinCode: h.joinCode,
      teamName: 'Blue',
    });
    await team.leave(true);
    expect(existsSync(sessionFileOf(dataDir, 'series-b-saas'))).toBe(true);

    const exited = new Promise<void>((ok) => started[0]!.onExit(() => ok()));
    expect(await host.stopWorkshop()).toEqual({ ok: true, value: undefined });
    await exited;
    expect(await portIsOpen(port)).toBe(false);
    expect(await host.currentWorkshop()).toBeNull();
  });

  it('resumes the last session of a scenario, and keeps it aside for a new one', async () => {
    const port = await freePort();
    const { host } = await workshopHost(port);
    const first = await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: false });
    if (!first.ok) throw new Error(first.error.detail);
    await host.stopWorkshop();

    const again = await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: false });
    expect(again).toMatchObject({
      ok: true,
      value: { resumed: true, joinCode: first.value.joinCode },
    });
    // While one runs, another cannot start; asking again for the same one shows it.
    expect(await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: false })).toEqual(again);
    expect(
      await host.hostWorkshop({ scenarioId: 'fintech-regulated', fresh: false }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    await host.stopWorkshop();

    const fresh = await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: true });
    expect(fresh).toMatchObject({ ok: true, value: { resumed: false } });
    await host.stopWorkshop();
    expect(readdirSync(join(dataDir, 'workshops')).sort()).toEqual([
      'series-b-saas.session.2026-12-02T10-00-00-000Z.json',
      'series-b-saas.session.json',
    ]);
  });

  it('takes another free port when the usual one is busy, and says why it cannot start', async () => {
    const busy = await freePort();
    const blocker = (await import('node:net')).createServer();
    await new Promise<void>((ok) => blocker.listen(busy, '127.0.0.1', () => ok()));
    try {
      const { host } = await workshopHost(busy);
      const hosted = await host.hostWorkshop({ scenarioId: 'series-b-saas', fresh: false });
      if (!hosted.ok) throw new Error(hosted.error.detail);
      expect(hosted.value.port).not.toBe(busy);
      expect(await portIsOpen(hosted.value.port)).toBe(true);
      await host.stopWorkshop();
      expect(await host.hostWorkshop({ scenarioId: 'no-such-scenario', fresh: false })).toEqual({
        ok: false,
        error: { code: 'invalid-request', detail: 'no built-in scenario no-such-scenario' },
      });
    } finally {
      await new Promise<void>((ok) => blocker.close(() => ok()));
    }
  });
});
