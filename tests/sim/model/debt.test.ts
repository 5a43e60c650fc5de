import { describe, expect, it } from 'vitest';
import {
  codeDebtChange,
  debtTax,
  infraDebtChange,
  securityDebtChange,
} from '../../../src/sim/model/debt';

const base = {
  codeDebt: 45,
  featureShare: 0.7,
  paydownShare: 0.1,
  testAutomation: 0.3,
  codeReview: 1,
  aiAdoption: 0,
  aiGuardrails: 0,
  avgTeamSize: 7,
  contractorShare: 0,
  seniorLeavers: 0,
  documentation: 0.3,
};
const total = (c: ReturnType<typeof codeDebtChange>) =>
  c.featureWork + c.aiAssistants + c.paydown + c.knowledgeLoss;

describe('debt', () => {
  it('taxes about a quarter of capacity for a typical scale-up and 40%+ when neglected', () => {
    expect(debtTax(45, 40)).toBeGreaterThan(0.22);
    expect(debtTax(45, 40)).toBeLessThan(0.28);
    expect(debtTax(90, 60)).toBeGreaterThan(0.4);
  });

  it('grows with feature work and shrinks with paydown', () => {
    expect(total(codeDebtChange({ ...base, featureShare: 0.9, paydownShare: 0 }))).toBeGreaterThan(
      5,
    );
    expect(total(codeDebtChange({ ...base, featureShare: 0.5, paydownShare: 0.4 }))).toBeLessThan(
      -5,
    );
  });

  it('grows slower with test automation and strict review', () => {
    const weak = total(codeDebtChange({ ...base, testAutomation: 0, codeReview: 0 }));
    const strong = total(codeDebtChange({ ...base, testAutomation: 0.9, codeReview: 2 }));
    expect(strong).toBeLessThan(weak - 2);
  });

  it('grows faster with unguarded AI assistants, not with guarded ones', () => {
    expect(
      codeDebtChange({ ...base, aiAdoption: 1, aiGuardrails: 0 }).aiAssistants,
    ).toBeGreaterThan(2);
    expect(codeDebtChange({ ...base, aiAdoption: 1, aiGuardrails: 1 }).aiAssistants).toBe(0);
  });

  it('loses knowledge with senior leavers unless it is documented', () => {
    expect(
      codeDebtChange({ ...base, seniorLeavers: 5, documentation: 0 }).knowledgeLoss,
    ).toBeCloseTo(2);
    expect(codeDebtChange({ ...base, seniorLeavers: 5, documentation: 1 }).knowledgeLoss).toBe(0);
  });

  it('grows infrastructure debt with usage growth unless infrastructure is code', () => {
    expect(infraDebtChange(0.2, 0, 0, 0)).toBeGreaterThan(infraDebtChange(0.2, 1, 0, 0));
    expect(infraDebtChange(0, 0.5, 0.2, 1)).toBeLessThan(0);
  });

  it('grows security debt without security work and shrinks it with scanning and work', () => {
    expect(securityDebtChange(0.8, 0.2, 0, 0, 0, 0, 0)).toBeGreaterThan(2);
    expect(securityDebtChange(0.6, 0.5, 0, 0, 0.1, 0.05, 1)).toBeLessThan(0);
  });
});
