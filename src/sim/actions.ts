/**
 * The game's one door for change: every way of playing (the app's machine, the CLI, headless
 * runs, replays of saves, branches, a workshop server) sends small serialisable actions to
 * applyAction, which owns every rule and every refusal, each with its reason in English and
 * Japanese. A refused action leaves the game as it was.
 */
import { deckFor } from './deck';
import { advanceQuarter, answerChoice, newGame, resolveQuarter } from './game';
import { checkDecisions } from './decisions';
import { isSmallRequest } from './dialogs';
import type { Scenario } from './scenario/schema';
import type { Decisions, DecisionProblem, Game, GamePhase, LocalizedText, Result } from './types';

/** Everything that can happen to a game, from the player or from outside (a facilitator). */
export type GameAction =
  /** A new game of `scenario` with `seed`; replaces whatever game there was. */
  | { type: 'start'; scenario: Scenario; seed: number; playerName?: string }
  /** The player's plan so far, not submitted: kept with the game so it can be restored or shared. */
  | { type: 'set-decisions'; decisions: Decisions }
  /** Resolves the current quarter with `decisions`. */
  | { type: 'submit'; decisions: Decisions }
  /** Answers one pending dilemma or stakeholder request. */
  | { type: 'answer'; eventId: string; optionId: string }
  /**
   * Answers the small requests waiting (dialogs.ts) together, as their one dialog does: an
   * answer for every one of them, all applied or none. Logged as its answers, in its order.
   */
  | { type: 'answer-requests'; answers: RequestAnswer[] }
  /** From the quarter's review to next quarter's planning, or to the end. */
  | { type: 'continue' }
  /**
   * A facilitator's shock: dilemma `cardId` of the scenario's deck is put in front of the player
   * with the next quarter's choices (after the next submit).
   */
  | { type: 'inject-card'; cardId: string }
  /**
   * Takes back the last submitted quarter while its choices are open (answers given so far go
   * too); its plan becomes the draft again.
   */
  | { type: 'undo-submit' };

export type GameActionType = GameAction['type'];

/** One request's answer in an 'answer-requests' action. */
export interface RequestAnswer {
  eventId: string;
  optionId: string;
}

/** The actions that make a game, as its log and its save hold them (see actionsOf). */
export type LoggedAction = Extract<
  GameAction,
  { type: 'submit' } | { type: 'answer' } | { type: 'continue' } | { type: 'inject-card' }
>;

/** Why an action was refused. `problems` lists every problem of a refused plan (else empty). */
export interface Refusal {
  action: GameActionType;
  reason: LocalizedText;
  problems: DecisionProblem[];
}

const t = (en: string, ja: string): LocalizedText => ({ en, ja });

function refuse(
  action: GameActionType,
  reason: LocalizedText,
  problems: DecisionProblem[] = [],
): { ok: false; error: Refusal } {
  return { ok: false, error: { action, reason, problems } };
}

const ACTION_NAMES: Record<GameActionType, LocalizedText> = {
  start: t('Starting a game', 'ゲームの開始'),
  'set-decisions': t('Editing the plan', '計画の編集'),
  submit: t('Submitting decisions', '意思決定の提出'),
  answer: t('Answering a choice', '選択への回答'),
  'answer-requests': t('Answering the small requests', '小さな依頼への回答'),
  continue: t('Continuing', '次へ進むこと'),
  'inject-card': t('Adding a dilemma', 'ジレンマの追加'),
  'undo-submit': t('Undoing the last quarter', '前の四半期の取り消し'),
};

/** Where the quarter stands, in the player's words (the id would read as code in Japanese). */
const PHASE_NAMES: Record<GamePhase, LocalizedText> = {
  planning: t('planning', '計画中'),
  events: t('events', 'ダイアログへの回答中'),
  review: t('review', '四半期レビュー中'),
  ended: t('ended', 'ゲーム終了後'),
};

