// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ReportView } from '../../../src/renderer/features/report/ReportView';
import { bankruptGame } from '../../sim/helpers';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

describe('the report of the quarter the game ended', () => {
  it.each(['en', 'ja'] as const)(
    '%s: says first in what happened that the cash ran out, and only in that quarter',
    async (language) => {
      const game = bankruptGame(1 / 4);
      expect(game.status).toBe('bankrupt');
      const last = game.history.length;
      expect(last).toBeGreaterThan(1);
      const i18n = await createTestI18n(language);
      const format = {
        locale: language === 'ja' ? 'ja-JP' : 'en-US',
        currency: game.scenario.currency,
      };
      const view = render(
        <I18nextProvider i18n={i18n}>
          <ReportView game={game} quarter={last} format={format} />
        </I18nextProvider>,
      );
      const first = screen.getByTestId('highlights').querySelector('li');
      expect(first?.textContent).toBe(
        language === 'en'
          ? `The company ran out of cash in quarter ${last}.`
          : `第${last}四半期に資金が尽きました。`,
      );
      view.rerender(
        <I18nextProvider i18n={i18n}>
          <ReportView game={game} quarter={last - 1} format={format} />
        </I18nextProvider>,
      );
      expect(screen.queryByText(/ran out of cash|資金が尽きました/)).toBeNull();
    },
  );

  it("explains the cash's fall by an outflow, not by the revenue that came in", async () => {
    const game = bankruptGame(1 / 4);
    const last = game.history.length;
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ReportView
          game={game}
          quarter={last}
          format={{ locale: 'en-US', currency: game.scenario.currency }}
        />
      </I18nextProvider>,
    );
    const cash = screen.getByTestId('drivers-cash').textContent ?? '';
    expect(cash).toMatch(/Largest cause: [^(]+\(−\$/);
    expect(cash).not.toContain('Largest cause: Revenue');
  });
});
