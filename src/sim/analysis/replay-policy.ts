/**
 * The player's play as an engine policy, to re-run it under other seeds: each quarter the
 * decisions the player made in that quarter (when the engine accepts them in the new situation),
 * and for each dilemma or request the player's own answer where the same card appears.
 * Anything the player never faced gets the engine's defaults, so the policy stays the player's
 * and never borrows the balanced reference's judgement.
 */
import { checkDecisions } from '../decisions';
import { defaultDecisions } from '../game';
import type { Decisions, Game, Policy } from '../types';

export interface PlayerPlay {
  /** decisions by quarter (index 0 = quarter 1), from the player's log */
  decisions: Decisions[];
  /**
   * the player's answers: by "quarter:sourceId" (exactly where they gave it) and by sourceId
   * alone (their first answer to that card or request, for when it turns up in another quarter)
   */
  answers: Record<string, string>;
}

/** What of a game the replay policy needs (plain data, so it can go to a worker). */
export function playerPlayOf(game: Game): PlayerPlay {
  const answers: Record<string, string> = {};
  for (const record of game.history)
    for (const choice of record.choices) {
      answers[`${record.quarter}:${choice.sourceId}`] ??= choice.optionId;
      answers[choice.sourceId] ??= choice.optionId;
    }
  return { decisions: game.log.map((entry) => entry.decisions), answers };
}

/** How often the player's own decisions had to be replaced (the situation made them impossible). */
export interface ReplayCounts {
  used: number;
  replaced: number;
}

export function replayPolicy(play: PlayerPlay, counts?: ReplayCounts): Policy {
  return {
    name: 'player-replay',
    decide(game) {
      const own = play.decisions[game.quarter - 1];
      if (own && checkDecisions(game, own).length === 0) {
        if (counts) counts.used += 1;
        return own;
      }
      // Past the player's last quarter, or e.g. layoffs of people this run never hired.
      if (own && counts) counts.replaced += 1;
      return defaultDecisions(game);
    },
    choose(game, event) {
      const valid = (id: string | undefined): id is string =>
        id !== undefined && event.options.some((o) => o.id === id);
      const here = play.answers[`${game.quarter}:${event.sourceId}`];
      if (valid(here)) return here;
      const anywhere = play.answers[event.sourceId];
      return valid(anywhere) ? anywhere : event.defaultOptionId;
    },
  };
}
