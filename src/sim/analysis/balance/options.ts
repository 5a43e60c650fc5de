/**
 * Each dilemma and request option's value, counterfactually: the reference policy replays the
 * same seed with the event always answered by one option, for each option. Among the seeds
 * where the event came up, an option's share is how often it scored best (ties shared). An
 * option that is never best in 5% of its draws is dominated: remove it or give it a situation.
 *
 * Draws, not seeds: a rare card (drawn in 3-5% of games) came up 2-7 times in a fixed 60 seeds,
 * too few to tell an option that is never best from one that is best in one game in ten. So the
 * lab first plays the reference alone over a pool of hold-out seeds (one game each) and notes
 * which cards and requests each game drew; up to the event a forced-option game is that same
 * game (the same decisions and the same generator), so the event comes up in exactly those
 * seeds. Each event's options are then played on its first `optionDraws` drawing seeds only: every
 * card is judged on the same number of draws where the pool has them, and no game is spent on a
 * seed where the event never came up.
 *
 * Every game here plays with card risks at their expected value (Game.risks 'expected': a risk's
 * effects scaled by its chance, never drawn), so "best" means best in expectation in the situation
 * the card came up in. With drawn risks an option was judged by its luck: the paired games share
 * every other draw (one generator per kind of draw, ADR 0002), so a risky option won exactly the
 * draws in which its risk did not fire and lost the others, whatever the situation. A player
 * answering the card sees the situation, not the draw: ai-assistants-rollout/free-for-all was
 * best in many draws on engine 1.24.0 while having its card's lowest mean, and an option whose
 * risk is likely in every situation the card meets could pass the 5% line on the draws where it
 * missed. The draws that remain are the situations (the company, the market, the quarter) and the
 * luck that follows the answer, which all options meet alike.
 *
 * The same games tell what reading an event is worth. A fixed plan answers each event one way;
 * the best it can do is the option best on average. The reference answers each draw as it reads
 * the situation, and its own game on that seed (the scouting game) is the score of that reading:
 * its mean less the best single option's mean is what reading this event is worth (issue 11's
 * fixed-plan target is made of such leads). The mean of each draw's best option bounds it: no
 * reading of the situation can do better than knowing how every answer turns out.
 */
import type { Scenario } from '../../scenario/schema';
import { mean } from '../stats';
import { answerSlots } from '../search/plan-space';
import type { Evaluate } from './evaluate';
import type { LabSettings } from './lab';
import { holdOutSeeds } from './seeds';
import type { LabTask, TaskResult } from './tasks';

export interface OptionValue {
  source: string;
  /** seeds in which the event came up and its options were played (at most optionDraws) */
  draws: number;
  /** share of the pool's games (the reference's, one a seed) in which the event came up */
  drawnShare: number;
  options: { option: string; bestShare: number; meanScore: number }[];
  /** options best in less than DOMINATED_BELOW of the draws */
  dominated: string[];
  /** the reference's mean score on the same draws, answering the event as it reads each one */
  reference: number;
  /**
   * the reference's mean less the best single option's mean: what its reading of this event is
   * worth against a fixed plan that always gives the one answer best on average (negative: the
   * fixed answer does better)
   */
  readingWorth: number;
  /**
   * the mean over draws of the best option's score, less the best single option's mean: the most
   * that answering this event by the situation could be worth. An upper bound, not a target: the
   * best option of a draw is known only afterwards, luck included.
   */
  bound: number;
}

/**
 * What answering the events by the situation is worth in a game, each event weighted by the
 * share of games it comes up in: the reference's answers against each event's best single
 * answer, and the bound of answering every draw at its best (OptionValue).
 */
export function readingPerGame(values: readonly OptionValue[]): {
  reference: number;
  bound: number;
} {
  let reference = 0;
  let bound = 0;
  for (const v of values) {
    reference += v.drawnShare * v.readingWorth;
    bound += v.drawnShare * v.bound;
  }
  return { reference, bound };
}

export const DOMINATED_BELOW = 0.05;

export async function optionValues(
  scenario: Scenario,
  settings: Pick<LabSettings, 'optionDraws' | 'optionPoolSeeds'>,
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<OptionValue[]> {
  const pool = holdOutSeeds(settings.optionPoolSeeds);
  const slots = answerSlots(scenario);
  const scouted = await evaluate(
    pool.map((seed) => ({ policy: { kind: 'named', name: 'reference' }, seed, risks: 'expected' })),
  );
  const drawnIn = slots.map((s) => scouted.filter((r) => r.drawn.includes(s.source)));
  const drawing = drawnIn.map((games) => games.slice(0, settings.optionDraws));
  const tasks: LabTask[] = slots.flatMap((s, i) =>
    s.options.flatMap((option) =>
      (drawing[i] as TaskResult[]).map(({ seed }) => ({
        policy: { kind: 'forced-option', base: 'reference', source: s.source, option },
        seed,
        risks: 'expected',
      })),
    ),
  );
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  let at = 0;
  const out: OptionValue[] = [];
  slots.forEach((s, i) => {
    const own = drawing[i] as TaskResult[];
    const n = own.length;
    const byOption: TaskResult[][] = s.options.map(() => {
      const r = results.slice(at, at + n);
      at += n;
      return r;
    });
    if (n === 0) return;
    const wins = s.options.map(() => 0);
    let topSum = 0;
    for (let j = 0; j < n; j++) {
      const scores = byOption.map((rs) => rs[j]?.score ?? -Infinity);
      const top = Math.max(...scores);
      topSum += top;
      const winners = scores.map((x, k) => (x === top ? k : -1)).filter((k) => k >= 0);
      for (const k of winners) wins[k] = (wins[k] as number) + 1 / winners.length;
    }
    const options = s.options.map((option, k) => ({
      option,
      bestShare: (wins[k] as number) / n,
      meanScore: mean((byOption[k] ?? []).map((r) => r.score)),
    }));
    const bestSingle = Math.max(...options.map((o) => o.meanScore));
    const reference = mean(own.map((r) => r.score));
    out.push({
      source: s.source,
      draws: n,
      drawnShare: (drawnIn[i] as TaskResult[]).length / pool.length,
      options,
      dominated: options.filter((o) => o.bestShare < DOMINATED_BELOW).map((o) => o.option),
      reference,
      readingWorth: reference - bestSingle,
      bound: topSum / n - bestSingle,
    });
  });
  return out;
}
