// @vitest-environment happy-dom
/**
 * The balance lab's report as the app shows it: every figure through the app's formatters, in
 * the reader's locale, from a lab whose every score the test sets.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_LAB_SETTINGS, runBalanceLab, type BalanceReport } from '../../../src/sim/index';
import { BalanceResults } from '../../../src/renderer/features/balance/BalanceResults';
import { loadBuiltin } from '../../scenarios/builtin';
import { taskEvaluate } from '../../sim/analysis/scripted-lab';
import { sizeCharts } from '../chartSize';
import { createTestI18n } from '../testI18n';

sizeCharts();

afterEach(cleanup);

const scenario = loadBuiltin('series-b-saas.json');

/**
 * The reference scores 70 and 71 on seeds 1 and 2; random play 80 (the reference loses every
 * seed, by 9.5 on average); every other policy 65. Training held at 2 scores 72, every other held
 * lever 69. No game reports a company-year, so there is no Rule of 40 share to show.
 */
const scripted = taskEvaluate(scenario, ({ policy: p, seed }) => {
  if (p.kind === 'named' && p.name === 'reference') return 70 + (seed === 2 ? 1 : 0);
  if (p.kind === 'named' && p.name === 'random') return 80;
  if (p.kind === 'forced-lever') return p.lever === 'talent.training' && p.value === 2 ? 72 : 69;
  return 65;
});

let report: BalanceReport;
beforeAll(async () => {
  report = await runBalanceLab(
    scenario,
    {
      ...DEFAULT_LAB_SETTINGS,
      seeds: 2,
      sensitivitySeeds: 2,
      sections: ['policies', 'sensitivity'],
    },
    scripted,
  );
});

async function show(language: 'en' | 'ja') {
  render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <BalanceResults report={report} format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US' }} />
    </I18nextProvider>,
  );
}

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the balance lab’s report', () => {
  it('writes each policy’s figures with the app’s formatters', async () => {
    await show('en');
    const policies = screen.getByTestId('balance-policies');
    const random = within(policies).getByRole('row', { name: /^random/ });
    // mean, p10 / p50 / p90, completed, median grade, reference wins, reference margin
    expect(cells(random)).toEqual(['80', '80 / 80 / 80', '100%', 'B', '0%', '\u22129.5']);
    // The reference is not compared with itself: no figure, as the app writes none.
    const reference = within(policies).getByRole('row', { name: /^reference/ });
    expect(cells(reference).slice(0, 2)).toEqual(['70.5', '70.1 / 70.5 / 70.9']);
    expect(cells(reference).slice(-2)).toEqual(['—', '—']);
  });

  it('signs what reading a lever is worth, and shows no figure where nothing was measured', async () => {
    await show('en');
    const captions = within(screen.getByTestId('balance-sensitivity')).getAllByText(/^reading /);
    const training = captions.find((c) =>
      c.parentElement?.textContent?.startsWith('talent.training'),
    );
    expect(training?.textContent).toBe('reading \u22121.5');
    expect(training?.className).toBe('problem');
    const ladder = captions.find((c) =>
      c.parentElement?.textContent?.startsWith('talent.careerLadder'),
    );
    expect(ladder?.textContent).toBe('reading +1.5');
    expect(screen.getByText(/Rule of 40 met in —\./)).toBeTruthy();
  });

  it('shows each lever’s best value in each starting situation, with the seeds it was measured on', async () => {
    await show('en');
    const table = screen.getByTestId('balance-situation-levers');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers[0]).toBe('Lever');
    expect(headers[1]).toBe('The company as described (2 seeds)');
    expect(headers).toHaveLength(1 + (scenario.situations?.length ?? 0));
    // Training held at 2 is best in every situation, so no cell shows anything given up.
    const training = within(table).getByRole('row', { name: /^talent\.training/ });
    expect(new Set(cells(training))).toEqual(new Set(['2']));
    const levers = report.sensitivity?.length ?? 0;
    expect(table.textContent).toContain(
      `${levers} of ${levers} levers (greyed) have no such situation`,
    );
  });

  it('says it in Japanese with the same figures', async () => {
    await show('ja');
    expect(screen.getByText(/検証用シード2個/)).toBeTruthy();
    expect(screen.getAllByText('読み \u22121.5').length).toBe(1);
    expect(screen.getByText(/Rule of 40 を満たした年は—。/)).toBeTruthy();
    expect(screen.getByTestId('balance-situation-levers').textContent).toContain('（2シード）');
  });
});
