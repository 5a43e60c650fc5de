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
  options: { option: string; bestShare: number; meanScore: number }[];
  /** options best in less than DOMINATED_BELOW of the draws */
  dominated: string[];
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
  const drawing = slots.map((s) =>
    scouted
      .filter((r) => r.drawn.includes(s.source))
      .slice(0, settings.optionDraws)
      .map((r) => r.seed),
  );
  const tasks: LabTask[] = slots.flatMap((s, i) =>
    s.options.flatMap((option) =>
      (drawing[i] as number[]).map((seed) => ({
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
    const n = (drawing[i] as number[]).length;
    const byOption: TaskResult[][] = s.options.map(() => {
      const r = results.slice(at, at + n);
      at += n;
      return r;
    });
    if (n === 0) return;
    const wins = s.options.map(() => 0);
    for (let j = 0; j < n; j++) {
      const scores = byOption.map((rs) => rs[j]?.score ?? -Infinity);
      const top = Math.max(...scores);
      const winners = scores.map((x, k) => (x === top ? k : -1)).filter((k) => k >= 0);
      for (const k of winners) wins[k] = (wins[k] as number) + 1 / winners.length;
    }
    const options = s.options.map((option, k) => ({
      option,
      bestShare: (wins[k] as number) / n,
      meanScore: mean((byOption[k] ?? []).map((r) => r.score)),
    }));
    out.push({
      source: s.source,
      draws: n,
      options,
      dominated: options.filter((o) => o.bestShare < DOMINATED_BELOW).map((o) => o.option),
    });
  });
  return out;
}
