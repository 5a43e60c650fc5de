/**
 * Issue 14: a process writing saves and autosaves through the desktop host is killed (SIGKILL,
 * no clean-up handlers) at random moments, again and again. After every kill, nothing is lost:
 * the save file is the last completed version or the one being written, complete, and it opens
 * as a game; every autosave listed opens and is the version its quarter names; the newest is
 * the last completed one or the one after it; temp files are gone after the next start.
 * CRASH_RUNS sets the number of kills (default 8); FUZZ_SEED picks the moments.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createDesktopHost, dataFiles } from '../../src/main/desktop-host';
import { removeLeftoversAtStart } from '../../src/main/files/clean-up';
import { AUTOSAVES_PER_GAME } from '../../src/shared/host-api';
import {
  answerEvent,
  balancedPolicy,
  continueGame,
  gameChecksum,
  loadSave,
  newGame,
  submitDecisions,
  toSave,
  type Game,
} from '../../src/sim/index';
import { FUZZ_SEED } from '../fuzz/settings';
import { unwrap } from '../host-result';
import { loadScenario } from '../sim/helpers';
import { tempDir } from './helpers';

const writer = join(__dirname, 'fixtures', 'save-writer.ts');
const RUNS = Math.max(1, Number(process.env.CRASH_RUNS ?? 8));
/** Writes one child may make before it stops by itself (bounds a run the kill missed). */
const MOST_WRITES = 400;
/**
 * The child is killed this long (ms) after it is ready, drawn in [0, KILL_WITHIN_MS). A save and an
 * autosave take a few ms each, so 400 ms holds dozens of writes: the kills still land inside them
 * (with the default seed, 5 of the 8 leave a cut-off temp file behind).
 */
const KILL_WITHIN_MS = 400;

const scenario = loadScenario();

/** Every state of one game, step by step (the saves the writer cycles through). */
function gameStates(): Game[] {
  const states: Game[] = [];
  let game = newGame(scenario, 21);
  while (game.history.length < 4) {
    states.push(game);
    if (game.phase === 'planning') {
      const r = submitDecisions(game, balancedPolicy.decide(game));
      if (!r.ok) throw new Error('plan refused');
      game = r.value;
    } else if (game.phase === 'events') {
      const event = game.pending[0]!;
      const r = answerEvent(game, event.id, balancedPolicy.choose(game, event));
      if (!r.ok) throw new Error('answer refused');
      game = r.value;
    } else game = continueGame(game);
  }
  return states;
}

/** A seeded sequence of kill delays (a small LCG: the same moments on every run of a seed). */
function delays(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state / 2 ** 32) * KILL_WITHIN_MS;
  };
}

type Run = { lastSave: number | null; lastAutosave: number | null; killed: boolean };

/**
 * The writer bundled once into plain JavaScript in `dir`, so each of the RUNS children starts as
 * a bare node process instead of compiling TypeScript again (its own folder stays its __dirname).
 */
async function bundleWriter(dir: string): Promise<string> {
  const outfile = join(dir, 'save-writer.cjs');
  await build({
    entryPoints: [writer],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    define: { __dirname: JSON.stringify(dirname(writer)) },
    logLevel: 'silent',
  });
  return outfile;
}

/** Starts the writer at version `first`, kills it `delay` ms after it is ready. */
function runWriter(bundle: string, args: string[], delay: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { lastSave: null, lastAutosave: null, killed: false };
    let stderr = '';
    let buffered = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [what, n] = line.split(' ');
        if (what === 'ready') setTimeout(() => (run.killed = child.kill('SIGKILL')), delay);
        if (what === 'save') run.lastSave = Number(n);
        if (what === 'autosave') run.lastAutosave = Number(n);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && code !== 0)
        reject(new Error(`writer failed (${code}): ${stderr.slice(0, 2000)}`));
      else resolve(run);
    });
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
const isTemp = (path: string) => /\.json\.\d+$/.test(path);

