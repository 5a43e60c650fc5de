// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Outcome } from '../../../src/sim/index';
import { ScoreFormula } from '../../../src/renderer/features/debrief/ScoreFormula';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

function outcome(status: Outcome['status'], factor: number, penalty: number): Outcome {
  return {
    status,
    score: Math.round(38.5 * factor * 10) / 10,
    grade: 'F',
    byArea: [],
    formula: {
      weightedSum: 38.5,
      endingFactor: factor,
      runwayPenalty: penalty,
      runwayPenaltyBelow: 2,
    },
    turningPoints: [],
  };
}

async function show(language: 'en' | 'ja', o: Outcome) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ScoreFormula
        outcome={o}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: 'USD' }}
      />
    </I18nextProvider>,
  );
  return screen.getByTestId('score-formula').textContent ?? '';
}

describe("the debrief's score formula", () => {
  it("shows a bankrupt game's factor and penalty, so 38.5 becomes 15.4 in plain sight", async () => {
    const text = await show('en', outcome('bankrupt', 0.4, 15));
    expect(text).toContain('Score = sum of the points 38.5 × 0.4');
    expect(text).toContain('bankruptcy');
    expect(text).toContain('= 15.4.');
    expect(text).toContain('lost 15 points');
  });

  it('shows a completed game as the plain sum, in Japanese too', async () => {
    const text = await show('ja', outcome('completed', 1, 0));
    expect(text).toContain('スコア = 点数の合計 = 38.5（完走したゲームは点数をすべて保ちます）。');
    expect(text).not.toContain('38.5 = 38.5');
    expect(text).not.toContain('ランウェイ');
  });
});
