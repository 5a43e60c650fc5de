// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { branchGame, newGame } from '../../../src/sim/index';
import { CompareView } from '../../../src/renderer/features/compare/CompareView';
import { sizeCharts } from '../chartSize';
import { createTestI18n } from '../testI18n';
import { featuresOnly, freshGame, playTo } from '../saves/games';
import { loadScenario } from '../../sim/helpers';
import { loadBuiltin } from '../../scenarios/builtin';

sizeCharts();

afterEach(cleanup);

const original = playTo(freshGame(21), 4);
const branch = playTo(branchGame(original, 2), 4, (d, q) => (q >= 2 ? featuresOnly(d) : d));
const format = { locale: 'en-US', currency: original.scenario.currency };

async function show(language: 'en' | 'ja', a = original, b = branch) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <CompareView
        a={{ game: a, name: 'original' }}
        b={{ game: b, name: 'what-if' }}
        format={format}
      />
    </I18nextProvider>,
  );
}

describe('CompareView', () => {
  it('lists the levers that differed, by quarter, with both values', async () => {
    await show('en');
    expect(screen.getByTestId('fork-note').textContent).toBe(
      'The branch forked from the other run at quarter 2.',
    );
    const table = screen.getByTestId('decision-diff');
    expect(table.querySelectorAll('tr[data-quarter="1"]')).toHaveLength(0);
    const debtRow = within(table)
      .getAllByRole('row')
      .find(
        (r) => r.getAttribute('data-quarter') === '2' && /Debt paydown/i.test(r.textContent ?? ''),
      );
    expect(debtRow).toBeDefined();
    const cells = within(debtRow!).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('Q2');
    expect(cells[2]!.textContent).toBe(`${original.history[1]!.decisions.allocation.debtPaydown}%`);
    expect(cells[3]!.textContent).toBe('0%');
    expect(screen.queryByTestId('no-differences')).toBeNull();
  });

  it('says so when nothing differed, in Japanese too', async () => {
    await show('ja', original, original);
    expect(screen.getByTestId('no-differences').textContent).toBe(
      '2つのプレイは、どの四半期でも同じ意思決定と回答をしました。',
    );
    expect(screen.getByTestId('decision-diff').querySelectorAll('tbody tr')).toHaveLength(0);
  });

  it('names each run’s starting situation, which differs between seeds', async () => {
    // Seeds 3 and 2 of the built-in series-b-saas (situations kept, unlike freshGame's) start in
    // "A smaller round" and "A fragile platform".
    const builtin = loadBuiltin('series-b-saas.json');
    await show('en', playTo(newGame(builtin, 3), 1), playTo(newGame(builtin, 2), 1));
    expect(screen.getAllByTestId('situation-tag').map((e) => e.textContent)).toEqual([
      'Starting situation: A smaller round',
      'Starting situation: A fragile platform',
    ]);
  });

  it('refuses runs of different scenario versions', async () => {
    const edited = loadScenario((raw) => {
      raw.horizonQuarters = 8;
      delete raw.objectives; // judged at quarter 12, after this version's last
    });
    const other = playTo(freshGame(21), 1);
    await show('en', original, { ...other, scenario: edited });
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be compared/);
  });
});
