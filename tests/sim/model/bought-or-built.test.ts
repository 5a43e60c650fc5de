/**
 * Engine 1.13.0: a tool bought on top of a team that does the same work duplicates it
 * (docs/model.md, "Engine 1.13.0 changes"), so whether a tool pays depends on the organisation.
 */
import { describe, expect, it } from 'vitest';
import {
  boughtOrBuilt,
  capabilityInvestment,
  CI_TOOL_SHARE,
  pipelineInvestment,
  PLATFORM_PIPELINES,
  scanningCoverage,
  SECURITY_ENGINEER_PRACTICE,
  SECURITY_TEAM_RUNS_SCANNING,
} from '../../../src/sim/model/capabilities';
import { loadBuiltin } from '../../scenarios/builtin';

const series = loadBuiltin('series-b-saas.json');

type Tools = (typeof series.startingDecisions)['budget']['tools'];
type Organisation = Parameters<typeof capabilityInvestment>[1];

/** Investment per capability with the starting plan's tools changed and the organisation given. */
function invest(tools: Partial<Tools>, org: Partial<Organisation>) {
  const d = structuredClone(series.startingDecisions);
  d.budget.tools = { ...d.budget.tools, ...tools };
  const none = { reliabilityShare: 0, securityShare: 0, platformTeam: false, enablingReach: 0 };
  return capabilityInvestment(d, { ...none, secEngShare: 0, ...org });
}

/** The security practice's investment with or without a scanner, for a security team's share. */
function practice(scanner: boolean, secEngShare: number) {
  return invest({ securityScanning: scanner }, { securityShare: 0.1, secEngShare })
    .securityPractice;
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

describe('security engineers build the practice only with security work (engine 1.42.0)', () => {
  /** The security practice's investment without a scanner, for the plan's security share. */
  const built = (securityShare: number) =>
    invest({ securityScanning: false }, { securityShare, secEngShare: 0.06 }).securityPractice;

  it('builds none where the plan gives security no time: the engineers ship features', () => {
    expect(built(0)).toBe(0);
  });

  it('counts their time up to the security work the plan funds', () => {
    const work = (share: number) => 2.5 * share;
    const scan = (share: number) => 0.3 * scanningCoverage(false, 0.06, share);
    expect(built(0.03)).toBeCloseTo(
      work(0.03) + scan(0.03) + SECURITY_ENGINEER_PRACTICE * 0.03,
      10,
    );
    expect(built(0.1)).toBeCloseTo(work(0.1) + scan(0.1) + SECURITY_ENGINEER_PRACTICE * 0.06, 10);
  });
});

describe('CI service bought or built (engine 1.28.0)', () => {
  /** CI/CD investment with or without the CI service, with or without a platform team. */
  function ciCd(tool: boolean, platformTeam: boolean) {
    return invest({ ci: tool }, { platformTeam }).ciCd;
  }

  it('gives stream teams without a platform team a quarter of the pipelines one would run', () => {
    expect(pipelineInvestment(true, false)).toBeCloseTo(CI_TOOL_SHARE * PLATFORM_PIPELINES, 10);
    expect(ciCd(true, false) - ciCd(false, false)).toBeCloseTo(0.1, 10);
  });

  it('adds nothing where a platform team already runs the pipelines, its seats paid all the same', () => {
    expect(pipelineInvestment(true, true)).toBe(PLATFORM_PIPELINES);
    expect(ciCd(true, true)).toBe(ciCd(false, true));
    // On engines before 1.28.0 the service added its 0.1 on top of the platform team's 0.4.
    expect(ciCd(true, true) - ciCd(false, false)).toBeCloseTo(PLATFORM_PIPELINES, 10);
  });
});
