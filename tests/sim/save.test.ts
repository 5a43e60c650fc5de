import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  branchGame,
  checkDecisions,
  defaultDecisions,
  ENGINE_VERSION,
  gameAtQuarter,
  gameChecksum,
  loadSave,
  migrateSave,
  runGame,
  SAVE_SCHEMA_VERSION,
  saveChecksum,
  submitDecisions,
  toSave,
} from '../../src/sim/index';
import type { Decisions, Game, LoggedAction, SaveFile } from '../../src/sim/index';
import { loadScenario, play } from './helpers';

const scenario = loadScenario();
const finished = runGame(scenario, 21, balancedPolicy);

/** The decisions submitted in `quarter` (1-based) of a save's action log. */
function submitted(save: SaveFile, quarter: number): Decisions {
  const submits = save.actions.filter(
    (a): a is Extract<LoggedAction, { type: 'submit' }> => a.type === 'submit',
  );
  return submits[quarter - 1]!.decisions;
}

describe('saves', () => {
  it('round-trips through JSON text and replays to the identical game', () => {
    const save = toSave(finished);
    expect(save.format).toBe('vpoe-save');
    expect(save.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
    const r = loadSave(JSON.parse(JSON.stringify(save)), scenario);
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.value)).toBe(JSON.stringify(finished));
  });

  it('restores a game saved mid-quarter (while choices are pending)', () => {
    let g = play(scenario, 3, balancedPolicy, 3);
    for (let seed = 3; g.phase !== 'events' && seed < 60; seed++)
      g = play(scenario, seed, balancedPolicy, 2);
    const r = loadSave(toSave(g), scenario);
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(g));
  });

  it('reports an edited log with impossible decisions as diverged', () => {
    const save = structuredClone(toSave(finished));
    submitted(save, 3).allocation.features += 10;
    const r = loadSave(save, scenario);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('diverged');
      expect(r.error.message.en).toMatch(/Quarter 3/);
    }
  });

  it('reports a plausible edit that changes the outcome as diverged (checksum)', () => {
    const save = structuredClone(toSave(finished));
    submitted(save, 5).talent.payAdjustmentPct = 10;
    const r = loadSave(save, scenario);
    expect(!r.ok && r.error.kind).toBe('diverged');
  });

  it('reports corrupt, truncated, foreign, newer and mismatched files', () => {
    const save = toSave(finished);
    const text = JSON.stringify(save);
    expect(migrateSave(text.slice(0, 200))).toMatchObject({
      ok: false,
      error: { kind: 'truncated' },
    });
    expect(migrateSave('{"format": "vpoe-save", }')).toMatchObject({
      ok: false,
      error: { kind: 'corrupt' },
    });
    expect(migrateSave({ hello: 'world' })).toMatchObject({
      ok: false,
      error: { kind: 'foreign' },
    });
    expect(migrateSave({ ...save, schemaVersion: 99 })).toMatchObject({
      ok: false,
      error: { kind: 'newer-version' },
    });
    const noSeed = { ...save, seed: 'x' };
    const c = migrateSave(noSeed);
    expect(c).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    if (!c.ok) expect(c.error.message.en).toMatch(/seed/);
    const other = loadScenario((raw) => (raw.id = 'other-scenario'));
    expect(loadSave(save, other)).toMatchObject({ ok: false, error: { kind: 'foreign' } });
    const changed = loadScenario((raw) => (raw.company.cash += 1));
    expect(loadSave(save, changed)).toMatchObject({
      ok: false,
      error: { kind: 'scenario-mismatch' },
    });
    const gap = structuredClone(save);
    gap.actions.splice(
      gap.actions.findIndex((a, i) => i > 0 && a.type === 'submit'),
      1,
    );
    expect(loadSave(gap, scenario)).toMatchObject({ ok: false, error: { kind: 'diverged' } });
  });

  it('migrates a version-0 save and replays it', () => {
    const v0 = {
      version: 0,
      scenarioId: scenario.id,
      seed: 21,
      player: 'Ken',
      quarters: finished.log.slice(0, 4).map((e) => ({
        decisions: e.decisions,
        answers: Object.fromEntries(e.choices.map((c) => [c.eventId, c.optionId])),
      })),
    };
    const m = migrateSave(v0);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.value.schemaVersion).toBe(SAVE_SCHEMA_VERSION);
    expect(m.value.actions.filter((a) => a.type === 'submit')).toHaveLength(4);
    const r = loadSave(v0, scenario);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.playerName).toBe('Ken');
      expect(r.value.history.map((h) => h.metrics)).toEqual(
        finished.history.slice(0, 4).map((h) => h.metrics),
      );
    }
  });
});

/**
 * A save as engine 1.0.0 wrote it: the same log, but its numbers differed from today's in the
 * last bits (Math.exp/pow then, msun ports now), so its checksum is of slightly other metrics.
 */
