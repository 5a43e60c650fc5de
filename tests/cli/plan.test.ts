import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/sim/index';
import { loadScenarioFile } from '../../src/cli/io';
import { parsePlan, planJsonSchema, type Plan } from '../../src/cli/plan';
import { applyDecisionsPatch, plannedChoice } from '../../src/cli/plan-apply';
import { PLAN_DOC_PATH, PLAN_SCHEMA_PATH, schemaTextInDoc } from '../../src/cli/plan-schema-file';
import { playPlan } from '../../src/cli/play';
import { EXAMPLE_PLAN, SCENARIO } from './run-cli';

const scenario = loadScenarioFile(SCENARIO);
const base = scenario.startingDecisions;

describe('plan JSON schema', () => {
  it('schemas/plan.schema.json is generated from the zod plan schema (npm run sim -- plan-schema --write)', () => {
    expect(JSON.parse(readFileSync(PLAN_SCHEMA_PATH, 'utf8'))).toEqual(planJsonSchema());
  });

  it('docs/plan-format.md embeds the same generated schema', () => {
    const text = schemaTextInDoc(readFileSync(PLAN_DOC_PATH, 'utf8'));
    expect(text).not.toBeNull();
    expect(JSON.parse(text as string)).toEqual(planJsonSchema());
  });
});

describe('applyDecisionsPatch', () => {
  it('merges groups field by field and leaves the base untouched', () => {
    const before = JSON.stringify(base);
    const d = applyDecisionsPatch(base, {
      process: { ciCd: 3 },
      budget: { tools: { securityScanning: true } },
    });
    expect(d.process.ciCd).toBe(3);
    expect(d.process.testAutomation).toBe(base.process.testAutomation);
    expect(d.budget.tools.securityScanning).toBe(true);
    expect(d.budget.tools.observability).toBe(base.budget.tools.observability);
    expect(d.budget.commitmentCoverage).toBe(base.budget.commitmentCoverage);
    expect(JSON.stringify(base)).toBe(before);
  });

  it('replaces arrays and the allocation whole', () => {
    const withHiring = applyDecisionsPatch(base, {
      talent: { hiring: [{ role: 'product', level: 'senior', count: 2 }] },
    });
    const cleared = applyDecisionsPatch(withHiring, { talent: { hiring: [] } });
    expect(withHiring.talent.hiring).toHaveLength(1);
    expect(cleared.talent.hiring).toEqual([]);
    const allocation = {
      features: 50,
      debtPaydown: 30,
      reliability: 10,
      security: 5,
      innovation: 5,
    };
    expect(applyDecisionsPatch(base, { allocation }).allocation).toEqual(allocation);
  });

  it('returns the base when there is no patch', () => {
    expect(applyDecisionsPatch(base, undefined)).toBe(base);
  });
});

describe('plannedChoice', () => {
  const plan: Plan = {
    format: 'vpoe-plan',
    version: 1,
    choices: { 'cloud-cost-spike': 'ignore', 'q2-d-cloud-cost-spike': 'buy-commitments' },
    quarters: [{ quarter: 3, choices: { 'cloud-cost-spike': 'finops-tiger-team' } }],
  };
  const event = (q: number) => ({ id: `q${q}-d-cloud-cost-spike`, sourceId: 'cloud-cost-spike' });

  it("prefers the quarter's own answer, then the plan-wide one by event id, then by card id", () => {
    expect(plannedChoice(plan, 3, event(3))).toBe('finops-tiger-team');
    expect(plannedChoice(plan, 2, event(2))).toBe('buy-commitments');
    expect(plannedChoice(plan, 5, event(5))).toBe('ignore');
  });

  it('leaves unanswered events to their default option', () => {
    expect(plannedChoice(plan, 1, { id: 'q1-r-cfo-cut-cost', sourceId: 'cfo-cut-cost' })).toBe(
      undefined,
    );
  });
});

describe('parsePlan', () => {
  it('accepts the example plan and it plays the whole horizon', () => {
    const r = parsePlan(JSON.parse(readFileSync(EXAMPLE_PLAN, 'utf8')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const game = playPlan(scenario, 1, r.plan);
    expect(game.ok).toBe(true);
    if (game.ok) expect(game.game.history).toHaveLength(scenario.horizonQuarters);
  });

  it('names the JSON path of unknown fields and duplicate quarters', () => {
    const r = parsePlan({
      format: 'vpoe-plan',
      version: 1,
      quarters: [{ quarter: 2, decisions: { org: { teamSize: 5 } } }, { quarter: 2 }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.some((i) => i.startsWith('quarters[0].decisions.org:'))).toBe(true);
    expect(r.issues.some((i) => i.startsWith('quarters[1].quarter: quarter 2'))).toBe(true);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks (type 7)', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(percentile(xs, 0.1)).toBe(2);
    expect(percentile(xs, 0.5)).toBe(6);
    expect(percentile([0, 10], 0.9)).toBeCloseTo(9, 12);
    expect(percentile([4], 0.1)).toBe(4);
  });
});
