// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  answerEvent,
  continueGame,
  defaultDecisions,
  newGame,
  parseScenario,
  scoreGameForecasts,
  submitDecisions,
  type Game,
} from '../../../src/sim/index';
import { SoloForecast } from '../../../src/renderer/features/forecast/SoloForecast';
import { createTestI18n } from '../testI18n';

function scenario() {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'series-b-saas.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('series-b-saas.json does not parse');
  return parsed.value;
}

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** The game at the next quarter's planning: default plan, first options, continue. */
function nextPlanning(game: Game): Game {
  const played = submitDecisions(game, defaultDecisions(game));
  if (!played.ok) throw new Error('the engine refused the default plan');
  let g = played.value;
  while (g.pending.length > 0) {
    const e = g.pending[0]!;
    const answered = answerEvent(g, e.id, e.options[0]!.id);
    if (!answered.ok) throw new Error('the engine refused an answer');
    g = answered.value;
  }
  return continueGame(g);
}

const format = { locale: 'en-US', currency: 'USD' } as const;

async function show(game: Game, language: 'en' | 'ja' = 'en') {
  const i18n = await createTestI18n(language);
  return render(
    <I18nextProvider i18n={i18n}>
      <SoloForecast game={game} format={format} />
    </I18nextProvider>,
  );
}

describe('the solo forecast step', () => {
  it('is optional, records a forecast with its reason, and shows the engine’s score next quarter', async () => {
    const game = newGame(scenario(), 4);
    await show(game);
    expect(screen.getByText(/^Optional:/)).toBeTruthy();
    // It starts from the figures as the quarter starts (the engine's), attrition in percent.
    expect((screen.getByTestId('forecast-cash') as HTMLInputElement).value).toBe(
      String(Math.round(game.baseline.cash * 10) / 10),
    );
    fireEvent.change(screen.getByTestId('forecast-incidents'), { target: { value: '7' } });
    fireEvent.change(screen.getByTestId('forecast-attritionRate'), { target: { value: '15' } });
    fireEvent.change(screen.getByTestId('forecast-reason'), {
      target: { value: 'hiring strains on-call' },
    });
    expect(screen.getByTestId('forecast-state').textContent).toBe('Not recorded yet.');
    fireEvent.click(screen.getByTestId('forecast-record'));
    expect(await screen.findByText(/^Forecast recorded/)).toBeTruthy();
    cleanup();

    const next = { value: nextPlanning(game) };
    await show(next.value);
    const result = screen.getByTestId('forecast-result-1');
    const expected = scoreGameForecasts(next.value, [
      {
        quarter: 1,
        reason: 'hiring strains on-call',
        figures: {
          cash: Math.round(game.baseline.cash * 10) / 10,
          incidents: 7,
          attritionRate: 0.15,
          featuresDelivered: Math.round(game.baseline.featuresDelivered * 10) / 10,
        },
      },
    ])[0]!;
    expect(result.textContent).toContain(
      `Your forecast for quarter 1: ${expected.score.toFixed(0)} / 100`,
    );
    expect(result.textContent).toContain('hiring strains on-call');
    // The next quarter's form starts again from its own baseline, nothing recorded.
    expect(screen.getByTestId('forecast-state').textContent).toBe('Not recorded yet.');
  });

  it('ignores a kept forecast that is not one (a tampered tab)', async () => {
    const game = newGame(scenario(), 4);
    sessionStorage.setItem(
      `vpoe-forecasts:${game.scenario.id}:${game.seed}`,
      JSON.stringify([{ quarter: 1, figures: { cash: 'lots' }, reason: 1 }]),
    );
    await show(game, 'ja');
    expect(screen.getByText('まだ記録していません。')).toBeTruthy();
  });
});
