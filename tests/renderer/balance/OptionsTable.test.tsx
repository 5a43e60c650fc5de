// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { OptionValue } from '../../../src/sim/index';
import { OptionsTable } from '../../../src/renderer/features/balance/OptionsTable';
import { createTestI18n } from '../testI18n';

const options: OptionValue[] = [
  {
    source: 'launch-crunch',
    draws: 40,
    drawnShare: 0.5,
    options: [
      { option: 'crunch', bestShare: 0.6, meanScore: 70 },
      { option: 'cut-scope', bestShare: 0.38, meanScore: 69.5 },
      { option: 'contractors', bestShare: 0.02, meanScore: 68 },
    ],
    dominated: ['contractors'],
    reference: 70.4,
    readingWorth: 0.4,
    bound: 1.2,
  },
  {
    source: 'introduce-sre',
    draws: 40,
    drawnShare: 0.25,
    options: [
      { option: 'sre-team', bestShare: 0.5, meanScore: 71 },
      { option: 'consultancy', bestShare: 0.5, meanScore: 70.9 },
    ],
    dominated: [],
    reference: 70.8,
    readingWorth: -0.2,
    bound: 0.6,
  },
];

afterEach(cleanup);

async function show(language: 'en' | 'ja') {
  render(
    <I18nextProvider i18n={await createTestI18n(language)}>
      <OptionsTable options={options} format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US' }} />
    </I18nextProvider>,
  );
}

describe('the balance lab’s event options', () => {
  it('shows what reading each event is worth, its bound and the worth in a game', async () => {
    await show('en');
    // 0.5 x 0.4 + 0.25 x -0.2 = 0.15 a game; bound 0.5 x 1.2 + 0.25 x 0.6 = 0.75.
    expect(screen.getByTestId('balance-reading').textContent).toContain(
      'worth +0.15 points a game',
    );
    expect(screen.getByTestId('balance-reading').textContent).toContain('at most +0.75');
    const rows = screen.getByTestId('balance-options').querySelectorAll('tbody tr');
    // The app's signed figures: at most two decimals here, as every screen writes them.
    expect(rows[0]?.querySelectorAll('td')[3]?.textContent).toBe('+0.4');
    expect(rows[0]?.querySelectorAll('td')[1]?.textContent).toBe('50%');
    // A reading that loses to a fixed answer is marked, with the product's minus sign.
    const lost = rows[1]?.querySelectorAll('td')[3];
    expect(lost?.textContent).toBe('\u22120.2');
    expect(lost?.className).toBe('problem');
  });

  it('says it in Japanese', async () => {
    await show('ja');
    expect(screen.getByTestId('balance-reading').textContent).toContain('+0.15ポイント');
    expect(screen.getByText('読み')).toBeTruthy();
  });
});
