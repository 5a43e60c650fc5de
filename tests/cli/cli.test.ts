import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_METRICS, type GameReport } from '../../src/cli/play';
import { EXAMPLE_PLAN, ROOT, runCli, runCliProcess, SCENARIO } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'vpoe-cli-'));
const scenarioJson = () => JSON.parse(readFileSync(SCENARIO, 'utf8')) as Record<string, unknown>;

describe('sim validate', () => {
  it('accepts a valid scenario with exit 0', async () => {
    const r = await runCli('validate', SCENARIO);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('series-b-saas');
  });

  it('rejects an invalid scenario with exit 1, naming the JSON path of each problem', async () => {
    const bad = scenarioJson();
    (bad.company as Record<string, unknown>).cash = 'lots';
    bad.difficulty = 9;
    const path = join(dir, 'bad-scenario.json');
    writeFileSync(path, JSON.stringify(bad));
    const r = await runCli('validate', path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/company\.cash: .*number/);
    expect(r.stderr).toMatch(/difficulty: /);
    expect(r.stdout).toBe('');
  });

  it('says clearly when the file is missing or not JSON', async () => {
    const missing = await runCli('validate', join(dir, 'nope.json'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.json" does not exist/);
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"id": "x", ');
    const broken = await runCli('validate', path);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/broken\.json" is not valid JSON/);
  });
});

describe('sim play and replay', () => {
  let first: string;
  const savePath = join(dir, 'game.vpoe.json');

  beforeAll(async () => {
    const r = await runCli(
      'play',
      SCENARIO,
      '--seed',
      '7',
      '--plan',
      EXAMPLE_PLAN,
      '--json',
      '--save',
      savePath,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    first = r.stdout;
  });

  it('prints exactly one JSON document with 12 quarters and every reported metric', async () => {
    const report = JSON.parse(first) as GameReport;
    expect(report.scenario).toBe('series-b-saas');
    expect(report.seed).toBe(7);
    expect(report.quarters.map((q) => q.quarter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const q of report.quarters)
      for (const k of REPORT_METRICS) expect(Number.isFinite(q.metrics[k]), `${k}`).toBe(true);
    expect(report.outcome.status).toBe('completed');
    expect(report.outcome.score).toBeGreaterThanOrEqual(0);
    expect(report.outcome.score).toBeLessThanOrEqual(100);
    expect(['S', 'A', 'B', 'C', 'D', 'F']).toContain(report.outcome.grade);
  });

  it('is deterministic: the same seed and plan print the same bytes; another seed differs', async () => {
    const again = await runCli('play', SCENARIO, '--seed', '7', '--plan', EXAMPLE_PLAN, '--json');
    expect(again.stdout).toBe(first);
    const other = await runCli('play', SCENARIO, '--seed', '8', '--plan', EXAMPLE_PLAN, '--json');
    expect(other.status).toBe(0);
    expect(other.stdout).not.toBe(first);
  });

  it('replays the save to exactly the output of play', async () => {
    const r = await runCli('replay', savePath, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(first);
  });

  it('prints a per-quarter table without --json', async () => {
    const r = await runCli('replay', savePath);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Q12 /m);
    expect(r.stdout).toMatch(/Outcome: completed, score \d/);
  });

  it('refuses a tampered save (a decision edited) as diverged', async () => {
    const save = JSON.parse(readFileSync(savePath, 'utf8'));
    const submit = save.actions.filter((a: { type: string }) => a.type === 'submit')[3];
    submit.decisions.process.ciCd = submit.decisions.process.ciCd === 3 ? 0 : 3;
    const path = join(dir, 'tampered.vpoe.json');
    writeFileSync(path, JSON.stringify(save));
    const r = await runCli('replay', path, '--json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\(diverged\)/);
  });

  it('refuses corrupt, truncated, newer-version and foreign saves with the reason', async () => {
    const text = readFileSync(savePath, 'utf8');
    const cases: [string, string, RegExp][] = [
      ['truncated', text.slice(0, text.length / 2), /\(truncated\)/],
      ['corrupt', '{"format": "vpoe-save", "seed": "x"}', /\(corrupt\)/],
      ['newer', text.replace(/"schemaVersion": \d+/, '"schemaVersion": 99'), /newer-version/],
      [
        'foreign',
        text.replace('"id": "series-b-saas"', '"id": "not-a-scenario"'),
        /not-a-scenario/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const path = join(dir, `${name}.vpoe.json`);
      writeFileSync(path, content);
      const r = await runCli('replay', path);
      expect(r.status, name).toBe(1);
      expect(r.stderr, name).toMatch(message);
    }
  });

  it('replays against an explicit --scenario file, and refuses one whose content changed', async () => {
    const same = await runCli('replay', savePath, '--scenario', SCENARIO, '--json');
    expect(same.status).toBe(0);
    expect(same.stdout).toBe(first);
    const changed = scenarioJson();
    (changed.company as { cash: number }).cash += 1_000_000;
    const path = join(dir, 'changed-scenario.json');
    writeFileSync(path, JSON.stringify(changed));
    const r = await runCli('replay', savePath, '--scenario', path);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\(scenario-mismatch\)/);
  });

  it('exits 1 naming the quarter when the engine refuses the plan, and leaves the save alone', async () => {
    const plan = {
      format: 'vpoe-plan',
      version: 1,
      quarters: [
        {
          quarter: 3,
          decisions: {
            allocation: {
              features: 90,
              debtPaydown: 20,
              reliability: 0,
              security: 0,
              innovation: 0,
            },
          },
        },
      ],
    };
    const planPath = join(dir, 'refused-plan.json');
    writeFileSync(planPath, JSON.stringify(plan));
    const before = readFileSync(savePath, 'utf8');
    const r = await runCli('play', SCENARIO, '--seed', '1', '--plan', planPath, '--save', savePath);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/quarter 3/);
    expect(r.stderr).toMatch(/allocation: .*110/);
    expect(readFileSync(savePath, 'utf8')).toBe(before);
  });

  it('rejects a malformed plan with the JSON path of each problem', async () => {
    const planPath = join(dir, 'malformed-plan.json');
    writeFileSync(
      planPath,
      JSON.stringify({ format: 'vpoe-plan', version: 1, quarters: [{ quarter: 0 }] }),
    );
    const r = await runCli('play', SCENARIO, '--seed', '1', '--plan', planPath);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/quarters\[0\]\.quarter: /);
  });
});

describe('built-in scenarios', () => {
  const files = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.json'));

  it.each(files)('play %s --seed 1 --json prints a complete game', async (file) => {
    const r = await runCli('play', join(ROOT, 'scenarios', file), '--seed', '1', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as GameReport;
    expect(report.quarters.length).toBeGreaterThan(0);
    expect(['completed', 'bankrupt', 'fired']).toContain(report.outcome.status);
    if (report.outcome.status === 'completed') expect(report.quarters).toHaveLength(12);
  });
});

describe('sim batch', () => {
  it('gives the same results over 2 worker processes as in one process, as one JSON document', async () => {
    const args = [
      'batch',
      SCENARIO,
      '--plan',
      EXAMPLE_PLAN,
      '--seeds',
      '9',
      '--per-seed',
      '--json',
    ];
    const threaded = await runCli(...args, '--workers', '2');
    const single = await runCli(...args, '--workers', '1');
    expect(threaded.stderr).toBe('');
    expect(threaded.status).toBe(0);
    expect(single.status).toBe(0);
    const a = JSON.parse(threaded.stdout);
    const b = JSON.parse(single.stdout);
    expect(a.workers).toBe(2);
    expect(b.workers).toBe(1);
    expect({ ...a, workers: 0 }).toEqual({ ...b, workers: 0 });
    expect(a.seeds).toBe(9);
    expect(a.games.map((g: { seed: number }) => g.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(a.score.p10).toBeLessThanOrEqual(a.score.p50);
    expect(a.score.p50).toBeLessThanOrEqual(a.score.p90);
  });

  it('matches play for the same seed', async () => {
    const batch = JSON.parse(
      (
        await runCli(
          'batch',
          SCENARIO,
          '--plan',
          EXAMPLE_PLAN,
          '--seeds',
          '3',
          '--per-seed',
          '--json',
          '--workers',
          '2',
        )
      ).stdout,
    );
    const play = JSON.parse(
      (await runCli('play', SCENARIO, '--seed', '3', '--plan', EXAMPLE_PLAN, '--json')).stdout,
    );
    const game = batch.games[2];
    expect(game.seed).toBe(3);
    expect(game.score).toBe(play.outcome.score);
    expect(game.final).toEqual(play.quarters[11].metrics);
  });
});

describe('the sim command as a process', () => {
  it('prints what the in-process CLI prints, with exit 0 and nothing on stderr', async () => {
    const args = ['play', SCENARIO, '--seed', '7', '--plan', EXAMPLE_PLAN, '--json'];
    const real = runCliProcess(...args);
    expect(real.stderr).toBe('');
    expect(real.status).toBe(0);
    expect(real.stdout).toBe((await runCli(...args)).stdout);
  }, 120_000);
});
