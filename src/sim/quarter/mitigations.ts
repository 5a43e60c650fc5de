/**
 * Risk-register mitigations funded this quarter: what they soften and what they cost.
 */
import type { Scenario } from '../scenario/schema';

export interface Mitigations {
  outage: boolean;
  breach: boolean;
  keyPerson: boolean;
  vendor: boolean;
  audit: boolean;
  /** cost per quarter of the funded items */
  cost: number;
}

export function mitigations(scenario: Scenario, ids: readonly string[]): Mitigations {
  const r: Mitigations = {
    outage: false,
    breach: false,
    keyPerson: false,
    vendor: false,
    audit: false,
    cost: 0,
  };
  for (const id of ids) {
    const item = scenario.riskRegister.find((x) => x.id === id);
    if (!item) continue;
    r.cost += item.costPerQuarter;
    if (item.mitigates === 'outage') r.outage = true;
    else if (item.mitigates === 'breach') r.breach = true;
    else if (item.mitigates === 'key-person') r.keyPerson = true;
    else if (item.mitigates === 'vendor') r.vendor = true;
    else r.audit = true;
  }
  return r;
}
