/**
 * How the quarter's pending choices meet the player: each dilemma and each request in a dialog
 * of its own, except the small requests (a request template's `small`), which are answered
 * together in one dialog (issue 13: a game's 12-22 dialogs, each answered alone, were a load).
 * Pure; every caller (the app, the workshop's team page, the load measure) groups the same way.
 */
import type { PendingEvent } from './types';

export type ChoiceDialog =
  | { kind: 'single'; event: PendingEvent }
  /** every small request waiting, in the order they were drawn */
  | { kind: 'small-requests'; events: PendingEvent[] };

/**
 * The dialogs for `pending`, in order. Two or more small requests share one dialog, which stands
 * where the first of them is, so the quarter's bigger choices keep their place; a small request
 * alone has a dialog of its own like any request.
 */
export function choiceDialogs(pending: readonly PendingEvent[]): ChoiceDialog[] {
  const smallOnes = pending.filter(isSmallRequest);
  if (smallOnes.length < 2) return pending.map((event) => ({ kind: 'single', event }));
  const dialogs: ChoiceDialog[] = [];
  for (const event of pending)
    if (!isSmallRequest(event)) dialogs.push({ kind: 'single', event });
    else if (event === smallOnes[0]) dialogs.push({ kind: 'small-requests', events: smallOnes });
  return dialogs;
}

/** Whether a pending choice is a small request (answered with the others in one dialog). */
export function isSmallRequest(event: PendingEvent): boolean {
  return event.kind === 'request' && event.small === true;
}