function savedByOlderEngine(game: Game): SaveFile {
  const older = structuredClone(game);
  const metrics = older.history[0]!.metrics as unknown as Record<string, number>;
  const key = Object.keys(metrics).find((k) => typeof metrics[k] === 'number' && metrics[k] !== 0)!;
  metrics[key] = metrics[key]! * (1 + Number.EPSILON);
  return {
    ...structuredClone(toSave(game)),
    engineVersion: '1.0.0',
    checksum: saveChecksum(toSave(game).actions, gameChecksum(older)),
  };
}

describe('saves of another engine version', () => {
  it('are refused by default, saying the model changed, and can be opened under this model', () => {
    const old = savedByOlderEngine(finished);
    const refused = loadSave(old, scenario);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.kind).toBe('diverged');
    expect(refused.error.modelChange).toEqual({
      savedBy: '1.0.0',
      current: ENGINE_VERSION,
      scenarioChanged: false,
    });
    expect(refused.error.message.en).toContain('saved with model version 1.0.0');

    const accepted = loadSave(old, scenario, { acceptModelChange: true });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.value.modelChange).toEqual({
      savedBy: '1.0.0',
      current: ENGINE_VERSION,
      scenarioChanged: false,
    });
    expect(JSON.stringify(accepted.value.game)).toBe(JSON.stringify(finished));
    // Its next save is this engine's, with this engine's checksum, and opens without asking.
    const next = toSave(accepted.value.game);
    expect(next.engineVersion).toBe(ENGINE_VERSION);
    expect(next.checksum).toBe(saveChecksum(next.actions, gameChecksum(finished)));
    expect(loadSave(next, scenario).ok).toBe(true);
  });

  it('an edited save of this engine version stays refused, even when asked to accept', () => {
    const edited = structuredClone(toSave(finished));
    // The last quarter's plan: no choice follows it, so the replay runs to the end and only
    // the checksum can tell (an earlier edit may already change which choices are drawn).
    const plan = submitted(edited, finished.quarter);
    // Any other pay than the one played (the balanced policy pays 0, 3 or 8).
    plan.talent.payAdjustmentPct = plan.talent.payAdjustmentPct === 10 ? 11 : 10;
    for (const r of [
      loadSave(edited, scenario),
      loadSave(edited, scenario, { acceptModelChange: true }),
    ]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error.kind).toBe('diverged');
      expect(r.error.modelChange).toBeUndefined();
      expect(r.error.message.en).toContain('the file was edited');
    }
  });

  it('a save of another version that the current model cannot replay to the end opens where it stops', () => {
    const old = savedByOlderEngine(finished);
    submitted(old, 3).allocation.features += 10;
    const asked = loadSave(old, scenario, { acceptModelChange: false });
    expect(asked.ok).toBe(false);
    if (!asked.ok) expect(asked.error.modelChange?.savedBy).toBe('1.0.0');
    const r = loadSave(old, scenario, { acceptModelChange: true });
    if (!r.ok) throw new Error(r.error.message.en);
    // Quarters 1 and 2 replayed; quarter 3's plan, refused, is the draft to fix.
    expect(r.value.game.quarter).toBe(3);
    expect(r.value.game.phase).toBe('planning');
    expect(r.value.draft).toEqual(submitted(old, 3));
    expect(r.value.warnings.map((w) => w.en).join(' ')).toMatch(/stopped in quarter 3/);
  });

  it('a save of another version that replays to the same numbers opens without a model change', () => {
    const same = { ...toSave(finished), engineVersion: '1.0.0' };
    const r = loadSave(same, scenario, { acceptModelChange: true });
    expect(r.ok && r.value.modelChange).toBeNull();
  });
});

describe('saves of an earlier version of their scenario', () => {
  it('are refused by default, saying the scenario changed, and can be opened under its current version', () => {
    const save = toSave(finished);
    const revised = loadScenario((raw) => (raw.company.cash += 1_000_000));
    const refused = loadSave(save, revised);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.kind).toBe('scenario-mismatch');
    expect(refused.error.message.en).toContain('has changed since the game was saved');
    const change = { savedBy: ENGINE_VERSION, current: ENGINE_VERSION, scenarioChanged: true };
    expect(refused.error.modelChange).toEqual(change);

    const accepted = loadSave(save, revised, { acceptModelChange: true });
    if (!accepted.ok) throw new Error(accepted.error.message.en);
    expect(accepted.value.modelChange).toEqual(change);
    // The saved decisions replayed under the revised numbers: more cash at every quarter.
    const cash = (g: Game, q: number) => g.history.find((r) => r.quarter === q)!.metrics.cash;
    expect(cash(accepted.value.game, 1)).toBeGreaterThan(cash(finished, 1));
    // Its next save names the revised scenario and opens without asking.
    const next = toSave(accepted.value.game);
    expect(next.scenario.hash).not.toBe(save.scenario.hash);
    expect(loadSave(next, revised, { acceptModelChange: false })).toMatchObject({
      ok: true,
      value: { modelChange: null },
    });
  });

  it('a revision of the texts only, which replays to the same game, opens as saved', () => {
    const reworded = loadScenario((raw) => (raw.description.en += ' Revised wording.'));
    const r = loadSave(toSave(finished), reworded, { acceptModelChange: false });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.modelChange).toBeNull();
    // The same game, now carrying the reworded scenario.
    expect(gameChecksum(r.value.game)).toBe(gameChecksum(finished));
    expect(r.value.game.scenario.description.en).toContain('Revised wording.');
  });
});