function wrongPhase(action: GameActionType, game: Game): { ok: false; error: Refusal } {
  const what = ACTION_NAMES[action];
  return refuse(
    action,
    t(
      `${what.en} is not possible in the ${PHASE_NAMES[game.phase].en} phase.`,
      `${PHASE_NAMES[game.phase].ja}に${what.ja}はできません。`,
    ),
  );
}

/**
 * Applies one action to a game (null before the first 'start'). Pure: the same game and action
 * always give the same result, and the given game is never changed.
 */
export function applyAction(game: Game | null, action: GameAction): Result<Game, Refusal> {
  if (action.type === 'start') {
    if (!Number.isInteger(action.seed))
      return refuse(
        'start',
        t(
          `The seed must be a whole number, got ${action.seed}.`,
          `シードは整数である必要があります（${action.seed}）。`,
        ),
      );
    return {
      ok: true,
      value: newGame(action.scenario, action.seed, { playerName: action.playerName ?? '' }),
    };
  }
  if (game === null)
    return refuse(action.type, t('No game has been started.', 'ゲームが開始されていません。'));
  switch (action.type) {
    case 'set-decisions':
      if (game.phase !== 'planning') return wrongPhase(action.type, game);
      return { ok: true, value: withDraft(game, action.decisions) };
    case 'submit': {
      if (game.phase !== 'planning') return wrongPhase(action.type, game);
      const r = resolveQuarter(game, action.decisions);
      if (!r.ok) {
        const first = r.error[0];
        return refuse(
          'submit',
          first?.reason ?? t('The decisions were refused.', '意思決定は受け付けられませんでした。'),
          r.error,
        );
      }
      return r;
    }
    case 'answer': {
      if (game.phase !== 'events') return wrongPhase(action.type, game);
      const r = answerChoice(game, action.eventId, action.optionId);
      return r.ok ? r : refuse('answer', r.error);
    }
    case 'answer-requests':
      if (game.phase !== 'events') return wrongPhase(action.type, game);
      return answerRequests(game, action.answers);
    case 'continue':
      if (game.phase !== 'review') return wrongPhase(action.type, game);
      return { ok: true, value: advanceQuarter(game) };
    case 'inject-card':
      return injectCard(game, action.cardId);
    case 'undo-submit':
      return undoSubmit(game);
  }
}

/**
 * The small requests' dialog answered at once: every small request waiting gets exactly one
 * answer and nothing else is answered, or the whole batch is refused with the first problem
 * (the game as it was). The answers then apply one by one, as 'answer' actions would.
 */
function answerRequests(game: Game, answers: readonly RequestAnswer[]): Result<Game, Refusal> {
  const no = (en: string, ja: string) => refuse('answer-requests', t(en, ja));
  if (!Array.isArray(answers) || answers.length === 0)
    return no('No answers were given.', '回答がありません。');
  const seen = new Set<string>();
  for (const [i, a] of answers.entries()) {
    if (typeof a?.eventId !== 'string' || typeof a.optionId !== 'string')
      return no(
        `Answer ${i + 1} does not name an event and an option.`,
        `${i + 1}番目の回答に、イベントと選択肢の指定がありません。`,
      );
    const event = game.pending.find((e) => e.id === a.eventId);
    if (!event)
      return no(
        `"${a.eventId}" is not waiting for an answer.`,
        `「${a.eventId}」は回答を待っていません。`,
      );
    if (!isSmallRequest(event))
      return no(
        `"${a.eventId}" is not a small request: answer it in its own dialog.`,
        `「${a.eventId}」は小さな依頼ではありません。個別に回答してください。`,
      );
    if (seen.has(a.eventId))
      return no(`"${a.eventId}" is answered twice.`, `「${a.eventId}」に2回回答しています。`);
    seen.add(a.eventId);
  }
  const missing = game.pending.filter((e) => isSmallRequest(e) && !seen.has(e.id));
  if (missing.length > 0) {
    const ids = missing.map((e) => e.id);
    return no(
      `The small requests are answered together: ${ids.join(', ')} ${ids.length === 1 ? 'has' : 'have'} no answer.`,
      `小さな依頼はまとめて回答します。${ids.map((id) => `「${id}」`).join('、')}に回答がありません。`,
    );
  }
  let next = game;
  for (const a of answers) {
    const r = answerChoice(next, a.eventId, a.optionId);
    if (!r.ok) return no(`${a.eventId}: ${r.error.en}`, `${a.eventId}:${r.error.ja}`);
    next = r.value;
  }
  return { ok: true, value: next };
}

