// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  coachOnSameSeed,
  selectDebriefDecisions,
  selectOutcome,
  type Game,
} from '../../../src/sim/index';
import { TurningPoints } from '../../../src/renderer/features/debrief/TurningPoints';
import { bankruptGame } from '../../sim/helpers';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

async function show(language: 'en' | 'ja', game: Game) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <TurningPoints
        scenario={game.scenario}
        outcome={selectOutcome(game)}
        analysis={{
          status: 'done',
          result: { coach: coachOnSameSeed(game), decisions: selectDebriefDecisions(game) },
        }}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: game.scenario.currency }}
      />
    </I18nextProvider>,
  );
}

describe("the debrief's turning points", () => {
  it('tell a bankrupt player where the cash went and which decisions sent it there', async () => {
    // Seed 3: the quarter the cash ran out also lost score (on seed 1 its bookings lifted it).
    const game = bankruptGame(1 / 8, 3);
    expect(game.status).toBe('bankrupt');
    await show('en', game);
    const cash = screen.getByTestId('cash-ran-out').textContent ?? '';
    expect(cash).toContain('Where the cash went');
    expect(cash).toMatch(/Payroll: \$[\d.]+M/);
    // The same hiring kept in quarters 1 and 2 reads once.
    expect(cash).toContain('Q1–Q2 Hiring plan: 30 × Senior, Product engineers');
    expect(cash).toContain('Q1 Pay vs. market: 0% → 20%');
    expect(cash).not.toContain('Q2 Pay vs. market');
    const points = screen.getByTestId('turning-points').textContent ?? '';
    expect(points).toContain('The company ran out of cash');
    expect(points).toContain('Decisions behind it: Q1 Hiring plan');
  });

  it('name the decisions behind the quarter the cash ran out, however long ago they were made', async () => {
    // Full cash: the hiring and raises set in quarter 1 and kept run the cash out quarters later,
    // when no lever has changed for more than the turning points' window.
    const game = bankruptGame(1);
    expect(game.status).toBe('bankrupt');
    const last = game.history.length;
    expect(last).toBeGreaterThan(4);
    await show('en', game);
    const ending = screen
      .getByTestId('turning-points')
      .querySelector(`li[data-quarter="${last}"]`)!.textContent;
    expect(ending).toContain('The company ran out of cash');
    expect(ending).not.toContain('No lever change');
    expect(ending).toMatch(/The cash ran out mostly through Payroll \(\$[\d.]+M over the game\)/);
    expect(ending).toContain(`Q1–Q${last} Hiring plan: 30 × Senior, Product engineers`);
    const cash = screen.getByTestId('cash-ran-out').textContent ?? '';
    expect(cash).toContain(`Q1–Q${last} Hiring plan: 30 × Senior, Product engineers`);
    expect(cash).not.toContain('Q2 Hiring plan');
  });

  it('say so in Japanese too, without internal ids', async () => {
    await show('ja', bankruptGame(1 / 8));
    const cash = screen.getByTestId('cash-ran-out').textContent ?? '';
    expect(cash).toContain('資金はどこへ消えたか');
    expect(cash).toContain('人件費');
    expect(cash).not.toMatch(/talent\.|payroll/);
    // The score's move follows the sentence in full-width parentheses, with no space before them.
    const points = screen.getByTestId('turning-points').textContent ?? '';
    expect(points).toContain('。（スコア');
    expect(points).not.toMatch(/ （/);
  });
});
