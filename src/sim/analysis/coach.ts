/**
 * A coach on the same seed: the balance lab's responsive reference policy (policies/reference.ts)
 * plays the player's own scenario from the player's own seed, and the debrief shows the two games
 * side by side. The reference reads only what a player sees, so its game is one a player could
 * have played; its written reasons say why it did what it did.
 *
 * Where the two games parted: the first quarter whose levers or answers differ (the games share
 * every draw until then, so everything before it was the same game), with those differences and
 * the final score gap. For each dilemma the player met, the reference's answer in the player's
 * own situation (the player's game replayed to the moment the card was open), so the player's
 * choice is compared with the coach's on equal terms even after the games have parted, and the
 * card's reflection questions.
 */
import { actionsOf, applyAction, type GameAction } from '../actions';
import { deckFor } from '../deck';
import { reflectionQuestions } from '../deck/reflection';
import { newGame } from '../game';
import { gameScore } from '../model/score';
import { choicesOf } from '../model/turning-points';
import { referencePolicy } from '../policies/reference';
import type { Reason } from '../policies/reasoned';
import { playToEnd } from '../run';
import type { Decisions, Game, LocalizedText, Outcome } from '../types';
import { decisionDifferences, type QuarterDifference } from './compare';

/** One of the coach's answers: the card or request, its option and why. */
export interface CoachAnswer {
  sourceId: string;
  title: LocalizedText;
  option: LocalizedText;
  reason: LocalizedText;
}

/** One quarter of the coach's game, with what differed from the player's same quarter. */
export interface CoachQuarter {
  quarter: number;
  decisions: Decisions;
  summary: LocalizedText;
  reasons: Reason[];
  answers: CoachAnswer[];
  /** the player's (a) and the coach's (b) levers and answers that differed this quarter */
  differences: QuarterDifference;
}

/** A dilemma the player met, the coach's answer in the player's situation, and whether they agree. */
export interface DilemmaReflection {
  quarter: number;
  cardId: string;
  title: LocalizedText;
  body: LocalizedText;
  playerOption: LocalizedText;
  coachOption: LocalizedText;
  coachReason: LocalizedText;
  /** the player and the coach chose the same option */
  same: boolean;
  /** 1-2 questions on the card's trade-off for the player (reflectionQuestions) */
  questions: LocalizedText[];
}

type Score = Pick<Outcome, 'status' | 'score' | 'grade'>;

export interface CoachReport {
  /** the coach's whole game (plain data, for charts beside the player's) */
  coach: Game;
  player: Score & { quarters: number };
  reference: Score & { quarters: number };
  /** the player's score minus the coach's (one decimal; negative when the coach did better) */
  scoreGap: number;
  /** the first quarter whose levers or answers differ, null when the games never parted */
  partedAt: QuarterDifference | null;
  quarters: CoachQuarter[];
  dilemmas: DilemmaReflection[];
}

const key = (quarter: number, eventId: string) => `${quarter}:${eventId}`;

/** The reference's game on `scenario` from `seed`, with its reasons per quarter and per answer. */
function coachGame(player: Game) {
  const plans = new Map<number, { summary: LocalizedText; reasons: Reason[] }>();
  const reasons = new Map<string, LocalizedText>();
  const recording = {
    name: referencePolicy.name,
    decide(game: Game) {
      const r = referencePolicy.decideWithReasons(game);
      plans.set(game.quarter, { summary: r.summary, reasons: r.reasons });
      return r.decisions;
    },
    choose(game: Game, event: Parameters<typeof referencePolicy.choose>[1]) {
      const r = referencePolicy.chooseWithReason(game, event);
      reasons.set(key(game.quarter, event.id), r.reason);
      return r.optionId;
    },
  };
  const start = newGame(player.scenario, player.seed, { playerName: referencePolicy.name });
  const played = playToEnd(start, recording);
  if (!played.ok)
    throw new Error(
      `the reference policy's move in quarter ${played.error.game.quarter} was refused: ${played.error.refusal.reason.en}`,
    );
  return { game: played.value, plans, reasons };
}

/**
 * The coach's answer to each dilemma the player met, in the player's situation: the player's
 * actions are replayed and, at each answer to a dilemma card, the reference answers the same open
 * card from the same game.
 */
function dilemmaReflections(player: Game): DilemmaReflection[] {
  const deck = deckFor(player.scenario);
  const out: DilemmaReflection[] = [];
  let game = newGame(player.scenario, player.seed, { playerName: player.playerName });
  const actions: GameAction[] = actionsOf(player);
  for (const action of actions) {
    if (action.type === 'answer') {
      const event = game.pending.find((e) => e.id === action.eventId);
      const card = event && deck.dilemmas.find((c) => c.id === event.sourceId);
      if (event && card) {
        const coach = referencePolicy.chooseWithReason(game, event);
        const label = (id: string) => card.options.find((o) => o.id === id)?.label;
        const same = coach.optionId === action.optionId;
        out.push({
          quarter: game.quarter,
          cardId: card.id,
          title: card.title,
          body: card.body,
          playerOption: label(action.optionId) ?? { en: action.optionId, ja: action.optionId },
          coachOption: label(coach.optionId) ?? { en: coach.optionId, ja: coach.optionId },
          coachReason: coach.reason,
          same,
          questions: reflectionQuestions(card, same),
        });
      }
    }
    const r = applyAction(game, action);
    if (!r.ok) throw new Error(`the player's own game does not replay: ${r.error.reason.en}`);
    game = r.value;
  }
  return out;
}

function answerReason(reasons: Map<string, LocalizedText>, quarter: number, eventId: string) {
  const reason = reasons.get(key(quarter, eventId));
  if (!reason) throw new Error(`no reason was recorded for the coach's answer to ${eventId}`);
  return reason;
}

/** The coach's game beside the player's (see the file's comment). `player` is a played game. */
export function coachOnSameSeed(player: Game): CoachReport {
  const { game: coach, plans, reasons } = coachGame(player);
  const differences = decisionDifferences(player, coach);
  const quarters: CoachQuarter[] = coach.history.map((record, i) => {
    const plan = plans.get(record.quarter);
    if (!plan) throw new Error(`no plan was recorded for the coach's quarter ${record.quarter}`);
    const labels = choicesOf(coach, record.quarter);
    return {
      quarter: record.quarter,
      decisions: record.decisions,
      summary: plan.summary,
      reasons: plan.reasons,
      answers: record.choices.map((c, j) => ({
        sourceId: c.sourceId,
        title: labels[j]!.title,
        option: labels[j]!.option,
        reason: answerReason(reasons, record.quarter, c.eventId),
      })),
      differences: differences[i]!,
    };
  });
  const parted = differences.find(
    (d) => d.playedBy !== 'both' || d.levers.length > 0 || d.choices.length > 0,
  );
  const playerScore = gameScore(player);
  const referenceScore = gameScore(coach);
  return {
    coach,
    player: { ...playerScore, quarters: player.history.length },
    reference: { ...referenceScore, quarters: coach.history.length },
    scoreGap: Math.round((playerScore.score - referenceScore.score) * 10) / 10,
    partedAt: parted ?? null,
    quarters,
    dilemmas: dilemmaReflections(player),
  };
}