describe('killing a process while it saves and autosaves', () => {
  it(
    `loses nothing over ${RUNS} kills at random moments`,
    { timeout: 60_000 + RUNS * 15_000 },
    async () => {
      const dir = await tempDir();
      const bundle = await bundleWriter(await tempDir());
      const dataDir = join(dir, 'data');
      const savePath = join(dir, 'crash.vpoe.json');
      const states = gameStates();
      const saves = states.map((g) => JSON.parse(JSON.stringify(toSave(g))) as unknown);
      const savesFile = join(dir, 'saves.json');
      await writeFile(savesFile, JSON.stringify(saves));
      const version = (n: number) => saves[n % saves.length];
      const nextDelay = delays(FUZZ_SEED);

      let committedSave: number | null = null; // the save file's version after the last check
      let next = 0;
      let leftoversSeen = 0;
      let newestAutosave = -1; // the newest autosave's version after the last check
      for (let run = 0; run < RUNS; run++) {
        const first = next;
        const result = await runWriter(
          bundle,
          [dataDir, savePath, savesFile, String(first), String(MOST_WRITES)],
          nextDelay(),
        );

        // The save file: the last completed version, or the one in flight; complete either way.
        const lastDone: number | null = result.lastSave ?? committedSave;
        const allowed: number[] = [lastDone, lastDone === null ? first : lastDone + 1].filter(
          (n): n is number => n !== null,
        );
        const text = await readFile(savePath, 'utf8').catch(() => null);
        if (text === null) expect(lastDone).toBeNull();
        else {
          const found: number | undefined = allowed.find(
            (n: number) => JSON.stringify(JSON.parse(text)) === JSON.stringify(version(n)),
          );
          expect(
            found,
            `run ${run}: the save is neither version ${allowed.join(' nor ')}`,
          ).toBeDefined();
          committedSave = found!;
          const opened = loadSave(JSON.parse(text), scenario);
          expect(opened.ok && gameChecksum(opened.value)).toBe(
            gameChecksum(states[found! % states.length]!),
          );
        }

        // The next start: leftovers of the cut-off writes go, nothing else.
        leftoversSeen += (await filesUnder(dir)).filter(isTemp).length;
        await removeLeftoversAtStart(dataFiles(dataDir));
        const host = createDesktopHost({
          paths: {
            scenariosDir: join(__dirname, '..', '..', 'scenarios'),
            dataDir,
            documentsDir: dir,
          },
          dialogs: { chooseFileToOpen: async () => savePath, chooseFileToSave: async () => null },
          appInfo: { version: '0.1.0', locale: 'en-GB', host: 'electron' },
          now: () => new Date(),
        });
        if (text !== null) unwrap(await host.openGame()); // opening a save clears temp files beside it
        expect((await filesUnder(dir)).filter(isTemp)).toEqual([]);

        // Autosaves: each listed one opens and is the version its quarter names; the newest is the
        // last completed one or the one that was being written.
        const autosaves = unwrap(await host.listAutosaves()).filter(
          (a) => a.gameId === 'crash-game',
        );
        // The oldest is deleted only after the new one is on disk: a kill between the two
        // leaves one extra, which the next autosave trims.
        expect(autosaves.length).toBeLessThanOrEqual(AUTOSAVES_PER_GAME + 1);
        for (const entry of autosaves) {
          const opened = unwrap(await host.loadAutosave(entry.id));
          expect(JSON.stringify(opened.json)).toBe(JSON.stringify(version(entry.quarter)));
        }
        if (result.lastAutosave !== null)
          expect([result.lastAutosave, result.lastAutosave + 1]).toContain(autosaves[0]?.quarter);
        expect(autosaves[0]?.quarter ?? -1).toBeGreaterThanOrEqual(newestAutosave);
        newestAutosave = autosaves[0]?.quarter ?? -1;
        const newest = Math.max(
          result.lastAutosave ?? -1,
          result.lastSave ?? -1,
          autosaves[0]?.quarter ?? -1,
        );
        next = Math.max(next, newest + 2);
      }
      // Not a pass condition (timing decides it), but shows the kills landed inside writes.
      console.info(
        `${RUNS} kills; ${leftoversSeen} temp files left by cut-off writes were removed`,
      );
    },
  );
});
