/**
 * Live projection of a plan: the quarter step on expected values (no draws, no events), so
 * the PRNG never advances and the game is untouched.
 */
import { debtTax } from './model/debt';
import { stepQuarter } from './step';
import type { Decisions, Game, Projection } from './types';

export function previewQuarter(game: Game, d: Decisions): Projection {
  const r = stepQuarter(game.scenario, game.state, d, game.quarter, null);
  const m = r.metrics;
  const a = d.allocation;
  const F = r.state.factors.features;
  const overheadShare = 1 - (F[6] ?? 1);
  const taxShare = 1 - (F[5] ?? 1);
  const usable = 1 - overheadShare - taxShare;
  const pipelineNext = game.state.pipeline
    .filter((p) => p.arrivesQuarter <= game.quarter + 1)
    .reduce((n, p) => n + p.count, 0);
  return {
    cashEnd: m.cash,
    runwayQuarters: m.runwayQuarters,
    costs: m.costs,
    revenue: m.revenue,
    capacity: m.capacity,
    capacitySplit: [
      { id: 'debtTax', share: taxShare },
      { id: 'overhead', share: overheadShare },
      { id: 'features', share: (usable * a.features) / 100 },
      { id: 'debtPaydown', share: (usable * a.debtPaydown) / 100 },
      { id: 'reliability', share: (usable * a.reliability) / 100 },
      { id: 'security', share: (usable * a.security) / 100 },
      { id: 'innovation', share: (usable * a.innovation) / 100 },
    ],
    featuresDelivered: m.featuresDelivered,
    debtTaxNext: debtTax(r.state.debt.code, r.state.debt.infra),
    incidentRisk: m.incidents,
    breachRisk: m.breachRisk,
    headcountNext: Math.round(m.headcount + pipelineNext),
  };
}