describe('time travel', () => {
  it('rebuilds the game as it stood at the start of a quarter', () => {
    const at5 = gameAtQuarter(finished, 5);
    expect(at5.phase).toBe('planning');
    expect(at5.quarter).toBe(5);
    expect(at5.history).toEqual(finished.history.slice(0, 4));
    expect(() => gameAtQuarter(finished, 14)).toThrow(RangeError);
  });

  it('branches from a quarter with the same seed stream and records the parent', () => {
    const b = branchGame(finished, 6);
    expect(b.parent).toEqual({ seed: finished.seed, quarter: 6, checksum: gameChecksum(finished) });
    const replayed = runGame(scenario, 21, balancedPolicy);
    expect(gameChecksum(replayed)).toBe(gameChecksum(finished));
    const r = loadSave(toSave(b), scenario);
    expect(r.ok && r.value.parent).toEqual(b.parent);
  });
});

describe('the unsubmitted plan (draft) in a save', () => {
  const planning = play(scenario, 5, balancedPolicy, 2);
  const edited = (): Decisions => {
    const d = structuredClone(defaultDecisions(planning));
    d.allocation.features -= 10;
    d.allocation.debtPaydown += 10;
    d.talent.hiring = [{ role: 'product', level: 'senior', count: 3 }];
    return d;
  };

  it('round-trips beside the game without changing its checksum or replay', () => {
    expect(planning.phase).toBe('planning');
    const save = toSave(planning, { draft: edited() });
    expect(save.draft).toEqual({ quarter: planning.quarter, decisions: edited() });
    expect(save.checksum).toBe(toSave(planning).checksum);
    const r = loadSave(JSON.parse(JSON.stringify(save)), scenario, { acceptModelChange: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.draft).toEqual(edited());
    expect(r.value.warnings).toEqual([]);
    expect(JSON.stringify(r.value.game)).toBe(JSON.stringify(planning));
    // migrateSave's SaveFile is the decision log only.
    const m = migrateSave(save);
    expect(m.ok && 'draft' in m.value).toBe(false);
  });

  it('a save without a draft loads with none and no warning', () => {
    const r = loadSave(toSave(planning), scenario, { acceptModelChange: false });
    expect(r.ok && r.value.draft).toBeNull();
    expect(r.ok && r.value.warnings).toEqual([]);
  });

  it('is left out of a save outside planning', () => {
    const r = submitDecisions(planning, balancedPolicy.decide(planning));
    if (!r.ok) throw new Error('the balanced plan is refused');
    const g = r.value;
    expect(g.phase).not.toBe('planning');
    expect('draft' in toSave(g, { draft: edited() })).toBe(false);
  });

  it('a plan the engine would refuse is still restored (the player may be mid-edit)', () => {
    const d = edited();
    d.allocation.features += 7; // sums to 107
    d.budget.contractors = -2; // below the range
    d.org.teamSizeTarget = 7.5; // not whole
    const r = loadSave(toSave(planning, { draft: d }), scenario, { acceptModelChange: false });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.draft).toEqual(d);
    expect(r.value.warnings).toEqual([]);
    expect(checkDecisions(r.value.game, d).map((p) => p.path)).toEqual(
      expect.arrayContaining(['budget.contractors', 'org.teamSizeTarget']),
    );
  });

  it('a malformed draft is dropped with a warning that says where; the game still loads', () => {
    const cases: [string, (save: Record<string, unknown>) => void, string][] = [
      [
        'wrong type',
        (s) => (s.draft = { quarter: 3, decisions: { org: 'x' } }),
        'draft.decisions.org',
      ],
      ['not an object', (s) => (s.draft = 'plan'), 'draft'],
      [
        'unknown key',
        (s) => {
          const draft = s.draft as { decisions: Record<string, unknown> };
          draft.decisions.surprise = 1;
        },
        'draft.decisions',
      ],
      ['other quarter', (s) => ((s.draft as { quarter: number }).quarter = 1), 'quarter 1'],
    ];
    for (const [name, damage, where] of cases) {
      const save = structuredClone(toSave(planning, { draft: edited() })) as unknown as Record<
        string,
        unknown
      >;
      damage(save);
      const r = loadSave(save, scenario, { acceptModelChange: false });
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      expect(r.value.draft, name).toBeNull();
      expect(r.value.warnings, name).toHaveLength(1);
      expect(r.value.warnings[0]!.en, name).toContain('was not restored');
      expect(r.value.warnings[0]!.en, name).toContain(where);
      expect(r.value.warnings[0]!.ja, name).toContain('復元しませんでした');
      expect(JSON.stringify(r.value.game), name).toBe(JSON.stringify(planning));
    }
  });
});
