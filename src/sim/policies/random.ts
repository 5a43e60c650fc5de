/**
 * Random play: every lever drawn uniformly from its range each quarter, every answer drawn
 * among the options. Deterministic: the draws come from a generator seeded with the game's
 * seed, the quarter and the event, never from the game's own PRNG (which it would disturb).
 */
import { ALLOCATION_SHARES, type AllocationShare } from '../levers';
import { allocationFromWeights, scalarLevers, withLever } from '../analysis/lever-space';
import { defaultDecisions } from '../game';
import { rngFromState, seedRng, uniform, type Rng } from '../rng';
import type { Decisions, Game } from '../types';
import { reasonedPolicy, text } from './reasoned';

/** A generator for one draw site of one game: the game's seed mixed with a site number. */
function siteRng(seed: number, site: number): Rng {
  return rngFromState(seedRng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(site + 1, 0x85ebca6b)) | 0));
}

function pick<T>(rng: Rng, values: readonly T[]): T {
  return values[Math.min(values.length - 1, Math.floor(uniform(rng) * values.length))] as T;
}

function stringSite(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 31) + id.charCodeAt(i)) | 0;
  return h;
}

function randomDecisions(game: Game): Decisions {
  const rng = siteRng(game.seed, game.quarter);
  const s = game.scenario;
  let d = defaultDecisions(game);
  for (const lever of scalarLevers(s)) d = withLever(d, lever.id, pick(rng, lever.values));
  const weights = {} as Record<AllocationShare, number>;
  for (const k of ALLOCATION_SHARES) weights[k] = uniform(rng);
  const hires = Math.floor(uniform(rng) * (s.limits.maxHiresPerQuarter + 1));
  const seniors = Math.floor(uniform(rng) * (hires + 1));
  return {
    ...d,
    allocation: allocationFromWeights(weights),
    talent: {
      ...d.talent,
      hiring: [
        { role: 'product', level: 'senior', count: seniors },
        { role: 'product', level: 'junior', count: hires - seniors },
      ].filter((l) => l.count > 0) as Decisions['talent']['hiring'],
      layoffs: [],
    },
    initiatives: s.initiatives.map((i) => i.id).filter(() => uniform(rng) < 0.5),
    riskMitigations: s.riskRegister.map((r) => r.id).filter(() => uniform(rng) < 0.5),
  };
}

export const randomPolicy = reasonedPolicy(
  'random',
  (game) => ({
    decisions: randomDecisions(game),
    summary: text('Every lever drawn at random.', 'すべてのレバーを無作為に選びます。'),
    reasons: [],
  }),
  (game, ev) => ({
    optionId: pick(
      siteRng(game.seed, stringSite(ev.id)),
      ev.options.map((o) => o.id),
    ),
    reason: text('Drawn at random.', '無作為に選びました。'),
  }),
);
