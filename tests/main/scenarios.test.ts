import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listBuiltInScenarios,
  loadBuiltInScenario,
  readScenarioFile,
} from '../../src/main/files/scenarios';
import { tempDir } from './helpers';

const repoScenarios = join(__dirname, '..', '..', 'scenarios');

const minimal = (id: string) => ({
  id,
  title: { en: `Title ${id}`, ja: `題 ${id}` },
  description: { en: 'What happens', ja: '何が起きるか' },
  difficulty: 3,
  horizonQuarters: 8,
  currency: 'JPY',
});

describe('built-in scenarios', () => {
  it('lists every scenario in the repository with its bilingual title and description', async () => {
    const listing = await listBuiltInScenarios(repoScenarios);
    const files = readdirSync(repoScenarios).filter((name) => name.endsWith('.json'));
    expect(listing.problems).toEqual([]);
    expect(listing.scenarios.map((s) => s.fileName)).toEqual(files.sort());
    for (const scenario of listing.scenarios) {
      expect(scenario.title.en.length).toBeGreaterThan(0);
      expect(scenario.title.ja.length).toBeGreaterThan(0);
      expect(scenario.description.ja.length).toBeGreaterThan(0);
    }
  });

  it('reports a broken file by name instead of hiding it or failing the list', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'good.json'), JSON.stringify(minimal('good')));
    await writeFile(join(dir, 'no-title.json'), JSON.stringify({ ...minimal('x'), title: 'X' }));
    await writeFile(join(dir, 'readme.txt'), 'not a scenario');
    const listing = await listBuiltInScenarios(dir);
    expect(listing.scenarios.map((s) => s.id)).toEqual(['good']);
    expect(listing.problems).toEqual([
      {
        fileName: 'no-title.json',
        error: {
          code: 'not-a-scenario',
          detail: 'no-title.json: field "title" must be an object with "en" and "ja" strings.',
        },
      },
    ]);
  });

  it('loads a scenario by id with its full JSON', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), JSON.stringify(minimal('alpha')));
    const loaded = await loadBuiltInScenario(dir, 'alpha');
    expect(loaded).toMatchObject({ ok: true, value: { summary: { id: 'alpha', difficulty: 3 } } });
    expect(loaded.ok && loaded.value.json).toEqual(minimal('alpha'));
    const missing = await loadBuiltInScenario(dir, 'beta');
    expect(missing.ok ? null : missing.error.detail).toBe('No built-in scenario has id "beta".');
  });

  it('refuses a scenario file that is not JSON', async () => {
    const path = join(await tempDir(), 'mine.json');
    await writeFile(path, 'id: yaml-ish');
    const loaded = await readScenarioFile(path);
    expect(loaded.ok ? null : loaded.error.code).toBe('invalid-json');
  });
});
