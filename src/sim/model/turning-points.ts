/**
 * Turning points: the quarters that moved the score most, with the player's choices of that
 * quarter and the major events, so the debrief can say which decisions mattered. The score is
 * recomputed after every quarter from the quarters played so far (the same area scores and
 * weights as the final score, before any bankruptcy or firing penalty). The first quarter is the
 * reference, not a move: the area scores of the start alone are not comparable (no growth, no
 * delivery yet), so quarter 1 is a turning point only through a major event.
 */
import { deckFor } from '../deck';
import { describeEvent } from '../narrative';
import type { Game, KpiArea, LocalizedText, TurningPoint } from '../types';

/** Events a trainee should see beside the score's moves. */
const MAJOR_EVENTS = new Set([
  'breach',
  'funding-won',
  'funding-lost',
  'key-person',
  'commitment-missed',
]);
/** How many turning points the debrief lists: enough for a story, few enough to discuss. */
const MAX_TURNING_POINTS = 4;
/** Score moves below this (points out of 100) are noise unless a major event happened. */
const MIN_SCORE_MOVE = 0.5;

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

/** What the player answered in a quarter: the card or request title and the option's label. */
export function choicesOf(game: Game, quarter: number): TurningPoint['choices'] {
  const record = game.history[quarter - 1];
  if (!record) return [];
  const deck = deckFor(game.scenario);
  return record.choices.map((c) => {
    const card = deck.dilemmas.find((d) => d.id === c.sourceId);
    if (card) {
      const option = card.options.find((o) => o.id === c.optionId);
      return { title: card.title, option: option ? option.label : t(c.optionId, c.optionId) };
    }
    const request = deck.requestsById.get(c.sourceId);
    return {
      title: request ? request.title : t(c.sourceId, c.sourceId),
      option: c.optionId === 'accept' ? t('Accepted', '引き受けた') : t('Declined', '断った'),
    };
  });
}

/**
 * `scores[i]` is the score after quarter i + 1 and `areas[i]` the area scores then. Returns the
 * quarters with the largest moves, in quarter order.
 */
export function turningPoints(
  game: Game,
  scores: readonly number[],
  areas: readonly Record<KpiArea, number>[],
): TurningPoint[] {
  const keys = Object.keys(areas[0] ?? {}) as KpiArea[];
  const moves = game.history.map((h, i) => {
    const after = areas[i]!;
    const before = i === 0 ? after : areas[i - 1]!;
    let area: KpiArea = keys[0]!;
    for (const k of keys)
      if (Math.abs(after[k] - before[k]) > Math.abs(after[area] - before[area])) area = k;
    return {
      quarter: h.quarter,
      scoreChange: i === 0 ? 0 : Math.round((scores[i]! - scores[i - 1]!) * 10) / 10,
      area,
      areaChange: Math.round((after[area] - before[area]) * 10) / 10,
      events: h.events.filter((e) => MAJOR_EVENTS.has(e.kind)),
    };
  });
  return moves
    .filter((m) => Math.abs(m.scoreChange) >= MIN_SCORE_MOVE || m.events.length > 0)
    .sort((a, b) => Math.abs(b.scoreChange) - Math.abs(a.scoreChange) || a.quarter - b.quarter)
    .slice(0, MAX_TURNING_POINTS)
    .sort((a, b) => a.quarter - b.quarter)
    .map((m) => {
      const first = m.events[0];
      const size = Math.abs(m.scoreChange).toFixed(1);
      const text = first
        ? describeEvent(first, game.scenario)
        : m.scoreChange >= 0
          ? t(`The score rose by ${size} points.`, `スコアが${size}ポイント上がりました。`)
          : t(`The score fell by ${size} points.`, `スコアが${size}ポイント下がりました。`);
      return {
        quarter: m.quarter,
        text,
        scoreChange: m.scoreChange,
        area: m.area,
        areaChange: m.areaChange,
        // Answers take effect from the next quarter on (dilemma effects and commitments), so a
        // quarter's move is explained by the answers given at the end of the quarter before.
        choices: choicesOf(game, m.quarter - 1),
      };
    });
}
