/**
 * Policies that say why: each quarter's decisions and each answer come with a short written
 * reason (en/ja), for the balance lab's report and the debrief's coach.
 */
import type { Decisions, Game, LocalizedText, PendingEvent, Policy } from '../types';

/** One reason behind a quarter's decisions: what it is about (a lever id or group) and why. */
export interface Reason {
  topic: string;
  text: LocalizedText;
}

export interface ReasonedDecisions {
  decisions: Decisions;
  /** one line for the whole quarter */
  summary: LocalizedText;
  reasons: Reason[];
}

export interface ReasonedChoice {
  optionId: string;
  reason: LocalizedText;
}

/** A policy whose decide and choose are its reasoned versions without the reasons. */
export interface ReasonedPolicy extends Policy {
  name: string;
  decideWithReasons(game: Game): ReasonedDecisions;
  chooseWithReason(game: Game, event: PendingEvent): ReasonedChoice;
}

export const text = (en: string, ja: string): LocalizedText => ({ en, ja });

export function reasonedPolicy(
  name: string,
  decideWithReasons: ReasonedPolicy['decideWithReasons'],
  chooseWithReason: ReasonedPolicy['chooseWithReason'],
): ReasonedPolicy {
  return {
    name,
    decideWithReasons,
    chooseWithReason,
    decide: (game) => decideWithReasons(game).decisions,
    choose: (game, event) => chooseWithReason(game, event).optionId,
  };
}
