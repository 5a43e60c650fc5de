import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { balanceCommand } from '../../src/cli/balance';
import { CliError } from '../../src/cli/io';
import { SCENARIO } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'vpoe-balance-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tiny = { seeds: '4', budget: '40', workers: '1' };

describe('sim balance', () => {
  it('prints the Markdown report with the targets and the paired win rates', async () => {
    const out = await balanceCommand([SCENARIO], { ...tiny, sections: 'policies,search' });
    expect(out).toContain('# Balance lab: ');
    expect(out).toContain('## Targets');
    expect(out).toContain('| reference (reference) |');
    expect(out).toContain('best-fixed-plan (fixed)');
    expect(out).toContain('## Best fixed plan (cross-entropy search)');
  });

  it('prints one JSON document with --json, and the same games on worker processes', async () => {
    const inProcess = JSON.parse(
      await balanceCommand([SCENARIO], { ...tiny, sections: 'search', json: true }),
    );
    const onWorkers = JSON.parse(
      await balanceCommand([SCENARIO], { ...tiny, sections: 'search', json: true, workers: '2' }),
    );
    expect(inProcess.scenario.id).toBe('series-b-saas');
    expect(onWorkers).toEqual(inProcess);
  });

  it('runs an independent search with --search-seed and names it in the command to reproduce', async () => {
    const search = { ...tiny, budget: '160', sections: 'search', json: true };
    const first = JSON.parse(await balanceCommand([SCENARIO], search));
    const again = JSON.parse(await balanceCommand([SCENARIO], { ...search, searchSeed: '1' }));
    const other = JSON.parse(await balanceCommand([SCENARIO], { ...search, searchSeed: '2' }));
    expect(again).toEqual(first);
    expect(other.settings.searchSeed).toBe(2);
    expect(other.search.generations).not.toEqual(first.search.generations);
    const md = await balanceCommand([SCENARIO], { ...tiny, sections: 'search', searchSeed: '2' });
    expect(md).toContain('--budget 40 --search-seed 2 --out-dir docs/balance');
    await expect(balanceCommand([SCENARIO], { ...tiny, searchSeed: '0' })).rejects.toThrow(
      '--search-seed must be a positive integer',
    );
  });

  it('writes a self-contained HTML report with charts', async () => {
    const file = join(dir, 'report.html');
    const out = await balanceCommand([SCENARIO], { ...tiny, sections: 'policies', html: file });
    expect(out).toContain(`Wrote ${file}`);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/<script|src="http/);
  });

  it('writes a report per scenario and an index with the pooled targets with --out-dir', async () => {
    const out = join(dir, 'reports');
    const fintech = SCENARIO.replace('series-b-saas', 'fintech-regulated');
    const md = await balanceCommand([SCENARIO, fintech], {
      ...tiny,
      sections: 'policies',
      outDir: out,
    });
    expect(md).toContain('## Targets over all scenarios');
    for (const f of ['series-b-saas.md', 'series-b-saas.html', 'fintech-regulated.md', 'README.md'])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain('Rule of 40 met');
    // One scenario again: the index still pools both reports kept in the folder.
    await balanceCommand([SCENARIO], { ...tiny, sections: 'policies', outDir: out });
    const index = readFileSync(join(out, 'README.md'), 'utf8');
    expect(index).toContain('[fintech-regulated.md]');
    expect(index).toContain('[series-b-saas.md]');
    expect(index).toContain('## Targets over all scenarios');
  });

  it('refuses to pool a file in --out-dir that is not a balance report, naming it', async () => {
    const out = join(dir, 'stray');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.json'), '{"hello": 1}');
    await expect(
      balanceCommand([SCENARIO], { ...tiny, sections: 'policies', outDir: out }),
    ).rejects.toThrow(/notes\.json: not a balance report/);
    expect(existsSync(join(out, 'series-b-saas.md'))).toBe(false);
  });

  it('refuses an unknown section or a bad budget with a clear message, writing nothing', async () => {
    const file = join(dir, 'never.html');
    await expect(
      balanceCommand([SCENARIO], { ...tiny, sections: 'luck', html: file }),
    ).rejects.toThrow(/--sections must list some of policies, search, sensitivity, options/);
    await expect(balanceCommand([SCENARIO], { ...tiny, budget: '0' })).rejects.toThrow(CliError);
    expect(existsSync(file)).toBe(false);
  });
});
