import { describe, expect, it } from 'vitest';
import {
  aiFactor,
  cfrParts,
  CROSS_TEAM_CEILING,
  crossTeamOverhead,
  CROSS_TEAM_BY_POLICY,
  deployFrequency,
  flowFactor,
  fatigueDefects,
  leadTimeDays,
  mttrHours,
  reworkShare,
  teamOverhead,
} from '../../../src/sim/model/delivery';
import {
  OBSERVABILITY_TOOL_RESTORE,
  OBSERVABILITY_TOOL_SEV1,
  sev1Share,
  toolRestoreFactor,
} from '../../../src/sim/model/reliability';

const cfr = (over: Partial<Parameters<typeof cfrParts>[0]>) =>
  cfrParts(
    {
      exhaustion: 23,
      codeDebt: 40,
      testAutomation: 0.3,
      ciCd: 0.3,
      avgTeamSize: 7,
      aiAdoption: 0,
      aiGuardrails: 0,
      codeReview: 1,
      migrationRisk: 0,
      ...over,
    },
    [0, 0, 0, 0, 0, 0, 0, 0, 0],
  );

describe('observability tool', () => {
  it('catches incidents before they grow to severity 1, from the quarter it is bought', () => {
    expect(sev1Share(0.4, true)).toBeLessThan(sev1Share(0.4, false));
    expect(OBSERVABILITY_TOOL_RESTORE).toBeGreaterThan(0);
    expect(OBSERVABILITY_TOOL_RESTORE).toBeLessThan(0.5);
  });

  it("adds only what the team's own observability does not already catch (engine 1.33.0)", () => {
    // With none of its own the tool gives its full effect; on a mature practice little of it.
    expect(sev1Share(0, true)).toBeCloseTo((1 - OBSERVABILITY_TOOL_SEV1) * sev1Share(0), 9);
    expect(sev1Share(0.4, true)).toBeCloseTo(
      (1 - OBSERVABILITY_TOOL_SEV1 * 0.6) * sev1Share(0.4),
      9,
    );
    expect(toolRestoreFactor(0, true)).toBeCloseTo(1 - OBSERVABILITY_TOOL_RESTORE, 9);
    expect(toolRestoreFactor(0.8, true)).toBeCloseTo(1 - 0.2 * OBSERVABILITY_TOOL_RESTORE, 9);
    expect(toolRestoreFactor(1, true)).toBe(1);
    expect(toolRestoreFactor(0.2, false)).toBe(1);
    const cut = (o: number) => 1 - toolRestoreFactor(o, true);
    expect(cut(0.2)).toBeGreaterThan(cut(0.7));
  });
});