/** The game with `decisions` as its unsubmitted plan. */
function withDraft(game: Game, decisions: Decisions): Game {
  return { ...game, draft: decisions };
}

/** The quarter whose choices an injected card would join: the next quarter resolved. */
function injectionQuarter(game: Game): number {
  return game.phase === 'planning' ? game.quarter : game.quarter + 1;
}

function injectCard(game: Game, cardId: string): Result<Game, Refusal> {
  if (game.phase === 'ended' || game.status !== 'playing') return wrongPhase('inject-card', game);
  const card = deckFor(game.scenario).dilemmas.find((c) => c.id === cardId);
  if (!card)
    return refuse(
      'inject-card',
      t(
        `The scenario has no dilemma "${cardId}".`,
        `このシナリオにジレンマ「${cardId}」はありません。`,
      ),
    );
  const quarter = injectionQuarter(game);
  if (quarter >= game.scenario.horizonQuarters)
    return refuse(
      'inject-card',
      t(
        `No quarter is left to show the dilemma in: quarter ${quarter} is the last.`,
        `ジレンマを示せる四半期が残っていません（第${quarter}四半期が最後です）。`,
      ),
    );
  const queued = game.injected ?? [];
  if (queued.includes(cardId))
    return refuse(
      'inject-card',
      t(
        `Dilemma "${cardId}" is already waiting for quarter ${quarter}.`,
        `ジレンマ「${cardId}」はすでに第${quarter}四半期に予定されています。`,
      ),
    );
  return { ok: true, value: { ...game, injected: [...queued, cardId] } };
}

/** Whether 'undo-submit' is possible now: a submitted quarter whose choices are still open. */
export function canTakeBack(game: Game): boolean {
  return game.log.length > 0 && game.phase === 'events';
}

/**
 * A quarter can be taken back while its choices are still open (an End quarter pressed too soon
 * is a trap, not a lesson); once they are answered and its report read, it stands, so undo can
 * not be used to try plans against known results.
 */
function undoSubmit(game: Game): Result<Game, Refusal> {
  const last = game.log[game.log.length - 1];
  if (!last)
    return refuse(
      'undo-submit',
      t('No quarter has been submitted yet.', 'まだ提出した四半期がありません。'),
    );
  if (!canTakeBack(game))
    return refuse(
      'undo-submit',
      t(
        'A quarter can be taken back only while its choices are still open.',
        '四半期を取り消せるのは、その四半期の選択に回答し終えるまでです。',
      ),
    );
  const actions = actionsOf(game);
  let cut = actions.length - 1;
  while (cut >= 0 && actions[cut]!.type !== 'submit') cut--;
  const replay = replayActions(game.scenario, game.seed, game.playerName, actions.slice(0, cut));
  if (!replay.ok)
    throw new Error(`the game's own actions do not replay: ${replay.error.reason.en}`);
  const before = game.parent ? { ...replay.value, parent: game.parent } : replay.value;
  return { ok: true, value: withDraft(before, last.decisions) };
}

/**
 * The actions that make `game` from its start, in order (without 'start' and without the
 * unsubmitted plan): per quarter its injected dilemmas, the submit, the answers, and 'continue'
 * when the game went on.
 */
export function actionsOf(game: Game): LoggedAction[] {
  const actions: LoggedAction[] = [];
  const n = game.log.length;
  for (let i = 0; i < n; i++) {
    const entry = game.log[i]!;
    for (const cardId of entry.injected ?? []) actions.push({ type: 'inject-card', cardId });
    actions.push({ type: 'submit', decisions: entry.decisions });
    for (const c of entry.choices)
      actions.push({ type: 'answer', eventId: c.eventId, optionId: c.optionId });
    const wentOn = i < n - 1 || game.phase === 'ended' || game.quarter > entry.quarter;
    if (wentOn) actions.push({ type: 'continue' });
  }
  for (const cardId of game.injected ?? []) actions.push({ type: 'inject-card', cardId });
  return actions;
}

