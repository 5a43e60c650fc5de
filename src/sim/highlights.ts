/**
 * The quarter's biggest events, most consequential first, as data for the report to format
 * (incidents with severity and downtime, leavers, breaches, commitments with target and actual).
 *
 * The order is one fixed rule, so every report reads the same way:
 * 1. what costs the company most and cannot be taken back: a breach, a missed commitment, a
 *    severity-1 incident, a key person leaving, a lost funding round, a budget cut;
 * 2. what costs or wins something real: other incidents, people leaving, a commitment met,
 *    funding won, a competitor's launch, an audit, a large deal, a manager burning out;
 * 3. changes in the company's surroundings: the hiring market, cloud prices, an initiative done.
 * Within a tier, the larger figure first (downtime minutes, money, people), then event order.
 */
import { requestTemplatesById } from './deck';
import { measureValue } from './model/stakeholders';
import { describeEvent } from './narrative';
import type { CommitmentMeasure, EventRecord, Game, LocalizedText, StakeholderId } from './types';

export type HighlightTier = 1 | 2 | 3;

export type QuarterHighlight = { tier: HighlightTier } & (
  | { kind: 'incident'; severity: number; minutes: number }
  | { kind: 'breach'; cost: number }
  | { kind: 'leavers'; count: number }
  | {
      kind: 'commitment';
      met: boolean;
      stakeholder: StakeholderId;
      title: LocalizedText;
      measure: CommitmentMeasure;
      target: number;
      actual: number;
    }
  /** any other event, in the engine's words */
  | { kind: 'event'; event: string; text: LocalizedText }
);

const TIER_1_EVENTS = new Set([
  'key-person',
  // a risk the player took with a choice came true (model/chance.ts)
  'risk-happened',
  'funding-lost',
  'budget-cut',
  'market-boom',
  'market-downturn',
]);
const TIER_3_EVENTS = new Set([
  'hiring-market-hot',
  'hiring-market-cool',
  'cloud-price-rise',
  'initiative-complete',
]);

/** The size a highlight is ranked by within its tier (larger first). */
function size(h: QuarterHighlight): number {
  switch (h.kind) {
    case 'incident':
      return h.minutes;
    case 'breach':
      return h.cost;
    case 'leavers':
      return h.count;
    default:
      return 0;
  }
}

/**
 * The figure a commitment judged in `due` was judged on, from the played quarters: feature points
 * delivered from the quarter after it was accepted to `due` (the accepting quarter is in the
 * event id, "q<due>-q<accepted>-r-<request>-c"), else the measure's value in `due`.
 */
function commitmentActualFromHistory(
  game: Game,
  eventId: string,
  measure: CommitmentMeasure,
  due: number,
): number {
  const accepted = Number(/^q\d+-q(\d+)-/.exec(eventId)?.[1] ?? due - 1);
  let delivered = 0;
  for (let q = accepted + 1; q <= due; q++)
    delivered += game.history[q - 1]!.metrics.featuresDelivered;
  return measureValue(measure, game.history[due - 1]!.metrics, delivered);
}

function fromEvent(game: Game, e: EventRecord, quarter: number): QuarterHighlight {
  const p = e.params;
  switch (e.kind) {
    case 'incident': {
      const severity = Number(p.severity);
      return {
        tier: severity <= 1 ? 1 : 2,
        kind: 'incident',
        severity,
        minutes: Number(p.minutes),
      };
    }
    case 'breach':
      return { tier: 1, kind: 'breach', cost: Number(p.cost) };
    case 'commitment-met':
    case 'commitment-missed': {
      const met = e.kind === 'commitment-met';
      const template = requestTemplatesById(game.scenario).get(String(p.request));
      const measure: CommitmentMeasure = template?.measure ?? 'featuresDelivered';
      return {
        tier: met ? 2 : 1,
        kind: 'commitment',
        met,
        stakeholder: String(p.stakeholder) as StakeholderId,
        title: template?.title ?? { en: String(p.request), ja: String(p.request) },
        measure,
        target: Number(p.target),
        // Recorded when judged since engine 1.31.0; rebuilt from the quarters for older games.
        actual:
          p.actual !== undefined
            ? Number(p.actual)
            : commitmentActualFromHistory(game, e.id, measure, quarter),
      };
    }
    default: {
      const tier = TIER_1_EVENTS.has(e.kind) ? 1 : TIER_3_EVENTS.has(e.kind) ? 3 : 2;
      return {
        tier,
        kind: 'event',
        event: e.kind,
        text: describeEvent(e, game.scenario),
      };
    }
  }
}

/** The events of played quarter `quarter` (1-based) and its leavers, most consequential first. */
export function selectQuarterHighlights(game: Game, quarter: number): QuarterHighlight[] {
  const rec = game.history[quarter - 1];
  if (!rec)
    throw new RangeError(`quarter ${quarter} has not been played (played: ${game.history.length})`);
  const all = rec.events.map((e) => fromEvent(game, e, quarter));
  const leavers = Math.round(rec.metrics.leavers);
  if (leavers > 0) all.push({ tier: 2, kind: 'leavers', count: leavers });
  return all
    .map((h, order) => ({ h, order }))
    .sort((a, b) => a.h.tier - b.h.tier || size(b.h) - size(a.h) || a.order - b.order)
    .map(({ h }) => h);
}
