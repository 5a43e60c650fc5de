/**
 * The market's index: what the market path a game met did to the ARR of a company at par, against
 * the same company in a normal market all along. The score grades growth against it
 * (model/score.ts), as a board grades a company against its peers in the same market.
 */
import type { Scenario } from '../scenario/schema';
import type { MarketCycle } from '../types';
import { PAR, revenueFlows } from './business';
import { CYCLE_EFFECTS } from './market';

function parArr(scenario: Scenario, phase: (q: number) => MarketCycle, quarters: number): number {
  const m = scenario.market;
  let arr = scenario.company.arr;
  for (let q = 1; q <= quarters; q++) {
    const f = revenueFlows(
      arr,
      m.newArrPerQuarter,
      q,
      m.demandGrowthPerQuarter,
      PAR.competitiveness,
      PAR.satisfaction,
      m.churnPerQuarter,
      m.expansionPerQuarter,
      PAR.securityPosture,
      CYCLE_EFFECTS[phase(q)],
    );
    arr = Math.max(0, arr + f.newArr + f.expansion + f.churn);
  }
  return arr;
}

/**
 * The par company's ARR after `quarters` quarters of `path` (quarter q is played in
 * `path[q - 1]`, model/market.ts marketPath) over its ARR had every quarter been normal: 1 in a
 * normal market, under 1 after downturns, over 1 after booms. The par company is every player's
 * peer: the same scenario, the same market, no decision of its own.
 */
export function marketIndex(
  scenario: Scenario,
  path: readonly MarketCycle[],
  quarters: number,
): number {
  if (path.slice(0, quarters).every((c) => c === 'normal')) return 1;
  const normal = parArr(scenario, () => 'normal', quarters);
  if (!(normal > 0)) return 1;
  return parArr(scenario, (q) => path[q - 1] ?? 'normal', quarters) / normal;
}
