/**
 * Dilemmas and stakeholder requests: drawing them after a quarter resolves (seeded, only when
 * their conditions hold) and applying the player's answer.
 */
import { deckFor } from '../deck';
import { jaName, moneyText } from '../format';
import { pickWeighted, type Rng, uniform } from '../rng';
import type { DilemmaCard, RequestTemplate, Scenario } from '../scenario/schema';
import { conditionView, holds, type ConditionCheck } from './conditions';
import type { EventRecord, LocalizedText, PendingEvent, QuarterMetrics, SimState } from '../types';
import { requestTarget } from './stakeholders';
import { STAKEHOLDER_WHO } from '../stakeholder-names';

export { conditionValue } from './conditions';

/** Chance that a dilemma card is drawn in a quarter (when at least one is eligible). */
export const DILEMMA_CHANCE = 0.8;
/**
 * Chance of a routine request that is not small in a quarter (one at most, drawn by weight).
 * 0.25: these (the CEO's flagship date, a scenario's own big asks) then come as often as when
 * every routine request shared one 0.6 draw (engine 1.14): 1.9-2.9 a game under the reference
 * policy then, 2.0-2.6 now (200 seeds a built-in scenario).
 */
export const REQUEST_CHANCE = 0.25;
/**
 * Small asks (a request template's `small`: only the asker's trust rides on it) come together,
 * the way peers bring theirs to a quarterly review, and are answered in one dialog (dialogs.ts).
 * A quarter brings them with SMALL_ASKS_CHANCE; one is drawn by weight and every other eligible
 * one joins it with SMALL_JOIN_CHANCE, up to MAX_SMALL_ASKS. Issue 13: 12-22 dialogs a game,
 * each answered alone, were a load. Fewer rounds with more asks in each keep about as many
 * requests a game in fewer dialogs: under the reference policy (200 seeds a scenario) requests
 * went from 7.5-8.0 a game to 6.8-8.1 and dialogs from 15.5-16.8 to 13.2-14.9 (docs/model.md,
 * "Requests").
 */
export const SMALL_ASKS_CHANCE = 0.2;
export const SMALL_JOIN_CHANCE = 0.8;
/** The most small asks in one dialog: three rows of stakes still fit a projector's screen. */
export const MAX_SMALL_ASKS = 3;
/**
 * Quarters a declined routine request stays away: a stakeholder who heard no does not ask the
 * same again next quarter (issue 13: one partner-bank integration came back in quarters 2, 6
 * and 10 and read as nagging). A request forced by an event (a budget cut, a large deal) comes
 * whatever was declined before: the event is the changed situation.
 */
export const DECLINE_QUIET_QUARTERS = 4;

const TARGET = '{target}';
const DUE = '{due}';
const segmentCache = new Map<string, string[]>();

/** A body text cut into literal parts and placeholders, cut once per text. */
function segments(text: string): string[] {
  let parts = segmentCache.get(text);
  if (!parts) {
    parts = text.split(/(\{target\}|\{due\})/).filter((p) => p !== '');
    segmentCache.set(text, parts);
  }
  return parts;
}

/** Formats a request target for its body text. */
function formatTarget(
  t: RequestTemplate,
  target: number,
  currency: Scenario['currency'],
): LocalizedText {
  if (t.measure === 'costPerQuarter') return moneyText(target, currency);
  if (t.measure === 'attritionRate') {
    const p = `${(target * 100).toFixed(1)}%`;
    return { en: p, ja: p };
  }
  const n = String(Math.round(target * 10) / 10);
  return { en: n, ja: n };
}

const cardOptions = new WeakMap<DilemmaCard, PendingEvent['options']>();

