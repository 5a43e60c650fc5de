import { describe, expect, it } from 'vitest';
import {
  answerEvent,
  balancedPolicy,
  continueEndsGame,
  continueGame,
  defaultDecisions,
  newGame,
  pendingEvents,
  phaseOf,
  previewQuarter,
  runGame,
  selectHistory,
  selectKpis,
  selectOrg,
  selectOutcome,
  selectQuarterReport,
  submitDecisions,
  type Game,
} from '../../src/sim/index';
import { loadScenario, playUntil } from './helpers';

const scenario = loadScenario();

function firstQuarterWithEvents(): Game {
  for (let seed = 1; seed < 200; seed++) {
    const r = submitDecisions(newGame(scenario, seed), scenario.startingDecisions);
    if (r.ok && r.value.phase === 'events') return r.value;
  }
  throw new Error('no seed drew an event');
}

describe('game lifecycle', () => {
  it('starts in planning at quarter 1 with the scenario plan as default', () => {
    const g = newGame(scenario, 7, { playerName: 'Aiko' });
    expect(phaseOf(g)).toBe('planning');
    expect(g.quarter).toBe(1);
    expect(g.playerName).toBe('Aiko');
    expect(defaultDecisions(g)).toEqual(scenario.startingDecisions);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
  });

  it('hands out default decisions that can be edited without touching history', () => {
    const r = submitDecisions(newGame(scenario, 3), scenario.startingDecisions);
    if (!r.ok) throw new Error('refused');
    const d = defaultDecisions(r.value);
    d.allocation.features = 0;
    d.budget.tools.ci = !d.budget.tools.ci;
    expect(r.value.log[0]!.decisions).toEqual(scenario.startingDecisions);
    expect(scenario.startingDecisions.allocation.features).toBe(70);
  });

  it('resolves a quarter into events or review and records it', () => {
    const r = submitDecisions(newGame(scenario, 3), scenario.startingDecisions);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(['events', 'review']).toContain(r.value.phase);
    expect(selectHistory(r.value)).toHaveLength(1);
    expect(r.value.log[0]!.decisions).toEqual(scenario.startingDecisions);
  });

  it('waits for every pending choice, then reviews, then plans the next quarter', () => {
    let g = firstQuarterWithEvents();
    const events = pendingEvents(g);
    expect(events.length).toBeGreaterThan(0);
    expect(continueGame(g)).toBe(g);
    for (const ev of events) {
      expect(ev.options.length).toBeGreaterThanOrEqual(2);
      const r = answerEvent(g, ev.id, ev.defaultOptionId);
      expect(r.ok).toBe(true);
      if (r.ok) g = r.value;
    }
    expect(phaseOf(g)).toBe('review');
    expect(g.history[0]!.choices).toHaveLength(events.length);
    g = continueGame(g);
    expect(phaseOf(g)).toBe('planning');
    expect(g.quarter).toBe(2);
  });

  it('fills stakeholder requests with their target and due quarter in both languages', () => {
    let seen = 0;
    for (let seed = 1; seed < 60; seed++) {
      const r = submitDecisions(newGame(scenario, seed), scenario.startingDecisions);
      if (!r.ok) continue;
      for (const ev of r.value.pending.filter((e) => e.kind === 'request')) {
        seen++;
        expect(ev.body.en).not.toMatch(/[{}]/);
        expect(ev.body.ja).not.toMatch(/[{}]/);
        expect(ev.body.en).toContain(`quarter ${ev.request!.dueQuarter}`);
        expect(ev.body.ja).toContain(`第${ev.request!.dueQuarter}四半期`);
        expect(ev.options.map((o) => o.id)).toEqual(['accept', 'decline']);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('refuses unknown events and options with a reason, leaving the game as it was', () => {
    const g = firstQuarterWithEvents();
    const ev = g.pending[0]!;
    const a = answerEvent(g, 'nope', 'x');
    const b = answerEvent(g, ev.id, 'not-an-option');
    expect(a.ok || b.ok).toBe(false);
    if (!b.ok) expect(b.error.ja.length).toBeGreaterThan(0);
    expect(g.pending).toContain(ev);
  });

  it('refuses decisions outside planning', () => {
    const g = firstQuarterWithEvents();
    expect(submitDecisions(g, scenario.startingDecisions).ok).toBe(false);
  });

  it('ends after the horizon as completed with a score and grade', () => {
    const g = runGame(scenario, 11, balancedPolicy);
    expect(g.phase).toBe('ended');
    expect(g.status).toBe('completed');
    expect(g.history).toHaveLength(scenario.horizonQuarters);
    const o = selectOutcome(g);
    expect(o.score).toBeGreaterThan(0);
    expect(o.score).toBeLessThanOrEqual(100);
    expect(['S', 'A', 'B', 'C', 'D', 'F']).toContain(o.grade);
    expect(o.byArea.map((a) => a.area)).toEqual([
      'business',
      'delivery',
      'reliability',
      'people',
      'cost',
      'stakeholders',
    ]);
  });

  it('ends early when cash runs out', () => {
    const poor = loadScenario((raw) => (raw.company.cash = 3_000_000));
    let g = newGame(poor, 1);
    for (let i = 0; i < 12 && g.phase !== 'ended'; i++) {
      if (g.phase === 'planning') {
        const d = defaultDecisions(g);
        d.talent.hiring = [{ role: 'product', level: 'senior', count: 30 }];
        const r = submitDecisions(g, d);
        if (!r.ok) throw new Error('refused');
        g = r.value;
      }
      while (g.phase === 'events') {
        const r = answerEvent(g, g.pending[0]!.id, g.pending[0]!.defaultOptionId);
        if (r.ok) g = r.value;
      }
      g = continueGame(g);
    }
    expect(g.status).toBe('bankrupt');
    expect(g.phase).toBe('ended');
    expect(g.history.length).toBeLessThan(12);
  });

  it('gets fired when board confidence stays below the line', () => {
    const hostile = loadScenario((raw) => {
      raw.company.trust = { ceo: 5, cfo: 5, cto: 5, cpo: 5, hr: 5 };
      raw.end.firedBelow = 30;
    });
    const g = runGame(hostile, 1, balancedPolicy);
    expect(g.status).toBe('fired');
    expect(g.history.length).toBeLessThanOrEqual(hostile.end.firedAfterQuarters + 1);
  });
});

describe('the end rule', () => {
  it('continuing ends the game after the last quarter, and only then while playing', () => {
    const atReview = (quarter: number) => {
      let game = playUntil(scenario, 3, balancedPolicy, (g) => g.quarter === quarter);
      const r = submitDecisions(game, balancedPolicy.decide(game));
      if (!r.ok) throw new Error('refused');
      game = r.value;
      for (const ev of pendingEvents(game)) {
        const a = answerEvent(game, ev.id, ev.defaultOptionId);
        if (a.ok) game = a.value;
      }
      return game;
    };
    const middle = atReview(5);
    expect(middle.phase).toBe('review');
    expect(continueEndsGame(middle)).toBe(false);
    expect(continueGame(middle).phase).toBe('planning');

    const last = atReview(scenario.horizonQuarters);
    expect(continueEndsGame(last)).toBe(true);
    const ended = continueGame(last);
    expect([ended.phase, ended.status]).toEqual(['ended', 'completed']);

    const bankrupt: Game = { ...middle, status: 'bankrupt' };
    expect(continueEndsGame(bankrupt)).toBe(true);
  });
});

describe('selectors and preview', () => {
  const g = runGame(scenario, 5, balancedPolicy);

  it('gives KPIs with history and deltas', () => {
    const kpis = selectKpis(g);
    const arr = kpis.find((k) => k.id === 'arr')!;
    expect(arr.history).toHaveLength(12);
    expect(arr.value).toBe(g.history[11]!.metrics.arr);
    expect(arr.delta).toBeCloseTo(g.history[11]!.metrics.arr - g.history[10]!.metrics.arr, 6);
  });

  it('reports every quarter with drivers whose parts sum to the change', () => {
    for (let q = 1; q <= 12; q++) {
      const report = selectQuarterReport(g, q);
      for (const d of report.drivers) {
        const sum = d.parts.reduce((a, p) => a + p.value, 0);
        expect(Math.abs(sum - (d.to - d.from))).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(d.to), Math.abs(d.from)),
        );
      }
      expect(report.stakeholderReactions).toHaveLength(5);
      for (const n of report.narrative) expect(n.en.length * n.ja.length).toBeGreaterThan(0);
    }
    expect(() => selectQuarterReport(g, 13)).toThrow(RangeError);
  });

  it("names each stakeholder at the start of its reaction as the report's other texts do", () => {
    const subjects = selectQuarterReport(g, 1).stakeholderReactions.map((r) => ({
      en: r.text.en
        .split(' ')
        .slice(0, r.stakeholder === 'hr' ? 1 : 2)
        .join(' '),
      ja: r.text.ja.slice(0, r.stakeholder === 'hr' ? 2 : 3),
    }));
    expect(subjects).toEqual([
      { en: 'The CEO', ja: 'CEO' },
      { en: 'The CFO', ja: 'CFO' },
      { en: 'The CTO', ja: 'CTO' },
      { en: 'The CPO', ja: 'CPO' },
      { en: 'HR', ja: '人事' },
    ]);
  });

  it('shows the organisation', () => {
    const org = selectOrg(g);
    expect(org.headcount).toBe(g.state.staff.reduce((a, b) => a + b, 0));
    expect(org.teams.reduce((a, t) => a + t.size, 0)).toBeLessThanOrEqual(org.headcount);
    expect(org.byRoleLevel).toHaveLength(16);
  });

  it('previews a plan without advancing the PRNG or changing the game', () => {
    const start = newGame(scenario, 9);
    const before = JSON.stringify(start);
    const p = previewQuarter(start, scenario.startingDecisions);
    expect(JSON.stringify(start)).toBe(before);
    expect(p.capacitySplit.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 9);
    const more = structuredClone(scenario.startingDecisions);
    more.talent.hiring = [{ role: 'product', level: 'senior', count: 20 }];
    const hiring = previewQuarter(start, more);
    expect(hiring.costs).toBeGreaterThan(p.costs); // sourcing is paid now
    expect(hiring.capacity).toBeLessThan(p.capacity); // interviews take time now
  });
});
