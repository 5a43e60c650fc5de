/**
 * Risks in the deck: a delayed effect with a `chance` happens only if a draw from the game's
 * seeded generator falls under it. The chance is read when the effect falls due, from a metric
 * a card condition may read (last quarter's value), linear between the card's two points and
 * flat beyond them: what the player did in the meantime (a security programme after a quiet
 * patch, say) moves it. Without a generator (previews, expected values) the effects apply
 * scaled by the chance: their expected value.
 */
import type { Chance } from '../scenario/schema';
import { clamp } from '../math';
import { type Rng, uniform } from '../rng';
import type { Effect, QuarterMetrics, SimState } from '../types';
import { conditionValue } from './conditions';

/** The chance (0-1) of a risk given last quarter's metrics `m` and the stocks `s`. */
export function chanceOf(c: Chance, m: QuarterMetrics, s: SimState, quarter: number): number {
  const v = conditionValue(c.metric, m, s, quarter);
  const t = clamp((v - c.from.value) / (c.to.value - c.from.value), 0, 1);
  return c.from.chance + t * (c.to.chance - c.from.chance);
}

/**
 * Whether a risk comes true this quarter, and the effects that apply: all of them when it does,
 * none when it does not; with no generator, each scaled by the chance.
 */
export function resolveRisk(
  chance: number,
  effects: readonly Effect[],
  rng: Rng | null,
): { happened: boolean; effects: readonly Effect[] } {
  if (rng === null)
    return {
      happened: false,
      effects: effects.map((e) => ({ target: e.target, delta: e.delta * chance })),
    };
  const happened = uniform(rng) < chance;
  return { happened, effects: happened ? effects : [] };
}