export function dilemmaEvent(card: DilemmaCard, quarter: number): PendingEvent {
  // The options as shown are the same every time the card is drawn: built once per card and
  // shared (like the title and body texts, which events take from the card as they are).
  let options = cardOptions.get(card);
  if (!options) {
    options = card.options.map((o) => ({ id: o.id, label: o.label, hint: o.hint }));
    cardOptions.set(card, options);
  }
  return {
    id: `q${quarter}-d-${card.id}`,
    kind: 'dilemma',
    sourceId: card.id,
    title: card.title,
    body: card.body,
    options,
    defaultOptionId: card.defaultOptionId,
  };
}

// The fixed parts of every request's options, shared by all request events.
const ACCEPT_LABEL: LocalizedText = {
  en: 'Accept as a commitment',
  ja: 'コミットメントとして引き受ける',
};
const DECLINE_LABEL: LocalizedText = { en: 'Decline', ja: '断る' };

/** What declining costs now: the asker's trust by the template's trustOnDecline (points, <= 0). */
function declineHint(t: RequestTemplate): LocalizedText {
  const who = STAKEHOLDER_WHO[t.stakeholder];
  const points = -t.trustOnDecline;
  if (points === 0) return { en: 'Costs no trust.', ja: '信頼は下がりません。' };
  return {
    en: `Costs ${points} ${points === 1 ? 'point' : 'points'} of ${who.en}'s trust now.`,
    ja: `${jaName(who.ja)}の信頼が今${points}ポイント下がります。`,
  };
}

const requestOptionsByKey = new Map<string, PendingEvent['options']>();

/**
 * A request's options when it falls due in quarter `due`: the same for every request of the same
 * asker and price of declining, built once.
 */
function requestOptions(t: RequestTemplate, due: number): PendingEvent['options'] {
  const features = t.measure === 'featuresDelivered';
  const key = `${due}|${t.stakeholder}|${t.trustOnDecline}|${features}`;
  let options = requestOptionsByKey.get(key);
  if (!options) {
    // A feature promise counts after the points still owed to open ones (featurePointsOwed).
    const accept = {
      id: 'accept',
      label: ACCEPT_LABEL,
      hint: {
        en: `Judged at the end of quarter ${due}.${features ? ' Feature points still owed to open promises are built first.' : ''}`,
        ja: `第${due}四半期の終わりに評価されます。${features ? 'まだ果たしていない約束の機能ポイントが先に作られます。' : ''}`,
      },
    };
    options = [accept, { id: 'decline', label: DECLINE_LABEL, hint: declineHint(t) }];
    requestOptionsByKey.set(key, options);
  }
  return options;
}

export function requestEvent(
  t: RequestTemplate,
  quarter: number,
  last: QuarterMetrics,
  featuresTotal: number,
  currency: Scenario['currency'],
): PendingEvent {
  const target = requestTarget(t.measure, t.targetFactor, t.dueInQuarters, last);
  const due = quarter + t.dueInQuarters;
  const shown = formatTarget(t, target, currency);
  const dueText = String(due);
  const fill = (s: string, lang: 'en' | 'ja') => {
    let out = '';
    for (const part of segments(s))
      out += part === TARGET ? shown[lang] : part === DUE ? dueText : part;
    return out;
  };
  return {
    id: `q${quarter}-r-${t.id}`,
    kind: 'request',
    sourceId: t.id,
    stakeholder: t.stakeholder,
    title: t.title,
    body: { en: fill(t.body.en, 'en'), ja: fill(t.body.ja, 'ja') },
    options: requestOptions(t, due),
    defaultOptionId: 'decline',
    ...(t.small ? { small: true as const } : {}),
    request: {
      measure: t.measure,
      target,
      dueQuarter: due,
      baseline: t.measure === 'featuresDelivered' ? featuresTotal : 0,
    },
  };
}

/** Whether a commitment from request `requestId` is still open (a few at most: a loop, no set). */
function isOpen(commitments: readonly { requestId: string }[], requestId: string): boolean {
  for (const c of commitments) if (c.requestId === requestId) return true;
  return false;
}

