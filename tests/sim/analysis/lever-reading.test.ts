/**
 * What reading a lever is worth (sensitivity.ts): the reference as it is, on the same seeds as
 * the lever's held values, against the best of them; from scripted scores.
 */
import { describe, expect, it } from 'vitest';
import { formatBalanceMarkdown } from '../../../src/cli/balance-format';
import { DEFAULT_LAB_SETTINGS, runBalanceLab, type LabTask } from '../../../src/sim/index';
import { leverSensitivity } from '../../../src/sim/analysis/balance/sensitivity';
import { loadBuiltin } from '../../scenarios/builtin';
import { taskEvaluate } from './scripted-lab';

const scenario = loadBuiltin('series-b-saas.json');

/** The reference scores 70 (71 on seed 2); held levers 69, but training held at 2 scores 72. */
const scripted = taskEvaluate(scenario, ({ policy: p, seed }) =>
  p.kind === 'named'
    ? 70 + (seed === 2 ? 1 : 0)
    : p.kind === 'forced-lever' && p.lever === 'talent.training' && p.value === 2
      ? 72
      : 69,
);

describe('what reading a lever is worth', () => {
  it("sets the reference's own games against the lever's best held value, on the same seeds", async () => {
    const seen: LabTask[] = [];
    const curves = await leverSensitivity(
      scenario,
      { sensitivitySeeds: 2 },
      [70, 71, 99],
      async (tasks, on) => {
        seen.push(...tasks);
        return scripted(tasks, on);
      },
    );
    // The reference's games are the lab's (its first hold-out seeds), not played again.
    expect(seen.every((t) => t.policy.kind === 'forced-lever')).toBe(true);
    expect(new Set(seen.map((t) => t.seed))).toEqual(new Set([1, 2]));
    const training = curves.find((c) => c.lever === 'talent.training');
    expect(training?.reference).toBe(70.5);
    expect(training?.readingWorth).toBeCloseTo(-1.5, 9);
    const ladder = curves.find((c) => c.lever === 'talent.careerLadder');
    expect(ladder?.readingWorth).toBeCloseTo(1.5, 9);
  });

  it('plays the reference once a seed in a lab with the sweep', async () => {
    const seen: LabTask[] = [];
    const report = await runBalanceLab(
      scenario,
      { ...DEFAULT_LAB_SETTINGS, seeds: 3, sensitivitySeeds: 2, sections: ['sensitivity'] },
      async (tasks, on) => {
        seen.push(...tasks);
        return scripted(tasks, on);
      },
    );
    const own = seen.filter((t) => t.policy.kind === 'named' && t.policy.name === 'reference');
    expect(own.map((t) => t.seed)).toEqual([1, 2, 3]);
    expect(report.sensitivity?.[0]?.reference).toBe(70.5);
    expect(report.games).toBe(seen.length);
  });

  it('shows it in the Markdown report', async () => {
    const report = await runBalanceLab(
      scenario,
      { ...DEFAULT_LAB_SETTINGS, seeds: 2, sensitivitySeeds: 2, sections: ['sensitivity'] },
      scripted,
    );
    const md = formatBalanceMarkdown(report);
    expect(md).toContain('| Lever | Values: mean score | Best | Best at | Reading |');
    expect(md).toMatch(
      /\| talent\.training \| 0: 69\.0, 1: 69\.0, 2: 72\.0, 3: 69\.0 \| 2 \| inside \| −1\.50 \|/,
    );
    expect(md).toContain("the reference's own mean on those seeds (70.5)");
  });
});
