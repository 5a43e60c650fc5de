/**
 * Turning points: the quarters that moved the score most, so the debrief can say which decisions
 * mattered. One rule decides what counts (docs/model.md, "Turning points"):
 *
 * - the score is recomputed after every quarter from the quarters played so far (the same area
 *   scores and weights as the final score); a quarter's move is the change of that score from the
 *   quarter before. Until the last quarter it is the score of a game that goes on (no ending's
 *   factor); the quarter a game ends early ends with the score it was given, its factor included
 *   (model/score.ts ENDING_FACTOR), so the quarter a company runs out of cash shows the fall the
 *   player saw, not the rise its area scores may have made;
 * - a quarter is a turning point when its score moved by at least MIN_SCORE_MOVE points, when a
 *   major event happened in it (MAJOR_EVENTS), or when the game ended in it before its horizon
 *   (bankruptcy, the board); the first quarter has no move of its own (the start's area scores
 *   are not comparable: no growth, no delivery yet), so it counts only by an event;
 * - of those, the MAX_TURNING_POINTS largest moves are listed (an early ending always), in
 *   quarter order;
 * - the area named is the one whose weighted points moved most in the direction the score moved,
 *   so a rise is never explained by an area that fell.
 *
 * The decisions behind each turning point (lever changes with their expected effect on the
 * score) are named by selectTurningDecisions (src/sim/turning-decisions.ts); the answers that
 * took effect are listed here.
 */
import { deckFor } from '../deck';
import { describeEvent } from '../narrative';
import {
  KPI_AREAS,
  type Game,
  type KpiArea,
  type LocalizedText,
  type TurningPoint,
} from '../types';

/** Events a trainee should see beside the score's moves. */
export const MAJOR_EVENTS: ReadonlySet<string> = new Set([
  'breach',
  'funding-won',
  'funding-lost',
  'key-person',
  'commitment-missed',
  'risk-happened',
]);
/** How many turning points the debrief lists: enough for a story, few enough to discuss. */
const MAX_TURNING_POINTS = 4;
/**
 * Score moves below this (points out of 100) are not turning points unless a major event happened:
 * the median quarter-to-quarter move of the balanced and the reference policies on series-b
 * (seeds 1-10, engine 1.6.0) is 0.9-1.0 points, so a smaller move is a steady game's drift.
 */
export const MIN_SCORE_MOVE = 1;

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

/** The score after each quarter (index 0: after quarter 1): area scores, weight sum, weighted sum. */
export interface RunningScore {
  areas: Record<KpiArea, number>;
  weightSum: number;
  weighted: number;
}

/**
 * The turning points of `game` from its running scores (see the file's comment for the rule);
 * `endingFactor` is the factor the game's ending puts on its score (1 for a game that ran its
 * course or goes on).
 */
export function turningPoints(
  game: Game,
  running: readonly RunningScore[],
  endingFactor: number,
): TurningPoint[] {
  const w = game.scenario.scoring;
  const last = game.history.length;
  const endedEarly = game.status === 'bankrupt' || game.status === 'fired';
  const moves = game.history.map((h, i) => {
    const after = running[i]!;
    const before = i === 0 ? after : running[i - 1]!;
    const scoreAfter = i === last - 1 ? after.weighted * endingFactor : after.weighted;
    const scoreChange = i === 0 ? 0 : scoreAfter - before.weighted;
    const direction = Math.sign(scoreChange) || 1;
    const points = (k: KpiArea) => ((after.areas[k] - before.areas[k]) * w[k]) / after.weightSum;
    let area: KpiArea = KPI_AREAS[0];
    for (const k of KPI_AREAS) if (direction * points(k) > direction * points(area)) area = k;
    return {
      quarter: h.quarter,
      scoreChange: Math.round(scoreChange * 10) / 10,
      area,
      areaChange: Math.round((after.areas[area] - before.areas[area]) * 10) / 10,
      events: h.events.filter((e) => MAJOR_EVENTS.has(e.kind)),
      ending: endedEarly && h.quarter === last,
    };
  });
  const size = (m: (typeof moves)[number]) => (m.ending ? Infinity : Math.abs(m.scoreChange));
  return moves
    .filter((m) => m.ending || Math.abs(m.scoreChange) >= MIN_SCORE_MOVE || m.events.length > 0)
    .sort((a, b) => size(b) - size(a) || a.quarter - b.quarter)
    .slice(0, MAX_TURNING_POINTS)
    .sort((a, b) => a.quarter - b.quarter)
    .map((m) => {
      const first = m.events[0];
      const size = Math.abs(m.scoreChange).toFixed(1);
      const text = m.ending
        ? ENDING_TEXT[game.status as 'bankrupt' | 'fired']
        : first
          ? describeEvent(first, game.scenario)
          : m.scoreChange >= 0
            ? t(`The score rose by ${size} points.`, `スコアが${size}点上がりました。`)
            : t(`The score fell by ${size} points.`, `スコアが${size}点下がりました。`);
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

/** What a turning point says when the game ended in its quarter. */
const ENDING_TEXT = {
  bankrupt: t('The company ran out of cash: the game ended.', '資金が尽き、ゲームが終わりました。'),
  fired: t(
    'The board lost confidence and replaced you: the game ended.',
    '取締役会の信任を失って解任され、ゲームが終わりました。',
  ),
};
