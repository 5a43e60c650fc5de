/**
 * Engine 1.28.0: the enabling team coaches a few stream teams at a time, so what it does for
 * the organisation is the share of its teams it reaches (docs/model.md, "Engine 1.28.0 changes").
 */
import { describe, expect, it } from 'vitest';
import { capabilityInvestment } from '../../../src/sim/model/capabilities';
import {
  ENABLING_TEAMS_AT_ONCE,
  ENABLING_TEAM_SIZE,
  enablingReach,
} from '../../../src/sim/model/enabling';
import type { StaffTotals } from '../../../src/sim/model/staff';
import { orgShape } from '../../../src/sim/quarter/org-shape';
import { loadBuiltin } from '../../scenarios/builtin';

const series = loadBuiltin('series-b-saas.json');

/** Test-automation and documentation investment with an enabling team of the given reach. */
function coached(reach: number) {
  const inv = capabilityInvestment(series.startingDecisions, {
    reliabilityShare: 0,
    securityShare: 0,
    platformTeam: false,
    enablingReach: reach,
    secEngShare: 0,
  });
  return { testAutomation: inv.testAutomation, documentation: inv.documentation };
}

/** An organisation of product ICs only, with the enabling team on or off. */
function shape(ics: number, enablingTeam: boolean) {
  const d = structuredClone(series.startingDecisions);
  d.org.enablingTeam = enablingTeam;
  d.org.teamSizeTarget = 7;
  const T = { managers: Math.ceil(ics / 7), icsByRole: [ics, 0, 0, 0] } as unknown as StaffTotals;
  return orgShape(T, d);
}

describe('enabling team reach (engine 1.28.0)', () => {
  it('reaches every team of a small organisation and a few of a large one', () => {
    expect(enablingReach(false, 3)).toBe(0);
    expect(enablingReach(true, 1)).toBe(1);
    expect(enablingReach(true, ENABLING_TEAMS_AT_ONCE)).toBe(1);
    expect(enablingReach(true, 2 * ENABLING_TEAMS_AT_ONCE)).toBe(0.5);
    expect(enablingReach(true, 50)).toBeCloseTo(ENABLING_TEAMS_AT_ONCE / 50, 10);
  });

  it('lifts practices in proportion to the teams it reaches, for the same two builders', () => {
    const none = coached(0);
    const all = coached(1);
    const half = coached(0.5);
    expect(all.testAutomation - none.testAutomation).toBeCloseTo(0.25, 10);
    expect(all.documentation - none.documentation).toBeCloseTo(0.2, 10);
    expect(half.testAutomation - none.testAutomation).toBeCloseTo(0.125, 10);
    // 40 ICs in six stream teams against mega-venture's size (about 380 ICs, 55 teams).
    const small = shape(40, true);
    const large = shape(380, true);
    expect(small.streamIcs).toBe(40 - ENABLING_TEAM_SIZE);
    expect(large.streamIcs).toBe(380 - ENABLING_TEAM_SIZE);
    expect(small.enablingReach).toBeCloseTo(4 / 6, 10);
    expect(large.enablingReach).toBeLessThan(0.1);
    expect(shape(380, false).enablingReach).toBe(0);
  });
});