/**
 * Whether what an answer given now sets in motion, `quarters` on, still falls within the game.
 * A commitment judged after the last quarter, or a card's delayed risk or payoff due after it,
 * would never be scored: accepting such a commitment, or taking a risk that can only come true
 * after the game, would be free, and a payoff after it worthless. Such requests are not made
 * and such cards are not drawn (issue 11: "commitments past the horizon judged at the end or
 * not offered"); the same rule for both.
 */
function withinGame(quarter: number, quarters: number, scenario: Scenario): boolean {
  return quarter + quarters <= scenario.horizonQuarters;
}

function judgedInTime(t: RequestTemplate, quarter: number, scenario: Scenario): boolean {
  return withinGame(quarter, t.dueInQuarters, scenario);
}

/**
 * The choices waiting after quarter `quarter` resolved. Draws from rng; returns newly drawn card
 * ids. `declined`: routine requests declined within the last DECLINE_QUIET_QUARTERS quarters,
 * which are not drawn.
 */
export function drawPending(
  rng: Rng,
  scenario: Scenario,
  s: SimState,
  m: QuarterMetrics,
  quarter: number,
  events: readonly EventRecord[],
  declined: ReadonlySet<string> = new Set(),
): { pending: PendingEvent[]; drawnCards: string[] } {
  const deck = deckFor(scenario);
  const pending: PendingEvent[] = [];
  const drawnCards: string[] = [];
  const view = conditionView(m, s, quarter);
  if (uniform(rng) < DILEMMA_CHANCE) {
    const eligible: DilemmaCard[] = [];
    for (let i = 0; i < deck.dilemmas.length; i++) {
      const c = deck.dilemmas[i] as DilemmaCard;
      if (c.once && s.drawnCards.includes(c.id)) continue;
      if (!withinGame(quarter, deck.dilemmaReach[i] as number, scenario)) continue;
      if (holds(deck.dilemmaChecks[i] as readonly ConditionCheck[], view)) eligible.push(c);
    }
    const card = pickWeighted(rng, eligible);
    if (card) {
      pending.push(dilemmaEvent(card, quarter));
      drawnCards.push(card.id);
    }
  }
  const open = s.commitments;
  for (const e of events) {
    const id =
      e.kind === 'budget-cut'
        ? 'cfo-budget-cut'
        : e.kind === 'large-deal'
          ? 'ceo-large-deal'
          : null;
    if (id === null) continue;
    const t = deck.requestsById.get(id);
    if (t && !isOpen(open, id) && judgedInTime(t, quarter, scenario))
      pending.push(requestEvent(t, quarter, m, s.featuresDeliveredTotal, scenario.currency));
  }
  const major: RequestTemplate[] = [];
  const small: RequestTemplate[] = [];
  for (let i = 0; i < deck.requests.length; i++) {
    const t = deck.requests[i] as RequestTemplate;
    if (t.eventOnly || isOpen(open, t.id) || declined.has(t.id)) continue;
    if (!judgedInTime(t, quarter, scenario)) continue;
    if (holds(deck.requestChecks[i] as readonly ConditionCheck[], view))
      (t.small ? small : major).push(t);
  }
  const ask = (t: RequestTemplate) =>
    pending.push(requestEvent(t, quarter, m, s.featuresDeliveredTotal, scenario.currency));
  if (uniform(rng) < REQUEST_CHANCE) {
    const t = pickWeighted(rng, major);
    if (t) ask(t);
  }
  if (small.length > 0 && uniform(rng) < SMALL_ASKS_CHANCE) {
    const first = pickWeighted(rng, small) as RequestTemplate;
    const asks = [first];
    // Every other one rolls once, in deck order, so the same seed gives the same round.
    for (const t of small)
      if (t !== first && uniform(rng) < SMALL_JOIN_CHANCE && asks.length < MAX_SMALL_ASKS)
        asks.push(t);
    for (const t of asks) ask(t);
  }
  return { pending, drawnCards };
}
