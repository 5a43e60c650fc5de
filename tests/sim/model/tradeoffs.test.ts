/**
 * Engine 1.4.0's trade-off relations (docs/model.md, "Engine 1.4.0"): every lever has a price
 * and diminishing returns, so its best value depends on the situation.
 */
import { describe, expect, it } from 'vitest';
import { levelCost } from '../../../src/sim/model/budget';
import { innovationGain } from '../../../src/sim/model/business';
import { absorbed } from '../../../src/sim/model/capabilities';
import { nextWaste, wasteFloor } from '../../../src/sim/model/cloud';
import {
  candidateSupply,
  fillRate,
  interviewLoad,
  payAppeal,
  payPosition,
} from '../../../src/sim/model/people';
import {
  partialRestoreFactor,
  sloRestoreFactor,
  sloWork,
} from '../../../src/sim/model/reliability';
import { resolveIncidents } from '../../../src/sim/quarter/incidents';
import { balancedPolicy, deckFor, runGame } from '../../../src/sim/index';
import { cardReach } from '../../../src/sim/deck';
import { loadBuiltin } from '../../scenarios/builtin';

/** The balanced policy, shown every event it answers before it answers. */
function balancedSeeing(
  see: (
    g: Parameters<typeof balancedPolicy.choose>[0],
    ev: Parameters<typeof balancedPolicy.choose>[1],
  ) => void,
): typeof balancedPolicy {
  return {
    ...balancedPolicy,
    choose: (g, ev) => {
      see(g, ev);
      return balancedPolicy.choose(g, ev);
    },
  };
}

/** Successive gains of f over equal steps of its input. */
const steps = (f: (x: number) => number, xs: number[]) =>
  xs.slice(1).map((x, i) => f(x) - f(xs[i] as number));

