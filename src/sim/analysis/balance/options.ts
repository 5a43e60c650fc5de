/**
 * Each dilemma and request option's value, counterfactually: the reference policy replays the
 * same seed with the event always answered by one option, for each option. Among the seeds
 * where the event came up, an option's share is how often it scored best (ties shared). An
 * option that is never best in 5% of its draws is dominated: remove it or give it a situation.
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
  /** seeds (of those played) in which the event came up */
  draws: number;
  options: { option: string; bestShare: number; meanScore: number }[];
  /** options best in less than DOMINATED_BELOW of the draws */
  dominated: string[];
}

export const DOMINATED_BELOW = 0.05;

export async function optionValues(
  scenario: Scenario,
  settings: Pick<LabSettings, 'optionSeeds'>,
  evaluate: Evaluate,
  onPlayed?: (played: number, total: number) => void,
): Promise<OptionValue[]> {
  const seeds = holdOutSeeds(settings.optionSeeds);
  const slots = answerSlots(scenario);
  const tasks: LabTask[] = slots.flatMap((s) =>
    s.options.flatMap((option) =>
      seeds.map((seed) => ({
        policy: { kind: 'forced-option', base: 'reference', source: s.source, option },
        seed,
      })),
    ),
  );
  const results = await evaluate(tasks, (n) => onPlayed?.(n, tasks.length));
  let at = 0;
  const out: OptionValue[] = [];
  for (const s of slots) {
    const byOption: TaskResult[][] = s.options.map(() => {
      const r = results.slice(at, at + seeds.length);
      at += seeds.length;
      return r;
    });
    // Up to the event the games are identical, so whether it came up is the same for all options.
    const drawnSeeds = seeds
      .map((_, i) => i)
      .filter((i) => byOption.some((rs) => rs[i]?.drawn.includes(s.source)));
    if (drawnSeeds.length === 0) continue;
    const wins = s.options.map(() => 0);
    for (const i of drawnSeeds) {
      const scores = byOption.map((rs) => rs[i]?.score ?? -Infinity);
      const top = Math.max(...scores);
      const winners = scores.map((x, k) => (x === top ? k : -1)).filter((k) => k >= 0);
      for (const k of winners) wins[k] = (wins[k] as number) + 1 / winners.length;
    }
    const options = s.options.map((option, k) => ({
      option,
      bestShare: (wins[k] as number) / drawnSeeds.length,
      meanScore: mean(drawnSeeds.map((i) => byOption[k]?.[i]?.score ?? Number.NaN)),
    }));
    out.push({
      source: s.source,
      draws: drawnSeeds.length,
      options,
      dominated: options.filter((o) => o.bestShare < DOMINATED_BELOW).map((o) => o.option),
    });
  }
  return out;
}
