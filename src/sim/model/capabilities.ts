/**
 * Engineering capabilities (0-1): investment moves them toward 1 with diminishing returns;
 * without investment they decay slowly (people leave, tooling rots).
 */
import type { Capabilities } from '../types';

/** Share of the gap to 1 closed per quarter at full investment. */
export const LEARNING_RATE = 0.3;
/** Share lost per quarter without investment. */
export const DECAY = 0.03;

/** Investment intensity per capability, 0-1+ (computed in step.ts from the levers). */
export type CapabilityInvestment = Capabilities;

function move(v: number, i: number): number {
  const next = v + LEARNING_RATE * Math.min(1, i) * (1 - v) - DECAY * v;
  return Math.min(1, Math.max(0, next));
}

export function nextCapabilities(c: Capabilities, inv: CapabilityInvestment): Capabilities {
  return {
    ciCd: move(c.ciCd, inv.ciCd),
    testAutomation: move(c.testAutomation, inv.testAutomation),
    observability: move(c.observability, inv.observability),
    infraAsCode: move(c.infraAsCode, inv.infraAsCode),
    securityPractice: move(c.securityPractice, inv.securityPractice),
    documentation: move(c.documentation, inv.documentation),
    srePractice: move(c.srePractice, inv.srePractice),
    finops: move(c.finops, inv.finops),
    aiGuardrails: move(c.aiGuardrails, inv.aiGuardrails),
  };
}