describe('trade-offs (engine 1.4.0)', () => {
  it('pays above the market with fading returns, and below it with rising losses', () => {
    const gains = steps(payAppeal, [0, 5, 10, 15, 20]);
    for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeLessThan(gains[i - 1] as number);
    expect(payAppeal(-10)).toBeLessThan(-payAppeal(10));
    // A hot market moves market pay: the same adjustment is a lower position.
    expect(payPosition(5, 1.2)).toBeLessThan(payPosition(5, 1));
  });

  it('fills few openings almost fully and many far less, at a rising interview load', () => {
    const supply = candidateSupply(60, 1, 'hybrid');
    expect(fillRate(3, supply)).toBeGreaterThan(0.85);
    expect(fillRate(2 * supply, supply)).toBeLessThan(0.5);
    expect(interviewLoad(30, supply) / 30).toBeGreaterThan(interviewLoad(5, supply) / 5);
    // A hot market has fewer candidates; a remote policy reaches more.
    expect(candidateSupply(60, 1.3, 'hybrid')).toBeLessThan(supply);
    expect(candidateSupply(60, 1, 'remote')).toBeGreaterThan(supply);
  });

  it('prices the top level of a practice highest while it buys the least', () => {
    expect(steps(levelCost, [0, 1, 2, 3])).toEqual([1, 2, 3]);
    const absorbedGains = steps(absorbed, [0, 0.5, 1, 1.5]);
    expect(absorbedGains[2]).toBeLessThan(absorbedGains[0] as number);
    expect(absorbedGains[2]).toBeGreaterThan(0); // a duplicate still helps, a little
  });

  it('rewards innovation time with diminishing returns, realised only through delivery', () => {
    const gains = steps((x) => innovationGain(x, 1, 0), [0, 0.1, 0.2, 0.3]);
    expect(gains[2]).toBeLessThan((gains[0] as number) / 2);
    expect(innovationGain(0.2, 0.6, 0)).toBeLessThan(innovationGain(0.2, 1, 0));
  });

  it('recovers part of the cloud waste, less each quarter, never below the floor', () => {
    let waste = 0.3;
    const recovered: number[] = [];
    for (let q = 0; q < 8; q++) {
      const next = nextWaste(waste, true, 0.6);
      recovered.push(waste - next);
      waste = next;
    }
    expect(recovered[3]).toBeLessThan(recovered[0] as number);
    expect(waste).toBeGreaterThan(wasteFloor(0.6));
  });

  it('makes the SLO target matter on its own: tighter costs time, looser restores slower', () => {
    expect(sloWork(0.9999)).toBeGreaterThan(sloWork(0.999));
    expect(sloWork(0.99)).toBeLessThan(0);
    expect(sloRestoreFactor(0.99)).toBeGreaterThan(sloRestoreFactor(0.9999));
  });

  it('lets a partial degradation run as long as the error budget allows before anyone is paged', () => {
    // Burn-rate alerts: ten times the budget, ten times later; a full outage pages at once.
    expect(partialRestoreFactor(0.999)).toBe(1);
    expect(partialRestoreFactor(0.99)).toBeCloseTo(0.7 + 0.3 * 10, 9);
    expect(partialRestoreFactor(0.9999)).toBeCloseTo(0.7 + 0.3 * 0.1, 9);
    // Expected downtime of a quarter with 3 incidents and a 4-hour restore: the loose target's
    // longer partial degradations take availability under the 99.9% customers expect
    // (131 minutes a quarter); 99.9% stays within it.
    const downtime = (slo: number) =>
      resolveIncidents(null, 3, 4, 0.3, false, 1, [], partialRestoreFactor(slo)).downtime;
    expect(downtime(0.999)).toBeLessThan(131);
    expect(downtime(0.99)).toBeGreaterThan(131);
  });

  it('completes an initiative once: it never restarts or pays out again', () => {
    const edx = loadBuiltin('fintech-regulated.json');
    const game = runGame(edx, 3, {
      ...balancedPolicy,
      decide: (g) => ({ ...balancedPolicy.decide(g), initiatives: ['infra-as-code'] }),
    });
    const done = game.history.flatMap((h) =>
      h.events.filter((e) => e.kind === 'initiative-complete'),
    );
    expect(done.length).toBe(1);
    expect(game.state.initiatives.find((i) => i.id === 'infra-as-code')?.progress).toBe(1);
  });

  it('offers no commitment that would fall due after the last quarter', () => {
    const sc = loadBuiltin('series-b-saas.json');
    const dues: number[] = [];
    const recording = balancedSeeing((_g, ev) => {
      if (ev.request) dues.push(ev.request.dueQuarter);
    });
    for (let seed = 1; seed <= 10; seed++) runGame(sc, seed, recording);
    expect(dues.length).toBeGreaterThan(10);
    expect(Math.max(...dues)).toBeLessThanOrEqual(sc.horizonQuarters);
  });

  it('draws no card whose risks or payoffs would fall due after the last quarter', () => {
    // A delayed risk due after the game could never come true: taking it would be free.
    for (const file of ['series-b-saas.json', 'enterprise-dx.json']) {
      const sc = loadBuiltin(file);
      const deck = deckFor(sc);
      const late: string[] = [];
      let cards = 0;
      const recording = balancedSeeing((g, ev) => {
        const card = deck.dilemmas.find((c) => c.id === ev.sourceId);
        if (ev.kind === 'dilemma' && card) {
          cards++;
          if (g.quarter + cardReach(card) > sc.horizonQuarters) late.push(ev.id);
        }
      });
      for (let seed = 1; seed <= 20; seed++) runGame(sc, seed, recording);
      expect(cards, file).toBeGreaterThan(100);
      expect(late, file).toEqual([]);
    }
    // The rule does remove cards: some card reaches 4 or more quarters past its answer.
    const reaches = deckFor(loadBuiltin('enterprise-dx.json')).dilemmas.map(cardReach);
    expect(Math.max(...reaches)).toBeGreaterThanOrEqual(4);
  });
});
