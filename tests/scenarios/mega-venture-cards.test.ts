/**
 * mega-venture's deck (engine 1.30.0): the answers its company has, and the situations in which
 * its structural cards pay. The paved road and the reorganisation pay where changes are slow to
 * reach production (the lead time on the dashboard, the scenario's own measure of coordination),
 * and leaving the teams as they are costs frustration there; where changes already ship within
 * a day or two, neither has much waiting to remove.
 */
import { describe, expect, it } from 'vitest';
import { deckFor } from '../../src/sim/index';
import { initialState } from '../../src/sim/game';
import { chanceOf } from '../../src/sim/model/chance';
import { loadBuiltin } from './builtin';

const mega = loadBuiltin('mega-venture.json');
const deck = deckFor(mega);
const start = initialState(mega);
const card = (id: string) => deck.dilemmas.find((c) => c.id === id)!;
const option = (cardId: string, id: string) => card(cardId).options.find((o) => o.id === id)!;
/** The chance of an option's first risk when it falls due with this lead time (days). */
const chanceAt = (cardId: string, optionId: string, leadTimeDays: number) => {
  const chance = option(cardId, optionId).delayed.find((d) => d.chance)!.chance!;
  return chanceOf(chance, { ...start.last, leadTimeDays }, start, 4);
};

describe('mega-venture’s deck', () => {
  it('has no monolith to split', () => {
    expect(deck.dilemmas.map((c) => c.id)).not.toContain('microservices');
  });

  it('pays for a platform team where changes take a week to reach production', () => {
    expect(chanceAt('mega-platform-team', 'central-platform', 7)).toBeCloseTo(0.9, 10);
    expect(chanceAt('mega-platform-team', 'central-platform', 1.5)).toBeCloseTo(0.2, 10);
  });

  it('pays for re-drawn teams, and frustrates left ones, where changes wait', () => {
    expect(chanceAt('mega-cross-team-dependencies', 'team-topologies', 7)).toBeCloseTo(0.9, 10);
    expect(chanceAt('mega-cross-team-dependencies', 'team-topologies', 1.5)).toBeCloseTo(0.2, 10);
    expect(chanceAt('mega-cross-team-dependencies', 'leave-structure', 7)).toBeCloseTo(0.9, 10);
    expect(chanceAt('mega-cross-team-dependencies', 'leave-structure', 1.5)).toBeCloseTo(0.1, 10);
  });
});
