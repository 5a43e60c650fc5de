/**
 * Stakeholders react to the quarter's results and drift back towards neutral; commitments
 * falling due are judged; the board's confidence is their weighted view.
 */
import { boardConfidence, trustReactions, trustReversion } from '../model/stakeholders';
import type { QuarterMetrics } from '../types';
import { judgeCommitments } from './commitments';
import type { QuarterContext } from './context';
import { clamp } from '../math';

/** Updates trust, judges commitments and fills the metrics' trust and board fields. */
export function updateTrust(
  q: QuarterContext,
  metrics: QuarterMetrics,
  expectedFeatures: number,
): void {
  const s = q.s;
  const react = trustReactions(metrics, q.prev.last, expectedFeatures, q.prev.marketCycle);
  const tr = s.trust;
  tr.ceo += react.ceo + trustReversion(tr.ceo);
  tr.cfo += react.cfo + trustReversion(tr.cfo);
  tr.cto += react.cto + trustReversion(tr.cto);
  tr.cpo += react.cpo + trustReversion(tr.cpo);
  tr.hr += react.hr + trustReversion(tr.hr);
  if (s.commitments.length > 0) judgeCommitments(s, q.scenario, metrics, q.quarter, q.events);
  tr.ceo = clamp(tr.ceo, 0, 100);
  tr.cfo = clamp(tr.cfo, 0, 100);
  tr.cto = clamp(tr.cto, 0, 100);
  tr.cpo = clamp(tr.cpo, 0, 100);
  tr.hr = clamp(tr.hr, 0, 100);
  const board = boardConfidence(s.trust);
  metrics.boardConfidence = board;
  metrics.trustCeo = s.trust.ceo;
  metrics.trustCfo = s.trust.cfo;
  metrics.trustCto = s.trust.cto;
  metrics.trustCpo = s.trust.cpo;
  metrics.trustHr = s.trust.hr;
  s.lowConfidenceQuarters = board < q.scenario.end.firedBelow ? s.lowConfidenceQuarters + 1 : 0;
}
