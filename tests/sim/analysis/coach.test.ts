import { describe, expect, it } from 'vitest';
import {
  carelessPolicy,
  coachOnSameSeed,
  deckFor,
  referencePolicy,
  runGame,
  selectOutcome,
  type Game,
} from '../../../src/sim/index';
import { loadScenario } from '../helpers';

const scenario = loadScenario();

describe('coach on the same seed (the reference policy beside the player)', () => {
  const player = runGame(scenario, 7, carelessPolicy);
  const report = coachOnSameSeed(player);

  it("plays the reference on the player's own scenario and seed", () => {
    const direct = runGame(scenario, 7, referencePolicy);
    expect(report.coach.seed).toBe(player.seed);
    expect(report.coach.scenario).toBe(player.scenario);
    expect(report.coach.history.map((h) => h.metrics)).toEqual(
      direct.history.map((h) => h.metrics),
    );
    expect(report.reference.score).toBe(selectOutcome(direct).score);
    expect(report.player.score).toBe(selectOutcome(player).score);
    expect(report.scoreGap).toBeCloseTo(report.player.score - report.reference.score, 5);
  });

  it('gives every coach quarter its written reasons and every answer its reason, in both languages', () => {
    expect(report.quarters).toHaveLength(report.coach.history.length);
    for (const q of report.quarters) {
      expect(q.summary.en).not.toBe('');
      expect(q.summary.ja).not.toBe('');
      for (const r of q.reasons) expect(r.text.ja).not.toBe('');
      expect(q.answers).toHaveLength(report.coach.history[q.quarter - 1]!.choices.length);
      for (const a of q.answers) {
        expect(a.reason.en).not.toBe('');
        expect(a.title.ja).not.toBe('');
      }
    }
  });

  it('finds the first quarter where the two games parted, with the differing levers', () => {
    // The careless player and the reference plan differently from the first quarter.
    expect(report.partedAt?.quarter).toBe(1);
    expect(report.partedAt?.levers.length).toBeGreaterThan(0);
    for (const d of report.partedAt!.levers) expect(d.a).not.toEqual(d.b);
  });

  it('has not parted when the player played exactly as the reference', () => {
    const same = coachOnSameSeed(runGame(scenario, 7, referencePolicy));
    expect(same.partedAt).toBeNull();
    expect(same.scoreGap).toBe(0);
    for (const d of same.dilemmas) expect(d.same).toBe(true);
  });

  it("answers each dilemma the player met in the player's own situation", () => {
    const answered = player.history.flatMap((h) =>
      h.choices
        .filter((c) => report.dilemmas.some((d) => d.cardId === c.sourceId))
        .map((c) => c.sourceId),
    );
    expect(report.dilemmas.map((d) => d.cardId)).toEqual(answered);
    expect(report.dilemmas.length).toBeGreaterThan(0);
    for (const d of report.dilemmas) {
      expect(d.coachReason.en).not.toBe('');
      expect(d.same).toBe(d.playerOption.en === d.coachOption.en);
    }
  });

  it("asks each dilemma's own reflection questions, as the card gives them", () => {
    const deck = deckFor(scenario);
    for (const d of report.dilemmas) {
      const card = deck.dilemmas.find((c) => c.id === d.cardId)!;
      expect(card.reflection, d.cardId).toBeDefined();
      expect(d.questions).toEqual(card.reflection);
    }
  });

  it('runs after a bankruptcy: the coach plays on to its own end', () => {
    const broke = loadScenario((raw) => {
      raw.company.cash = raw.company.cash / 8;
    });
    const game: Game = runGame(broke, 3, carelessPolicy);
    expect(game.status).toBe('bankrupt');
    const r = coachOnSameSeed(game);
    expect(r.player.quarters).toBe(game.history.length);
    expect(r.reference.quarters).toBe(r.coach.history.length);
    expect(r.quarters.every((q) => q.differences.quarter === q.quarter)).toBe(true);
  });
});