describe('delivery', () => {
  it('loses about 0.06 * n^2 percent of a team of n to communication', () => {
    expect(teamOverhead(7)).toBeCloseTo(0.0294, 4);
    expect(teamOverhead(30)).toBeCloseTo(0.54, 2);
  });

  it('costs the most coordination across teams fully remote and the least in the office', () => {
    expect(crossTeamOverhead(8, 'office')).toBeLessThan(crossTeamOverhead(8, 'hybrid'));
    expect(crossTeamOverhead(8, 'remote')).toBeGreaterThan(crossTeamOverhead(8, 'hybrid'));
  });

  it('scales coordination by work policy past the knee too, so proximity matters most with many teams', () => {
    const saved = (teams: number) =>
      crossTeamOverhead(teams, 'hybrid') - crossTeamOverhead(teams, 'office');
    expect(saved(60)).toBeCloseTo(
      (1 - CROSS_TEAM_BY_POLICY.office) * crossTeamOverhead(60, 'hybrid'),
      10,
    );
    expect(saved(60)).toBeGreaterThan(3 * saved(8));
  });

  it('charges every further team and remote work in a large organisation too, up to half the week', () => {
    // The hard 30% cap made 140 teams of three cost what 60 teams of seven did.
    expect(crossTeamOverhead(140, 'hybrid')).toBeGreaterThan(
      crossTeamOverhead(60, 'hybrid') + 0.05,
    );
    expect(crossTeamOverhead(60, 'remote')).toBeGreaterThan(crossTeamOverhead(60, 'hybrid') + 0.05);
    // Below the old cap nothing changed: 0.8% a team.
    expect(crossTeamOverhead(8, 'hybrid')).toBeCloseTo(0.056, 10);
    expect(crossTeamOverhead(38, 'hybrid')).toBeCloseTo(0.296, 10);
    expect(crossTeamOverhead(10_000, 'remote')).toBeLessThanOrEqual(CROSS_TEAM_CEILING);
  });

  it('puts elite and low performers in their DORA change-failure bands', () => {
    expect(cfr({ codeDebt: 10, testAutomation: 0.95, ciCd: 0.95, codeReview: 2 })).toBeLessThan(
      0.08,
    );
    expect(
      cfr({ codeDebt: 90, testAutomation: 0.05, ciCd: 0.1, avgTeamSize: 12, codeReview: 0 }),
    ).toBeGreaterThan(0.35);
  });

  it('sums the change-failure parts to the rate', () => {
    const out = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    const rate = cfrParts(
      {
        exhaustion: 55,
        codeDebt: 50,
        testAutomation: 0.4,
        ciCd: 0.5,
        avgTeamSize: 9,
        aiAdoption: 0.5,
        aiGuardrails: 0.2,
        codeReview: 1,
        migrationRisk: 0.03,
      },
      out,
    );
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(rate, 12);
  });

  it('fails more changes in an exhausted team, and fewer in a rested one, than in a typical team', () => {
    const typical = cfr({ exhaustion: 23 });
    expect(cfr({ exhaustion: 18 })).toBeLessThan(typical);
    // Half the burned-out share's 1.5x: +13% at 50, +29% at 80 (FATIGUE_DEFECTS).
    expect(cfr({ exhaustion: 50 }) / typical).toBeCloseTo(fatigueDefects(50), 12);
    expect(fatigueDefects(50)).toBeCloseTo(1.25 / 1.115, 12);
    expect(fatigueDefects(80)).toBeGreaterThan(fatigueDefects(50));
  });

  it('deploys on demand with strong CI/CD and monthly with weak', () => {
    expect(deployFrequency(0.95, 10, 6, false)).toBeGreaterThan(1);
    expect(deployFrequency(0.1, 60, 1, false)).toBeLessThan(1 / 20);
    expect(deployFrequency(0.6, 30, 4, true)).toBeLessThan(deployFrequency(0.6, 30, 4, false));
  });

  it('cuts lead time and restore time with capability', () => {
    expect(leadTimeDays(0.95, 0.95, 10, 1)).toBeLessThan(1.5);
    expect(leadTimeDays(0.1, 0.1, 70, 1)).toBeGreaterThan(30);
    expect(mttrHours(0.95, 0.95, 10)).toBeLessThan(1.5);
    expect(mttrHours(0.1, 0.05, 60)).toBeGreaterThan(24);
  });

  it('keeps rework between ~15% and ~35% of time', () => {
    expect(reworkShare(0.05, 10)).toBeCloseTo(0.178, 3);
    expect(reworkShare(0.4, 60)).toBeLessThan(0.36);
  });

  it('gives AI assistants a modest lift, larger with guardrails, and flow a lift with CI/CD', () => {
    // A typical team (a fifth juniors, code debt 45).
    expect(aiFactor(1, 0, 0.2, 45)).toBeGreaterThan(1);
    expect(aiFactor(1, 0, 0.2, 45)).toBeLessThan(1.26);
    expect(aiFactor(1, 1, 0.2, 45)).toBeGreaterThan(aiFactor(1, 0, 0.2, 45));
    expect(flowFactor(1, 1)).toBeGreaterThan(flowFactor(0, 0));
  });

  it('makes the best AI adoption depend on the team and the code (engine 1.5.0)', () => {
    const best = (juniors: number, debt: number) => {
      let at = 0;
      for (let a = 0; a <= 1.0001; a += 0.05)
        if (aiFactor(a, 0.7, juniors, debt) > aiFactor(at, 0.7, juniors, debt)) at = a;
      return at;
    };
    // Junior-heavy on clean code: full adoption; seniors in legacy code: well below it.
    expect(best(0.5, 10)).toBeGreaterThan(0.95);
    expect(best(0.05, 80)).toBeLessThan(0.85);
    expect(best(0.05, 80)).toBeGreaterThan(0.2);
  });

  it('makes strict review wait longer and light review merge sooner', () => {
    expect(leadTimeDays(0.5, 0.5, 40, 2)).toBeGreaterThan(leadTimeDays(0.5, 0.5, 40, 1));
    expect(leadTimeDays(0.5, 0.5, 40, 0)).toBeLessThan(leadTimeDays(0.5, 0.5, 40, 1));
  });
});
