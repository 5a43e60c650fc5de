/**
 * The search's last step: improve the best plan's answers one card at a time. The cross-entropy
 * method moves every dimension at once, and a card's answer is worth a tenth of a point or two
 * against lever dimensions worth several, so its generations leave answers close to where they
 * started: on engine 1.37.0, improving only the answers of each scenario's strongest kept plan,
 * card by card on 30 search seeds, took 0.5-1.1 points off the reference's margin on the
 * hold-out seeds in all four built-in scenarios (docs/model.md, "Where a responsive player's
 * lead can come from"). An adversary that leaves those points on the table overstates how much
 * reading the situation is worth, so the search spends part of its budget on coordinate ascent
 * over the answers (every card the plan meets on the polish seeds; the best alternative replaces
 * the answer when it scores higher on the same seeds), pass after pass until a pass changes
 * nothing or the games run out.
 */
import type { FixedPlan } from '../../policies';
import type { Scenario } from '../../scenario/schema';
import { mean } from '../stats';
import { answerSlots } from '../search/plan-space';
import { playOnSeeds, type Evaluate } from './evaluate';
import type { TaskResult } from './tasks';

/** Share of the search's budget its answer polish may play (the generations get the rest). */
export const POLISH_SHARE = 0.4;

/**
 * Plans the polish chooses from: the search's leaders on its own few seeds, of which the one
 * that scores best on the polish's more numerous seeds is polished (engine 1.36.0, mega-venture:
 * the leader on the search's 6 seeds was not the strongest plan on the hold-out seeds).
 */
export const POLISH_CANDIDATES = 3;

/** A plan the polish may start from, and where it came from (a plan's name or the search). */
export interface PolishStart {
  plan: FixedPlan;
  source: string;
}

export interface AnswerChange {
  /** card or request id */
  source: string;
  from: string;
  to: string;
  /** the plan's mean on the polish seeds, before and after */
  before: number;
  after: number;
}

export interface PolishResult {
  plan: FixedPlan;
  /** where the plan it polished came from (`PolishStart.source`) */
  from: string;
  /** the plan's mean on the polish seeds after the polish (null: too few games to try an answer) */
  score: number | null;
  seeds: number[];
  games: number;
  changes: AnswerChange[];
}

/**
 * Coordinate ascent over a plan's answers on `seeds`, playing at most `budget` games, from the
 * best of `starts` on those seeds. Cards the plan does not meet on these seeds are left as they
 * are (every answer to them scores the same).
 */
export async function polishAnswers(
  scenario: Scenario,
  starts: readonly PolishStart[],
  seeds: readonly number[],
  budget: number,
  evaluate: Evaluate,
  onPlayed?: (played: number) => void,
): Promise<PolishResult> {
  const slots = answerSlots(scenario);
  let games = 0;
  const play = async (plans: FixedPlan[]): Promise<TaskResult[][]> => {
    const base = games;
    const results = await playOnSeeds(
      evaluate,
      plans.map((plan) => ({ kind: 'fixed', plan })),
      seeds,
      (n) => onPlayed?.(base + n),
    );
    games += plans.length * seeds.length;
    return results;
  };
  const first = starts[0];
  if (!first) throw new RangeError('the answer polish needs a plan to start from');
  // Playing the plans is worth its games only if one alternative can be played after them: as
  // many of the starts (best first) as leave room for that.
  const affordable = Math.floor(budget / Math.max(1, seeds.length)) - 1;
  starts = starts.slice(0, affordable);
  if (seeds.length === 0 || affordable < 1)
    return {
      plan: first.plan,
      from: first.source,
      score: null,
      seeds: [...seeds],
      games,
      changes: [],
    };
  const played = await play(starts.map((s) => s.plan));
  const means = played.map((results) => mean(results.map((r) => r.score)));
  const chosen = means.indexOf(Math.max(...means));
  let plan = (starts[chosen] as PolishStart).plan;
  let current = played[chosen] as TaskResult[];
  let score = means[chosen] as number;
  const changes: AnswerChange[] = [];
  let passChanged = true;
  let outOfGames = false;
  while (passChanged && !outOfGames) {
    passChanged = false;
    for (const slot of slots) {
      const met = current.some((r) => r.drawn.includes(slot.source));
      const answer = plan.choices[slot.source] ?? slot.start;
      const alternatives = slot.options.filter((o) => o !== answer);
      if (!met || alternatives.length === 0) continue;
      if (games + alternatives.length * seeds.length > budget) {
        outOfGames = true;
        break;
      }
      const candidates = alternatives.map((to) => ({
        ...plan,
        choices: { ...plan.choices, [slot.source]: to },
      }));
      const tried = await play(candidates);
      const tries = tried.map((results) => mean(results.map((r) => r.score)));
      const best = tries.indexOf(Math.max(...tries));
      const after = tries[best] as number;
      if (after <= score) continue;
      changes.push({
        source: slot.source,
        from: answer,
        to: alternatives[best] as string,
        before: score,
        after,
      });
      plan = candidates[best] as FixedPlan;
      current = tried[best] as TaskResult[];
      score = after;
      passChanged = true;
    }
  }
  const from = (starts[chosen] as PolishStart).source;
  return { plan, from, score, seeds: [...seeds], games, changes };
}
