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

/** A tiny search from the plan library in `lib`: its JSON report and the notes it printed. */
async function searchWithLibrary(lib: string) {
  const notes: string[] = [];
  const r = JSON.parse(
    await balanceCommand(
      [SCENARIO],
      { ...tiny, sections: 'search', json: true, planLibrary: lib },
      undefined,
      (n) => notes.push(n),
    ),
  );
  return { r, notes };
}

describe('sim balance', () => {
  it('prints the Markdown report with the targets and the paired win rates', async () => {
    const out = await balanceCommand([SCENARIO], { ...tiny, sections: 'policies,search' });
    expect(out).toContain('# Balance lab: ');
    expect(out).toContain('## Targets');
    expect(out).toContain('| reference (reference) |');
    expect(out).toContain('best-fixed-plan (fixed)');
    expect(out).toContain('## Best fixed plan (cross-entropy search)');
    // The target names the fixed plan it was judged against, and the report lists the candidates.
    expect(out).toContain('## Strongest fixed plan on the hold-out seeds');
    expect(out).toMatch(
      /\| Fixed plan \| Where it came from \| Reference wins \| Reference margin \| Strongest \|/,
    );
    expect(out).toMatch(/margin −?\d+\.\d, against (the recipe|“best-fixed-plan”)/);
    // The scenario lists starting situations: the seeds each met are compared apart.
    expect(out).toContain('## By starting situation');
    expect(out).toMatch(/\| The company as described \(`as-described`\) \| \d+ \|/);
  });

  it('prints what knowing a seed is worth with the foresight section', async () => {
    const out = await balanceCommand([SCENARIO], {
      ...tiny,
      sections: 'foresight',
      foresightSeeds: '2',
      foresightBudget: '20',
    });
    expect(out).toContain('## Foresight: what knowing a seed is worth');
    expect(out).toContain('(20 games, starting from the fixed plans above)');
    expect(out).toMatch(/\| 2 \| \d+\.\d \| \d+\.\d \| \d+\.\d \|/);
    expect(out).toMatch(/Knowing the seed was worth [+−]?\d+\.\d over the strongest fixed plan/);
    await expect(
      balanceCommand([SCENARIO], { ...tiny, sections: 'foresight', foresightBudget: '0' }),
    ).rejects.toThrow(/--foresight-budget/);
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
    // An independent search also tunes on games of its own.
    expect(other.search.searchSeeds).toHaveLength(first.search.searchSeeds.length);
    expect(
      other.search.searchSeeds.filter((x: number) => first.search.searchSeeds.includes(x)),
    ).toEqual([]);
    const md = await balanceCommand([SCENARIO], { ...tiny, sections: 'search', searchSeed: '2' });
    expect(md).toContain('--budget 40 --search-seed 2 --out-dir docs/balance');
    await expect(balanceCommand([SCENARIO], { ...tiny, searchSeed: '0' })).rejects.toThrow(
      '--search-seed must be a positive integer',
    );
  });

  it('scores each candidate on --plan-seeds search seeds and names them in the command to reproduce', async () => {
    const search = { ...tiny, budget: '300', sections: 'search', json: true };
    const more = JSON.parse(await balanceCommand([SCENARIO], { ...search, planSeeds: '4' }));
    expect(more.settings.searchSeeds).toBe(4);
    expect(more.search.searchSeeds).toHaveLength(4);
    const md = await balanceCommand([SCENARIO], {
      ...tiny,
      budget: '300',
      sections: 'search',
      planSeeds: '4',
    });
    expect(md).toContain('--budget 300 --plan-seeds 4 --out-dir docs/balance');
    await expect(balanceCommand([SCENARIO], { ...tiny, planSeeds: 'x' })).rejects.toThrow(
      '--plan-seeds must be a positive integer',
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
    expect(md).toContain('Reference wins vs strongest fixed plan');
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

  it('keeps the best plan a search finds with --plan-library and starts the next search from it', async () => {
    const lib = join(dir, 'plans');
    const file = join(lib, 'series-b-saas.json');
    const notes: string[] = [];
    // The company as described (its starting situations left out): the check is of the library,
    // and over the situations a search of 72 games may not beat max-everything on its six seeds.
    const raw = JSON.parse(readFileSync(SCENARIO, 'utf8')) as Record<string, unknown>;
    delete raw.situations;
    const described = join(dir, 'series-b-saas.json');
    writeFileSync(described, JSON.stringify(raw));
    // 120 games: 72 for the generations (one of 10 candidates after the 2 recipes), 48 for the polish
    const search = { ...tiny, budget: '120', sections: 'search', json: true, planLibrary: lib };
    const first = JSON.parse(
      await balanceCommand([described], search, undefined, (n) => notes.push(n)),
    );
    expect(first.search.keptPlans).toBe(0);
    expect(first.search.refined).toBeNull();
    expect(first.search.source).toBe('search');
    expect(notes).toEqual([
      `${file}: kept the best plan found ("series-b-saas engine ${first.engineVersion} search seed 1")`,
    ]);
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    expect(kept.format).toBe('vpoe-plan-library');
    expect(kept.plans).toHaveLength(1);
    // The same search again: the kept plan leads from the start, so the generations refine it
    // (search.ts). What they find is never worse on the search seeds; a better plan is kept
    // beside it (under a free name: the same engine and search seed), an equal one is not.
    notes.length = 0;
    const again = JSON.parse(
      await balanceCommand([described], search, undefined, (n) => notes.push(n)),
    );
    expect(again.search.keptPlans).toBe(1);
    expect(again.search.refined).toBe(kept.plans[0].name);
    expect(again.search.searchScore).toBeGreaterThanOrEqual(first.search.searchScore);
    const improved = again.search.source === 'search';
    expect(notes).toEqual(
      improved
        ? [
            `${file}: kept the best plan found ("series-b-saas engine ${first.engineVersion} search seed 1 (2)")`,
          ]
        : [],
    );
    const plans = JSON.parse(readFileSync(file, 'utf8')).plans;
    expect(plans).toHaveLength(improved ? 2 : 1);
    // The kept plan is played on the hold-out seeds under its own name, where it came from
    // beside it; when it is still the best, the search's copy of it is the same games.
    expect(again.fixedPlans).toContainEqual({
      policy: kept.plans[0].name,
      origin: 'kept',
      from: kept.plans[0].foundBy,
    });
    const scoresOf = (name: string) =>
      again.policies.find((p: { name: string }) => p.name === name)?.scores;
    if (!improved) expect(scoresOf('best-fixed-plan')).toEqual(scoresOf(kept.plans[0].name));
    const md = await balanceCommand([described], { ...search, json: false });
    expect(md).toContain('--plan-library docs/balance/plans --out-dir docs/balance');
    expect(md).toContain(
      `${plans.length} kept plan${plans.length === 1 ? '' : 's'} from earlier searches joined the candidates`,
    );
    expect(md).toContain('The generations refined "series-b-saas engine');
    expect(md).toContain(`| ${kept.plans[0].name} (kept) |`);
    expect(md).toContain(`| ${kept.plans[0].name} | kept plan: ${kept.plans[0].foundBy} |`);
  });

  it('skips a kept plan that no longer fits the levers, says so, and writes it back unchanged', async () => {
    const lib = join(dir, 'stale');
    mkdirSync(lib, { recursive: true });
    const file = join(lib, 'series-b-saas.json');
    const stale = {
      name: 'old',
      foundBy: 'an older engine',
      phases: [{ fromQuarter: 1, decisions: { trends: { hoverboards: true } } }],
      choices: {},
    };
    const library = {
      format: 'vpoe-plan-library',
      version: 1,
      scenario: 'series-b-saas',
      plans: [stale],
    };
    writeFileSync(file, JSON.stringify(library));
    const { r, notes } = await searchWithLibrary(lib);
    expect(r.search.keptPlans).toBe(0);
    expect(notes[0]).toMatch(
      /series-b-saas\.json: skipped plans\[0\] "old": phases\.0\.decisions\.trends: .*hoverboards/,
    );
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(after.plans[0]).toEqual(stale);
    // A plan this search found follows it; when one of the recipes the search starts from scores
    // best in so small a search (max-everything on engine 1.23.0), there is nothing to add.
    expect(after.plans).toHaveLength(r.search.source === 'search' ? 2 : 1);
  });

  it('skips a kept plan the game would refuse, saying why, instead of stopping the lab mid-run', async () => {
    const lib = join(dir, 'refused');
    mkdirSync(lib, { recursive: true });
    const file = join(lib, 'series-b-saas.json');
    const base = JSON.parse(readFileSync('docs/balance/plans/series-b-saas.json', 'utf8'));
    const lastPlan = () => structuredClone(base.plans[base.plans.length - 1]);
    // Repeated every quarter, the game refuses this once the juniors have gone.
    const cuts = { ...lastPlan(), name: 'cut every quarter' };
    cuts.phases[1].decisions.talent.layoffs = [{ role: 'product', level: 'junior', count: 6 }];
    // The scenario allows 30 requisitions a quarter.
    const hires = { ...lastPlan(), name: 'hire fifty' };
    hires.phases[0].decisions.talent.hiring = [{ role: 'product', level: 'senior', count: 50 }];
    writeFileSync(file, JSON.stringify({ ...base, plans: [cuts, hires] }));
    const { r, notes } = await searchWithLibrary(lib);
    expect(r.search.keptPlans).toBe(0);
    expect(notes.slice(0, 2)).toEqual([
      `${file}: skipped plans[0] "cut every quarter": phases.1.decisions: a kept plan lays nobody off and promotes nobody (a schedule cannot know who is still there)`,
      `${file}: skipped plans[1] "hire fifty": phases.0.decisions.talent.hiring: At most 30 requisitions a quarter in this scenario (planned 50).`,
    ]);
    expect(JSON.parse(readFileSync(file, 'utf8')).plans.slice(0, 2)).toEqual([cuts, hires]);
  });

  it('refuses a plan library that is not one, or is for another scenario, naming the file', async () => {
    const lib = join(dir, 'bad-library');
    mkdirSync(lib, { recursive: true });
    const file = join(lib, 'series-b-saas.json');
    const html = join(dir, 'not-written.html');
    writeFileSync(file, '{"plans": "lots"}');
    await expect(
      balanceCommand([SCENARIO], { ...tiny, sections: 'search', planLibrary: lib, html }),
    ).rejects.toThrow(/bad-library\/series-b-saas\.json": not a vpoe-plan-library document/);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'vpoe-plan-library',
        version: 1,
        scenario: 'mega-venture',
        plans: [],
      }),
    );
    await expect(
      balanceCommand([SCENARIO], { ...tiny, sections: 'search', planLibrary: lib, html }),
    ).rejects.toThrow(/it holds plans for scenario "mega-venture", not "series-b-saas"/);
    expect(existsSync(html)).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8')).plans).toEqual([]);
  });
});
