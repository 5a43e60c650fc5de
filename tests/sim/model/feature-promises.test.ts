/**
 * Feature promises build one scope at a time (docs/model.md, "Requests"; engine 1.31.0): a
 * promise accepted while others are open counts its feature points only after the points still
 * owed to them, and the reference takes a feature request only where last quarter's pace covers
 * both.
 */
import { describe, expect, it } from 'vitest';
import {
  commitmentActual,
  commitmentMet,
  featurePointsOwed,
} from '../../../src/sim/model/stakeholders';
import { emptyMetrics } from '../../../src/sim/model/metrics';
import type { Observation } from '../../../src/sim/policies/observe';
import { ANSWER_RULES, requestLooksFeasible } from '../../../src/sim/policies/reference-answers';
import type { Commitment, PendingEvent } from '../../../src/sim/types';

const m = emptyMetrics();
const flagship: Commitment = {
  id: 'a',
  requestId: 'ceo-feature-by-date',
  stakeholder: 'ceo',
  measure: 'featuresDelivered',
  target: 30,
  baseline: 100,
  acceptedQuarter: 1,
  dueQuarter: 3,
};

describe('feature promises', () => {
  it('owe what an open promise still needs, and nothing once it is met', () => {
    expect(featurePointsOwed([flagship], 110)).toBe(20);
    expect(featurePointsOwed([flagship], 140)).toBe(0);
    expect(featurePointsOwed([{ ...flagship, measure: 'debtIndex' }], 110)).toBe(0);
  });

  it('count a second promise only after the first one’s outstanding points', () => {
    // Accepted at 110 feature points delivered, while the flagship still needs 20.
    const bank: Commitment = {
      ...flagship,
      id: 'b',
      requestId: 'fin-ceo-bank-integration',
      baseline: 110 + featurePointsOwed([flagship], 110),
    };
    // 30 more points delivered: the flagship is met, the bank's integration has 10 of its 30.
    expect(commitmentMet(flagship, m, 140)).toBe(true);
    expect(commitmentActual(bank, m, 140)).toBe(10);
    expect(commitmentMet(bank, m, 140)).toBe(false);
    expect(commitmentMet(bank, m, 160)).toBe(true);
    // Before its count starts it shows none delivered, not a negative count.
    expect(commitmentActual(bank, m, 115)).toBe(0);
  });
});

describe('the reference’s feature requests', () => {
  const seen = (commitments: object[], featuresDelivered = 10): Observation =>
    ({
      quarter: 3,
      horizonQuarters: 12,
      quartersLeft: 10,
      kpi: { featuresDelivered, exhaustion: 25, techDebt: 40 },
      kpiDelta: {},
      warnings: new Set(),
      briefing: { market: { cycle: 'normal' }, commitments },
      scenario: { limits: { maxContractors: 0 } },
    }) as unknown as Observation;
  const request = (target: number, small = false) =>
    ({
      kind: 'request',
      ...(small ? { small: true } : {}),
      request: { measure: 'featuresDelivered', target, dueQuarter: 5, baseline: 0 },
    }) as unknown as PendingEvent;
  const open = { measure: 'featuresDelivered', target: 20, current: 5, dueIn: 1, metNow: false };

  it('takes a date the pace reaches, but not on top of points still owed', () => {
    // 10 points a quarter, pushed a fifth more: 24 over two quarters.
    expect(requestLooksFeasible(seen([]), request(22))).toBe(true);
    expect(requestLooksFeasible(seen([open]), request(22))).toBe(false);
    expect(requestLooksFeasible(seen([{ ...open, current: 20, metNow: true }]), request(22))).toBe(
      true,
    );
  });

  it('takes a small ask only at last quarter’s pace, without a push', () => {
    expect(requestLooksFeasible(seen([]), request(22, true))).toBe(false);
    expect(requestLooksFeasible(seen([]), request(20, true))).toBe(true);
  });
});

describe('the reference’s answer to the mainframe', () => {
  const at = (quartersLeft: number) =>
    ({ quartersLeft, kpi: {}, warnings: new Set() }) as unknown as Observation;
  const answer = (o: Observation) =>
    ANSWER_RULES['edx-mainframe-change']!.find((r) => r.when?.(o) ?? true)!.option;

  it('puts a façade in while it can pay back, and works around it at the end', () => {
    expect(answer(at(12))).toBe('api-facade');
    expect(answer(at(3))).toBe('work-around');
  });
});
