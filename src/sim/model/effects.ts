/**
 * Applies dilemma/event effects to the stocks. Cash effects are not applied to cash directly:
 * they are returned so the step books them as a cost line (cash moves only by revenue - costs
 * + financing).
 */
import type { Capabilities, Effect, SimState } from '../types';
import { clamp } from '../math';
import { CODE_DEBT_MAX } from './debt';

const TRUST_KEY = {
  'trust.ceo': 'ceo',
  'trust.cfo': 'cfo',
  'trust.cto': 'cto',
  'trust.cpo': 'cpo',
  'trust.hr': 'hr',
} as const;

export interface EffectTotals {
  /** cash added by effects (negative = a cost) */
  cash: number;
  /** multiplier on this quarter's feature capacity */
  featureCapacity: number;
}

/** Mutates a state copy owned by the step. */
export function applyEffects(s: SimState, effects: readonly Effect[], totals: EffectTotals): void {
  for (const e of effects) {
    const d = e.delta;
    switch (e.target) {
      case 'cash':
        totals.cash += d;
        break;
      case 'cashArrPct':
        totals.cash += (d / 100) * s.arr;
        break;
      case 'arrPct':
        s.arr *= 1 + d / 100;
        break;
      case 'customersPct': {
        // Customers who leave take their contracts with them: ARR moves by the same share, as an
        // average account's (the quarter's own churn moves both alike, quarter/business.ts).
        // Engine 1.24.0 and earlier moved the count alone, so a card's lost customers kept paying
        // and only shrank the cloud bill: losing 5% of them cost the score nothing or gained it
        // a little (scripts/shocks.ts).
        s.customers = Math.max(1, Math.round(s.customers * (1 + d / 100)));
        s.arr *= 1 + d / 100;
        break;
      }
      case 'debt.code':
        s.debt.code = clamp(s.debt.code + d, 0, CODE_DEBT_MAX);
        break;
      case 'debt.codePct':
        // in proportion to the debt there is (a rewrite replaces a share of the code)
        s.debt.code = clamp(s.debt.code * (1 + d / 100), 0, CODE_DEBT_MAX);
        break;
      case 'debt.infra':
        s.debt.infra = clamp(s.debt.infra + d, 0, 100);
        break;
      case 'debt.security':
        s.debt.security = clamp(s.debt.security + d, 0, 100);
        break;
      case 'engagement':
        s.engagement = clamp(s.engagement + d, 0, 100);
        break;
      case 'exhaustion':
        s.exhaustion = clamp(s.exhaustion + d, 0, 100);
        break;
      case 'brand':
        s.brand = clamp(s.brand + d, 0, 100);
        break;
      case 'competitiveness':
        s.competitiveness = clamp(s.competitiveness + d, 0, 100);
        break;
      case 'csat':
        s.csat = clamp(s.csat + d, 0, 100);
        break;
      case 'cloud.wastePct':
        s.cloud.waste = clamp(s.cloud.waste * (1 + d / 100), 0.05, 0.5);
        break;
      case 'cloud.unitCostPct':
        s.cloud.unitCost *= 1 + d / 100;
        break;
      case 'hiringMarket':
        s.hiringMarket = clamp(s.hiringMarket + d, 0.5, 1.5);
        break;
      case 'featureCapacityPct':
        totals.featureCapacity *= Math.max(0, 1 + d / 100);
        break;
      // Every answered request moves one stakeholder's trust: the key comes from a table of
      // the five targets rather than a string sliced per effect.
      case 'trust.ceo':
      case 'trust.cfo':
      case 'trust.cto':
      case 'trust.cpo':
      case 'trust.hr': {
        const k = TRUST_KEY[e.target];
        s.trust[k] = clamp(s.trust[k] + d, 0, 100);
        break;
      }
      default: {
        // "capability.<id>"; slicing at a known offset avoids split()'s arrays.
        const k = e.target.slice(11) as keyof Capabilities;
        s.capabilities[k] = clamp(s.capabilities[k] + d, 0, 1);
      }
    }
  }
}
