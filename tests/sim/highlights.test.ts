import { describe, expect, it } from 'vitest';
import {
  balancedPolicy,
  selectQuarterHighlights,
  type Game,
  type Policy,
  type QuarterHighlight,
} from '../../src/sim/index';
import { loadScenario, play, seeds } from './helpers';

/** Accepts every request, so commitments come due and are judged. */
const accepting: Policy = {
  name: 'accepting',
  decide: balancedPolicy.decide,
  choose: (game, ev) => (ev.kind === 'request' ? 'accept' : balancedPolicy.choose(game, ev)),
};

function everyQuarter(game: Game): { quarter: number; highlights: QuarterHighlight[] }[] {
  return game.history.map((_, i) => ({
    quarter: i + 1,
    highlights: selectQuarterHighlights(game, i + 1),
  }));
}

const games = seeds(4).map((seed) => play(loadScenario(), seed, accepting));

describe("the quarter's highlights", () => {
  it('name every incident with its severity and downtime, and the leavers', () => {
    for (const game of games)
      for (const { quarter, highlights } of everyQuarter(game)) {
        const record = game.history[quarter - 1]!;
        const incidents = record.events.filter((e) => e.kind === 'incident');
        const shown = highlights.filter((h) => h.kind === 'incident');
        expect(shown).toHaveLength(incidents.length);
        for (const h of shown) {
          expect(h.severity).toBeGreaterThanOrEqual(1);
          expect(h.minutes).toBeGreaterThan(0);
        }
        const leavers = highlights.find((h) => h.kind === 'leavers');
        expect(leavers?.count ?? 0).toBe(Math.round(record.metrics.leavers));
      }
  });

  it('give each judged commitment its target and actual, consistent with met or missed', () => {
    let judged = 0;
    for (const game of games)
      for (const { highlights } of everyQuarter(game))
        for (const h of highlights) {
          if (h.kind !== 'commitment') continue;
          judged += 1;
          expect(Number.isFinite(h.target)).toBe(true);
          expect(Number.isFinite(h.actual)).toBe(true);
          const reached =
            h.measure === 'featuresDelivered' ? h.actual >= h.target : h.actual <= h.target;
          expect(reached).toBe(h.met);
        }
    expect(judged).toBeGreaterThan(0);
  });

  it('come most consequential first: by tier, then the larger figure', () => {
    let ordered = 0;
    for (const game of games)
      for (const { highlights } of everyQuarter(game)) {
        for (let i = 1; i < highlights.length; i++) {
          const a = highlights[i - 1]!;
          const b = highlights[i]!;
          expect(a.tier).toBeLessThanOrEqual(b.tier);
          if (a.tier === b.tier && a.kind === 'incident' && b.kind === 'incident') {
            expect(a.minutes).toBeGreaterThanOrEqual(b.minutes);
            ordered += 1;
          }
        }
        const sev1 = highlights.findIndex((h) => h.kind === 'incident' && h.severity === 1);
        const met = highlights.findIndex((h) => h.kind === 'commitment' && h.met);
        if (sev1 >= 0 && met >= 0) expect(sev1).toBeLessThan(met);
      }
    expect(ordered).toBeGreaterThan(0);
  });
});
