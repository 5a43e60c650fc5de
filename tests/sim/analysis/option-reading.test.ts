/**
 * What reading an event is worth (options.ts): the reference's own game on each draw against the
 * event's best single answer, and the bound of answering every draw at its best, from scripted
 * scores so that every figure is known.
 */
import { describe, expect, it } from 'vitest';
import { formatBalanceMarkdown, formatPooledMarkdown } from '../../../src/cli/balance-format';
import {
  DEFAULT_LAB_SETTINGS,
  readingPerGame,
  runBalanceLab,
  type LabTask,
} from '../../../src/sim/index';
import { optionValues } from '../../../src/sim/analysis/balance/options';
import { loadBuiltin } from '../../scenarios/builtin';
import { taskEvaluate } from './scripted-lab';

const scenario = loadBuiltin('series-b-saas.json');
const CARD = 'launch-crunch';
/** The card comes up in pool seeds 1-3 of 4; scores by who answers and seed. */
const SCORES: Record<string, Record<number, number>> = {
  reference: { 1: 70, 2: 70, 3: 60, 4: 50 },
  crunch: { 1: 70, 2: 60, 3: 65 },
  'cut-scope': { 1: 60, 2: 70, 3: 66 },
  contractors: { 1: 50, 2: 50, 3: 50 },
};

const scoreOf = ({ policy: p, seed }: LabTask) => {
  const who = p.kind === 'forced-option' ? p.option : p.kind === 'named' ? p.name : 'other';
  return SCORES[who]?.[seed] ?? 0;
};
const drawnOf = ({ seed }: LabTask) => (seed <= 3 ? [CARD] : []);
const scripted = taskEvaluate(scenario, scoreOf, drawnOf);

describe('what reading an event is worth', () => {
  it("sets the reference's game on each draw against the best single answer, and bounds it", async () => {
    const values = await optionValues(scenario, { optionDraws: 10, optionPoolSeeds: 4 }, scripted);
    expect(values.map((v) => v.source)).toEqual([CARD]);
    const v = values[0]!;
    expect(v.draws).toBe(3);
    expect(v.drawnShare).toBe(0.75);
    // Best single answer: cut-scope, (60 + 70 + 66) / 3 = 65.33; the reference reads seeds 1 and
    // 2 right and seed 3 wrong: (70 + 70 + 60) / 3 = 66.67.
    expect(v.reference).toBeCloseTo(200 / 3, 9);
    expect(v.readingWorth).toBeCloseTo(200 / 3 - 196 / 3, 9);
    // Each draw's best: 70, 70, 66.
    expect(v.bound).toBeCloseTo(206 / 3 - 196 / 3, 9);
    // In a game: the event comes up in 3 of 4.
    const perGame = readingPerGame(values);
    expect(perGame.reference).toBeCloseTo(0.75 * (4 / 3), 9);
    expect(perGame.bound).toBeCloseTo(0.75 * (10 / 3), 9);
  });

  it('a fixed answer that beats the reading shows as a negative worth, in the Markdown too', async () => {
    const settings = {
      ...DEFAULT_LAB_SETTINGS,
      seeds: 2,
      sections: ['options' as const],
      optionDraws: 10,
      optionPoolSeeds: 4,
    };
    const worse = taskEvaluate(
      scenario,
      (t) => scoreOf(t) - (t.policy.kind === 'named' ? 10 : 0),
      drawnOf,
    );
    const report = await runBalanceLab(scenario, settings, worse);
    const v = report.options?.[0];
    expect(v?.readingWorth).toBeCloseTo(170 / 3 - 196 / 3, 9);
    const md = formatBalanceMarkdown(report);
    expect(md).toContain(
      '| Card or request | Draws | In games | Options: best share (mean score) | Reading | Bound | Dominated |',
    );
    expect(md).toMatch(
      /\| launch-crunch \| 3 \| 75% \| .* \| −8\.67 \| \+3\.33 \| \*\*contractors\*\* \|/,
    );
    expect(md).toContain("the reference's answers are worth −6.50 points a game");
    // The index of every scenario's report shows the same figures, a game, with the bound.
    const index = formatPooledMarkdown([report], []);
    expect(index).toContain('| Reading the events, a game (bound) |');
    expect(index).toContain('| −6.50 (+2.50) |');
  });
});
