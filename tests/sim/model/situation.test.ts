/**
 * Starting situations (model/situation.ts; docs/model.md, "Starting situations"): each seed of a
 * scenario that lists them starts in one, drawn from the seed, and the briefing says which.
 */
import { describe, expect, it } from 'vitest';
import { newGame, parseScenario, selectBriefing, submitDecisions } from '../../../src/sim/index';
import { companyIn, situationOf } from '../../../src/sim/model/situation';
import { loadBuiltin, rawScenarioFile, SCENARIO_FILES } from '../../scenarios/builtin';
import { loadScenario } from '../helpers';

const seriesB = loadBuiltin('series-b-saas.json');

describe('starting situations', () => {
  it('every built-in scenario lists its company as described and at least three other starts', () => {
    for (const file of SCENARIO_FILES) {
      const ids = (loadBuiltin(file).situations ?? []).map((s) => s.id);
      expect(ids, file).toContain('as-described');
      expect(ids.length, file).toBeGreaterThanOrEqual(4);
    }
  });

  it('draws the same situation for the same seed, and each about as often as its weight says', () => {
    const list = seriesB.situations ?? [];
    const total = list.reduce((sum, s) => sum + s.weight, 0);
    const counts = new Map<string, number>();
    const n = 4000;
    for (let seed = 1; seed <= n; seed++) {
      const s = situationOf(seriesB, seed);
      expect(situationOf(seriesB, seed)).toBe(s);
      counts.set(s!.id, (counts.get(s!.id) ?? 0) + 1);
    }
    for (const s of list)
      expect(Math.abs((counts.get(s.id) ?? 0) / n - s.weight / total), s.id).toBeLessThan(0.025);
  });

  it('starts the game from the situation’s company and names it in every quarter’s briefing', () => {
    const seed = [...Array(200).keys()]
      .map((i) => i + 1)
      .find((s) => situationOf(seriesB, s)?.id === 'less-cash')!;
    const situation = situationOf(seriesB, seed)!;
    const game = newGame(seriesB, seed);
    expect(game.baseline.cash).toBe(situation.company.cash);
    expect(game.baseline.cash).toBeLessThan(seriesB.company.cash);
    expect(game.baseline.arr).toBe(seriesB.company.arr);
    const first = selectBriefing(game).situation;
    expect(first).toEqual({ id: 'less-cash', title: situation.title, body: situation.body });
    const next = submitDecisions(game, seriesB.startingDecisions);
    if (!next.ok) throw new Error('the starting plan was refused');
    expect(selectBriefing(next.value).situation?.id).toBe('less-cash');
  });

  it('changes only what the situation lists, keeping the rest of the company', () => {
    const fragile = seriesB.situations!.find((s) => s.id === 'fragile-platform')!;
    const company = companyIn(seriesB, fragile);
    expect(company.debt).toEqual({ ...seriesB.company.debt, ...fragile.company.debt });
    expect({ ...company, debt: seriesB.company.debt }).toEqual(seriesB.company);
    expect(companyIn(seriesB, null)).toBe(seriesB.company);
  });

  it('leaves a scenario without situations as described, on every seed', () => {
    const described = loadScenario();
    expect(described.situations).toBeUndefined();
    for (const seed of [1, 2, 3, 99]) {
      expect(situationOf(described, seed)).toBeNull();
      const game = newGame(described, seed);
      expect(game.baseline.cash).toBe(described.company.cash);
      expect(selectBriefing(game).situation).toBeNull();
    }
  });

  it('refuses duplicate situation ids and changes a situation may not make, naming where', () => {
    const raw = rawScenarioFile('series-b-saas.json') as { situations: unknown[] };
    const twice = { ...raw, situations: [raw.situations[0], raw.situations[0]] };
    const r1 = parseScenario(twice);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.map((e) => e.path)).toContain('situations');
    // ARR, customers and size set the budget envelope and the market's par: not a situation's.
    const richer = {
      ...raw,
      situations: [{ ...(raw.situations[0] as object), company: { arr: 1 } }],
    };
    const r2 = parseScenario(richer);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.map((e) => e.path).join(' ')).toContain('situations[0].company');
  });
});
