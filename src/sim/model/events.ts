/**
 * Random events of a quarter (docs/model.md, brief 3): people, business and market events.
 * Incidents and breaches are drawn in step.ts; dilemmas and requests in deck.ts.
 */
import { type Rng, uniform } from '../rng';
import type { EventRecord, SimState } from '../types';
import { CYCLE_EFFECTS, HIRING_MARKET_PULL } from './market';
import { MANAGER, removeStaff } from './staff';
import {
  ORDER_CEO_TRUST,
  ORDER_QUARTERS,
  ORDER_REMEDIATION_PCT,
  improvementOrder,
  orderedRemediation,
} from './regulator';

export interface EventInputs {
  quarter: number;
  engagement: number;
  exhaustion: number;
  span: number;
  growth: number;
  runwayQuarters: number;
  /** last quarter's burn multiple (0 when profitable) */
  burnMultiple: number;
  boardConfidence: number;
  regulation: number;
  /** the vulnerability backlog (security debt, 0-100) at the start of the quarter */
  securityDebtBefore: number;
  mitigated: { keyPerson: boolean; vendor: boolean; audit: boolean };
}

export interface EventOutcome {
  events: EventRecord[];
  /** people who left through events (key person, burnt-out manager) */
  departures: number;
  cost: number;
  financing: number;
}

/** Draws the quarter's random events and applies their immediate effects to `s` (a step-owned copy). */
export function drawEvents(rng: Rng, s: SimState, i: EventInputs): EventOutcome {
  const out: EventOutcome = { events: [], departures: 0, cost: 0, financing: 0 };
  const q = i.quarter;

  // Key-person resignation: likelier when engagement is low; documentation limits the damage.
  if (
    uniform(rng) <
    0.06 * (1 + Math.max(0, 55 - i.engagement) / 30) * (i.mitigated.keyPerson ? 0.5 : 1)
  ) {
    const gone = removeStaff(s.staff, 0, 2, 1) || removeStaff(s.staff, 0, 1, 1);
    if (gone > 0) {
      out.departures += gone;
      const debt = (i.mitigated.keyPerson ? 2 : 4) * (1 - s.capabilities.documentation);
      s.debt.code = Math.min(100, s.debt.code + debt);
      s.engagement = Math.max(0, s.engagement - 2);
      out.events.push({
        id: `q${q}-key-person`,
        kind: 'key-person',
        params: { debt: round1(debt) },
      });
    }
  }

  // A manager burns out: wide spans and an exhausted organisation make it likelier.
  const burnout = 0.03 + 0.01 * Math.max(0, i.span - 8) + 0.003 * Math.max(0, i.exhaustion - 50);
  if (uniform(rng) < burnout) {
    const leaves = uniform(rng) < 0.5 && removeStaff(s.staff, 0, MANAGER, 1) > 0;
    if (leaves) out.departures += 1;
    s.managerEffectiveness = Math.max(0, s.managerEffectiveness - 0.12);
    out.events.push({
      id: `q${q}-manager-burnout`,
      kind: 'manager-burnout',
      params: { left: leaves ? 1 : 0 },
    });
  }

  // The demand cycle turns (model/market.ts); the hiring market follows it: it settles where
  // the cycle puts it (hot in a boom, cool in a downturn) and swings on its own besides.
  const cycle = s.marketPath[q] ?? s.marketCycle;
  if (cycle !== s.marketCycle) {
    out.events.push({ id: `q${q}-market`, kind: `market-${cycle}`, params: {} });
    s.marketCycle = cycle;
  }
  s.hiringMarket += HIRING_MARKET_PULL * (CYCLE_EFFECTS[cycle].hiringMarket - s.hiringMarket);
  if (uniform(rng) < 0.12) {
    const hot = uniform(rng) < 0.5;
    s.hiringMarket = Math.min(1.5, Math.max(0.5, s.hiringMarket + (hot ? 0.25 : -0.2)));
    out.events.push({
      id: `q${q}-hiring-market`,
      kind: hot ? 'hiring-market-hot' : 'hiring-market-cool',
      params: {},
    });
  }

  if (uniform(rng) < 0.12) {
    s.competitiveness = Math.max(0, s.competitiveness - 7);
    out.events.push({ id: `q${q}-competitor`, kind: 'competitor-launch', params: { points: 7 } });
  }

  // Funding: only when the company needs it; investors look at growth, the board's mood and
  // capital efficiency: a burn multiple above 2 is "suspect", above 3 "bad" (Sacks 2020), and
  // growth bought at that price rarely raises a round.
  if (q >= 2 && i.runwayQuarters < 6 && uniform(rng) < 0.35) {
    // Investors fund less in a downturn and more in a boom (model/market.ts, CYCLE_EFFECTS).
    const base =
      i.burnMultiple > 3
        ? 0.1
        : i.growth > 0.25 && i.boardConfidence > 45 && i.burnMultiple <= 2
          ? 0.7
          : 0.25;
    const chance = Math.min(0.9, base * CYCLE_EFFECTS[s.marketCycle].funding);
    if (uniform(rng) < chance) {
      out.financing = 0.8 * s.arr;
      s.trust.ceo = Math.min(100, s.trust.ceo + 5);
      s.trust.cfo = Math.min(100, s.trust.cfo + 5);
      out.events.push({
        id: `q${q}-funding`,
        kind: 'funding-won',
        params: { amount: Math.round(out.financing) },
      });
    } else {
      s.trust.ceo = Math.max(0, s.trust.ceo - 4);
      s.trust.cfo = Math.max(0, s.trust.cfo - 4);
      out.events.push({ id: `q${q}-funding`, kind: 'funding-lost', params: {} });
    }
  }

  if ((i.growth < 0.25 || i.runwayQuarters < 8) && uniform(rng) < 0.08)
    out.events.push({ id: `q${q}-budget-cut`, kind: 'budget-cut', params: {} });

  if (uniform(rng) < 0.12)
    out.events.push({ id: `q${q}-large-deal`, kind: 'large-deal', params: {} });

  if (uniform(rng) < 0.05) {
    const pct = i.mitigated.vendor ? 3 : 8;
    s.cloud.unitCost *= 1 + pct / 100;
    out.events.push({ id: `q${q}-cloud-price`, kind: 'cloud-price-rise', params: { pct } });
  }

  if (uniform(rng) < 0.03 + 0.25 * i.regulation) {
    const gap = Math.max(
      0.1,
      1.3 - s.capabilities.securityPractice - 0.3 * s.capabilities.documentation,
    );
    out.cost += 0.004 * s.arr * gap * (i.mitigated.audit ? 0.4 : 1);
    s.trust.cto = Math.max(0, s.trust.cto - 3 * gap);
    // A backlog nobody is working down brings an improvement order (model/regulator.ts).
    const order = improvementOrder(i.regulation, s.debt.security, i.securityDebtBefore);
    if (order > 0) {
      s.trust.ceo = Math.max(0, s.trust.ceo - ORDER_CEO_TRUST * order);
      for (const due of orderedRemediation(q, order)) s.delayed.push(due);
    }
    out.events.push({
      id: `q${q}-audit`,
      kind: 'regulatory-audit',
      params: {
        cost: Math.round(out.cost),
        order: Math.round(ORDER_REMEDIATION_PCT * order),
        quarters: ORDER_QUARTERS,
      },
    });
  }
  return out;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
