import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronProblem,
  minimumNode,
  nodeIsRecentEnough,
  nodeProblem,
  startProblems,
} from '../../scripts/preflight.mjs';

const root = path.resolve(__dirname, '../..');
const made: string[] = [];

function tempDir(withBinary: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'vpoe-preflight-'));
  made.push(dir);
  if (withBinary) writeFileSync(path.join(dir, 'electron'), '');
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm start preflight', () => {
  it('reads the minimum Node.js from a ">=" engines range', () => {
    expect(minimumNode('>=22.12.0')).toBe('22.12.0');
    expect(() => minimumNode('^22')).toThrow(/engines.node/);
  });

  it('compares versions part by part, not as text', () => {
    expect(nodeIsRecentEnough('v22.12.0', '22.12.0')).toBe(true);
    expect(nodeIsRecentEnough('v24.1.0', '22.12.0')).toBe(true);
    expect(nodeIsRecentEnough('v22.9.0', '22.12.0')).toBe(false);
    expect(nodeIsRecentEnough('v20.20.2', '22.12.0')).toBe(false);
    expect(nodeProblem('v22.23.5', '22.12.0')).toBeNull();
    expect(nodeProblem('v20.20.2', '22.12.0')).toMatch(/22\.12\.0 or newer.*20\.20\.2/);
  });

  it('finds Electron missing when its binary is absent, and says how to fetch it', () => {
    const electronDir = tempDir(false);
    const problem = electronProblem(electronDir, 'linux', {});
    expect(problem).toContain('node node_modules/electron/install.js');
    expect(problem).toContain('npm run web');
    mkdirSync(path.join(electronDir, 'dist'));
    writeFileSync(path.join(electronDir, 'dist', 'electron'), '');
    expect(electronProblem(electronDir, 'linux', {})).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron does', () => {
    expect(
      startProblems(root, 'v22.12.0', 'linux', { ELECTRON_OVERRIDE_DIST_PATH: tempDir(true) }),
    ).toBeNull();
    expect(
      startProblems(root, 'v22.12.0', 'linux', { ELECTRON_OVERRIDE_DIST_PATH: tempDir(false) }),
    ).toMatch(/Electron's own program is not installed/);
  });

  it('exits 1 with one paragraph and no stack trace when Electron is missing', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts/preflight.mjs')], {
      cwd: root,
      encoding: 'utf-8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tempDir(false) },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).not.toContain('\n');
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(run.stderr).toContain('npm run web');
  });

  it('runs the preflight before one preview build (electron-vite preview builds by itself)', async () => {
    const manifest = (await import('../../package.json')).default;
    expect(manifest.scripts.start).toBe('node scripts/preflight.mjs && electron-vite preview');
  });
});