/** A refusal met while replaying: the refused action, its index and the game's quarter then. */
export type ReplayRefusal = Refusal & { index: number; quarter: number; refused: GameAction };

/** A new game with `actions` applied in order; stops at the first refused action. */
export function replayActions(
  scenario: Scenario,
  seed: number,
  playerName: string,
  actions: readonly GameAction[],
): Result<Game, ReplayRefusal> {
  let game = newGame(scenario, seed, { playerName });
  for (let index = 0; index < actions.length; index++) {
    const r = applyAction(game, actions[index]!);
    if (!r.ok)
      return {
        ok: false,
        error: { ...r.error, index, quarter: game.quarter, refused: actions[index]! },
      };
    game = r.value;
  }
  return { ok: true, value: game };
}

/** Where a replay under another model stopped, and the saved answers it left out on the way. */
export interface ModelChangeReplay {
  game: Game;
  /** Saved answers to choices the current model did not pose (its draws differ). */
  dropped: { quarter: number; eventId: string }[];
  /** The first action the current model refused, with its reason; null when all replayed. */
  stoppedAt: ReplayRefusal | null;
}

/**
 * Replays a save written by another engine version as far as the current model allows. Its
 * plans are the player's and are replayed as saved; its answers are replayed where the current
 * model poses the same choice and left out where it does not (the model's draws moved). The
 * replay stops at the first action the current model refuses (a plan it no longer accepts, or
 * going on while it still waits for an answer the save does not have): the player carries on
 * from there, with a refused plan as the draft to fix.
 */
export function replayUnderModelChange(
  scenario: Scenario,
  seed: number,
  playerName: string,
  actions: readonly GameAction[],
): ModelChangeReplay {
  let game = newGame(scenario, seed, { playerName });
  const dropped: ModelChangeReplay['dropped'] = [];
  for (let index = 0; index < actions.length; index++) {
    const action = actions[index]!;
    if (action.type === 'answer' && !game.pending.some((e) => e.id === action.eventId)) {
      dropped.push({ quarter: game.quarter, eventId: action.eventId });
      continue;
    }
    const r = applyAction(game, action);
    if (!r.ok) {
      const stoppedAt = { ...r.error, index, quarter: game.quarter, refused: action };
      if (action.type === 'submit' && game.phase === 'planning')
        game = withDraft(game, action.decisions);
      return { game, dropped, stoppedAt };
    }
    game = r.value;
  }
  return { game, dropped, stoppedAt: null };
}

/** The problems of the game's unsubmitted plan ([] when there is none or it is valid). */
export function draftProblems(game: Game): DecisionProblem[] {
  return game.draft && game.phase === 'planning' ? checkDecisions(game, game.draft) : [];
}

/**
 * Shorthands over applyAction for code that plays one kind of step (tests, tools); they add no
 * rule of their own. A refused plan gives its problems; any other refusal one problem at ''.
 */
export function submitDecisions(game: Game, decisions: Decisions): Result<Game, DecisionProblem[]> {
  const r = applyAction(game, { type: 'submit', decisions });
  if (r.ok) return r;
  const problems = r.error.problems;
  return {
    ok: false,
    error: problems.length > 0 ? problems : [{ path: '', levers: [], reason: r.error.reason }],
  };
}

export function answerEvent(
  game: Game,
  eventId: string,
  optionId: string,
): Result<Game, LocalizedText> {
  const r = applyAction(game, { type: 'answer', eventId, optionId });
  return r.ok ? r : { ok: false, error: r.error.reason };
}

/** review -> next quarter's planning or the end; any other phase: the game as it is. */
export function continueGame(game: Game): Game {
  const r = applyAction(game, { type: 'continue' });
  return r.ok ? r.value : game;
}
