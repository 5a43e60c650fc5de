/**
 * Engine 1.13.0: a tool bought on top of a team that does the same work duplicates it
 * (docs/model.md, "Engine 1.13.0 changes"), so whether a tool pays depends on the organisation.
 */
import { describe, expect, it } from 'vitest';
import {
  boughtOrBuilt,
  capabilityInvestment,
  scanningCoverage,
  SECURITY_TEAM_RUNS_SCANNING,
} from '../../../src/sim/model/capabilities';
import { loadBuiltin } from '../../scenarios/builtin';

const series = loadBuiltin('series-b-saas.json');

/** The security practice's investment with or without a scanner, for a security team's share. */
function practice(scanner: boolean, secEngShare: number) {
  const d = structuredClone(series.startingDecisions);
  d.budget.tools.securityScanning = scanner;
  return capabilityInvestment(d, {
    reliabilityShare: 0,
    securityShare: 0.1,
    platformTeam: false,
    enablingTeam: false,
    secEngShare,
  }).securityPractice;
}

describe('bought or built (engine 1.13.0)', () => {
  it('adds what the other does not cover: all without the other, nothing on top of a full one', () => {
    expect(boughtOrBuilt(0, 0.5)).toBe(0.5);
    expect(boughtOrBuilt(1, 0.5)).toBe(1);
    expect(boughtOrBuilt(0.5, 0.5)).toBe(0.75);
  });

  it('makes a scanner add less where the security engineers already scan the pipelines', () => {
    const added = (share: number) =>
      scanningCoverage(true, share, 0.1) - scanningCoverage(false, share, 0.1);
    expect(added(0)).toBe(1);
    expect(added(SECURITY_TEAM_RUNS_SCANNING / 2)).toBeCloseTo(0.5, 10);
    expect(added(SECURITY_TEAM_RUNS_SCANNING)).toBe(0);
    // The team's own scanning counts without a scanner, while the plan funds security work.
    expect(scanningCoverage(false, SECURITY_TEAM_RUNS_SCANNING, 0.1)).toBe(1);
    expect(scanningCoverage(false, SECURITY_TEAM_RUNS_SCANNING, 0)).toBe(0);
    expect(scanningCoverage(true, SECURITY_TEAM_RUNS_SCANNING, 0)).toBe(1);
  });

  it('gives the security practice what the scanner adds to the team, and nothing more', () => {
    expect(practice(true, 0) - practice(false, 0)).toBeCloseTo(0.3, 10);
    expect(
      practice(true, SECURITY_TEAM_RUNS_SCANNING) - practice(false, SECURITY_TEAM_RUNS_SCANNING),
    ).toBe(0);
  });
});
