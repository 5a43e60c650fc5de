/**
 * Live projection of a plan: the quarter step on expected values (no draws, no events), so
 * the PRNG never advances and the game is untouched. Everything shown comes from that step,
 * the capacity split included (the work shares as the step used them, after an error-budget
 * freeze), so the forecast and the quarter share one code path for all that is not random.
 */
import { debtTax } from './model/debt';
import { stepQuarter } from './step';
import type { Decisions, Game, Projection } from './types';

export function previewQuarter(game: Game, d: Decisions): Projection {
  const r = stepQuarter(game.scenario, game.state, d, game.quarter, null);
  const m = r.metrics;
  const w = r.work;
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
      { id: 'features', share: usable * w.features },
      { id: 'debtPaydown', share: usable * w.debtPaydown },
      { id: 'reliability', share: usable * w.reliability },
      { id: 'security', share: usable * w.security },
      { id: 'innovation', share: usable * w.innovation },
    ],
    featuresDelivered: m.featuresDelivered,
    debtTaxNext: debtTax(r.state.debt.code, r.state.debt.infra),
    incidentRisk: m.incidents,
    breachRisk: m.breachRisk,
    headcountNext: Math.round(m.headcount + pipelineNext),
  };
}
