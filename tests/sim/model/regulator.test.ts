/**
 * Engine 1.18.0 (issue 11, skill over luck in a regulated market): an audit that finds a
 * vulnerability backlog nobody is working down brings an improvement order; a remediation under
 * way, or a short backlog, does not.
 */
import { describe, expect, it } from 'vitest';
import {
  improvementOrder,
  ORDER_BACKLOG_FROM,
  ORDER_BACKLOG_FULL,
  ORDER_QUARTERS,
  ORDER_REMEDIATING,
  orderedRemediation,
} from '../../../src/sim/model/regulator';
import { drawEvents, type EventInputs } from '../../../src/sim/model/events';
import { newGame } from '../../../src/sim/index';
import { rngFromState, seedRng } from '../../../src/sim/rng';
import { loadBuiltin } from '../../scenarios/builtin';

describe('improvement orders', () => {
  it('orders nothing for a short backlog, and in full for a long one left as it was', () => {
    expect(improvementOrder(0.9, ORDER_BACKLOG_FROM, ORDER_BACKLOG_FROM)).toBe(0);
    expect(improvementOrder(0.9, 10, 10)).toBe(0);
    expect(improvementOrder(0.9, ORDER_BACKLOG_FULL, ORDER_BACKLOG_FULL)).toBeCloseTo(0.9, 12);
    expect(improvementOrder(0.9, 80, 80)).toBeCloseTo(0.9, 12);
    const mid = (ORDER_BACKLOG_FROM + ORDER_BACKLOG_FULL) / 2;
    expect(improvementOrder(1, mid, mid)).toBeCloseTo(0.5, 12);
  });

  it('takes a remediation under way instead of ordering one', () => {
    expect(improvementOrder(0.9, 45, 45 + ORDER_REMEDIATING)).toBe(0);
    expect(improvementOrder(0.9, 45, 45 + ORDER_REMEDIATING / 2)).toBeCloseTo(
      improvementOrder(0.9, 45, 45) / 2,
      12,
    );
    // A backlog that grew is no remediation.
    expect(improvementOrder(0.9, 45, 40)).toBe(improvementOrder(0.9, 45, 45));
  });

  it('weighs with the regulation of the market', () => {
    expect(improvementOrder(0.2, 50, 50)).toBeLessThan(improvementOrder(0.9, 50, 50));
    expect(improvementOrder(0, 50, 50)).toBe(0);
  });

  it('runs the ordered remediation over the next quarters: feature work to security, customers lost', () => {
    const due = orderedRemediation(4, 0.5);
    expect(due.map((d) => d.dueQuarter)).toEqual(
      Array.from({ length: ORDER_QUARTERS }, (_, k) => 5 + k),
    );
    for (const d of due) {
      const delta = (t: string) => d.effects.find((e) => e.target === t)?.delta ?? 0;
      expect(delta('featureCapacityPct')).toBeLessThan(0);
      expect(delta('debt.security')).toBeLessThan(0);
      expect(delta('customersPct')).toBeLessThan(0);
    }
  });

  it("follows an audit in the quarter's events: the CEO hears of it and the remediation is due", () => {
    const scenario = loadBuiltin('fintech-regulated.json');
    const inputs = (securityDebtBefore: number): EventInputs => ({
      quarter: 3,
      engagement: 60,
      exhaustion: 30,
      span: 7,
      growth: 0.3,
      runwayQuarters: 10,
      burnMultiple: 1,
      boardConfidence: 60,
      regulation: 1,
      securityDebtBefore,
      mitigated: { keyPerson: false, vendor: false, audit: false },
    });
    const play = (before: number, seed: number) => {
      const s = structuredClone(newGame(scenario, 1).state);
      s.debt.security = 50;
      const ceo = s.trust.ceo;
      const out = drawEvents(rngFromState(seedRng(seed)), s, inputs(before));
      const audit = out.events.find((e) => e.kind === 'regulatory-audit');
      return { audit, ceoLost: ceo - s.trust.ceo, due: s.delayed.length };
    };
    // The first generator seed whose quarter brings an audit (the draws before it do not read
    // the backlog, so the same seed brings it in both plays).
    const seed = Array.from({ length: 50 }, (_, i) => i + 1).find((k) => play(50, k).audit)!;
    const left = play(50, seed);
    const remediating = play(50 + ORDER_REMEDIATING, seed);
    expect(remediating.audit).toBeDefined();
    expect(left.audit?.params.order).toBeGreaterThan(0);
    expect(left.ceoLost).toBeGreaterThan(0);
    expect(left.due).toBe(ORDER_QUARTERS);
    expect(remediating.audit?.params.order).toBe(0);
    expect(remediating.due).toBe(0);
  });
});
