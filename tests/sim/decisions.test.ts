import { describe, expect, it } from 'vitest';
import {
  checkDecisions,
  newGame,
  selectLevers,
  submitDecisions,
  type Decisions,
} from '../../src/sim/index';
import { loadScenario } from './helpers';

const scenario = loadScenario();
const game = newGame(scenario, 1);
const base = (): Decisions => structuredClone(scenario.startingDecisions);

describe('decision guards', () => {
  it('accepts the starting plan', () => {
    expect(checkDecisions(game, base())).toEqual([]);
  });

  it('refuses an allocation that does not sum to 100, with a reason in both languages', () => {
    const d = base();
    d.allocation.features = 80;
    const problems = checkDecisions(game, d);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('allocation');
    expect(problems[0]!.reason.en).toMatch(/100/);
    expect(problems[0]!.reason.ja).toMatch(/100%/);
  });

  it('refuses hiring beyond the scenario limit', () => {
    const d = base();
    d.talent.hiring = [
      { role: 'product', level: 'senior', count: scenario.limits.maxHiresPerQuarter + 1 },
    ];
    expect(checkDecisions(game, d).map((p) => p.path)).toEqual(['talent.hiring']);
  });

  it('refuses negative amounts and non-integers', () => {
    const d = base();
    d.budget.contractors = -1;
    d.talent.hiring = [{ role: 'product', level: 'senior', count: 1.5 }];
    const paths = checkDecisions(game, d).map((p) => p.path);
    expect(paths).toContain('budget.contractors');
    expect(paths).toContain('talent.hiring[0].count');
  });

  it('refuses unknown ids, roles and levels', () => {
    const d = base();
    d.initiatives = ['teleportation'];
    d.riskMitigations = ['nope'];
    d.talent.hiring = [{ role: 'wizard' as never, level: 'senior', count: 1 }];
    const paths = checkDecisions(game, d).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['initiatives[0]', 'riskMitigations[0]', 'talent.hiring[0].role']),
    );
  });

  it('refuses layoffs and promotions beyond the current staff', () => {
    const small = loadScenario((raw) => {
      raw.org.staff = [
        { role: 'product', level: 'senior', count: 3, tenure: 3 },
        { role: 'product', level: 'senior', count: 2, tenure: 0 },
        { role: 'product', level: 'manager', count: 1, tenure: 3 },
      ];
    });
    const d = structuredClone(small.startingDecisions);
    d.talent.layoffs = [{ role: 'security', level: 'staff', count: 1 }];
    d.org.promotionsToManager = 2;
    d.org.promotionsToStaff = 2; // only 3 ramped seniors; new hires cannot be promoted
    const paths = checkDecisions(newGame(small, 1), d).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['talent.layoffs[0].count', 'org.promotionsToManager']),
    );
  });

  it('refuses untyped junk without throwing', () => {
    expect(checkDecisions(game, {} as Decisions).length).toBeGreaterThan(10);
    expect(checkDecisions(game, null as unknown as Decisions)).toHaveLength(1);
  });

  it('leaves the game unchanged when refused', () => {
    const d = base();
    d.allocation.security = 50;
    const before = JSON.stringify(game);
    const r = submitDecisions(game, d);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(game)).toBe(before);
  });

  it('describes every lever with a label in both languages', () => {
    const levers = selectLevers();
    expect(levers.length).toBeGreaterThanOrEqual(30);
    for (const l of levers) {
      expect(l.label.en && l.label.ja && l.help.en && l.help.ja).toBeTruthy();
      expect(l.responsibility).toBeGreaterThanOrEqual(1);
    }
    const responsibilities = new Set(levers.map((l) => l.responsibility));
    for (const r of [1, 2, 3, 4, 5, 6, 7, 8]) expect(responsibilities.has(r as never)).toBe(true);
  });
});
