/**
 * The workshop server serves the app's pages on the LAN: every response carries the app's
 * Content-Security-Policy with frame-ancestors 'none' (no other site can frame the facilitator
 * console), and only the built renderer's own files are served.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/shared/content-security';
import { startWorkshopServer, type RunningWorkshop } from '../../src/server/server';
import { freePort, loadScenario } from './helpers';

let running: RunningWorkshop;
let base: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vpoe-static-'));
  writeFileSync(join(dir, 'workshop.html'), '<!doctype html><title>workshop</title>');
  writeFileSync(join(dir, '.secret'), 'not for the network');
  const port = await freePort();
  running = await startWorkshopServer({
    scenario: loadScenario(),
    seed: 7,
    port,
    host: '127.0.0.1',
    sessionFile: null,
    staticDir: dir,
  });
  base = `http://127.0.0.1:${running.port}`;
});

afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the workshop server’s pages', () => {
  it('are sent with the app’s Content-Security-Policy and frame-ancestors none', async () => {
    const page = await fetch(`${base}/workshop.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuse framing on a refusal too, and serve no dotfiles', async () => {
    const hidden = await fetch(`${base}/.secret`);
    expect(hidden.status).not.toBe(200);
    expect(await hidden.text()).not.toContain('not for the network');
    // Express's refusal page sends its own, stricter policy (default-src 'none').
    expect(hidden.headers.get('x-frame-options')).toBe('DENY');
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/workshop.html');
    expect(root.headers.get('x-frame-options')).toBe('DENY');
  });
});
