// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  GENERAL_REFLECTION,
  carelessPolicy,
  coachOnSameSeed,
  deckFor,
  runGame,
  selectDebriefDecisions,
  type CoachReport,
  type Game,
} from '../../../src/sim/index';
import { CoachPanel } from '../../../src/renderer/features/debrief/CoachPanel';
import { loadScenario } from '../../sim/helpers';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

const game = runGame(loadScenario(), 7, carelessPolicy);
const coach = coachOnSameSeed(game);

async function show(language: 'en' | 'ja', played: Game, report: CoachReport) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <CoachPanel
        game={played}
        analysis={{
          status: 'done',
          result: { coach: report, decisions: selectDebriefDecisions(played) },
        }}
        format={{
          locale: language === 'ja' ? 'ja-JP' : 'en-US',
          currency: played.scenario.currency,
        }}
      />
    </I18nextProvider>,
  );
  return screen.getByTestId('coach-reflection').querySelectorAll(':scope > li');
}

describe("the coach panel's reflection", () => {
  it.each(['en', 'ja'] as const)(
    "asks, for each dilemma met, that card's own questions (%s)",
    async (language) => {
      expect(coach.dilemmas.length).toBeGreaterThan(1);
      const items = await show(language, game, coach);
      expect(items).toHaveLength(coach.dilemmas.length);
      const deck = deckFor(game.scenario);
      coach.dilemmas.forEach((d, i) => {
        const card = deck.dilemmas.find((c) => c.id === d.cardId)!;
        const asked = within(items[i] as HTMLElement)
          .getByTestId('reflection-questions')
          .querySelectorAll('li');
        expect([...asked].map((li) => li.textContent)).toEqual(
          card.reflection!.map((q) => q[language]),
        );
      });
    },
  );

  it('still says whether the coach answered alike or differently', async () => {
    const items = await show('en', game, coach);
    coach.dilemmas.forEach((d, i) => {
      expect(within(items[i] as HTMLElement).getByTestId('coach-alike').textContent).toBe(
        d.same
          ? 'You and the coach chose the same option.'
          : 'You and the coach chose differently.',
      );
    });
    expect(coach.dilemmas.some((d) => !d.same)).toBe(true);
  });

  it('shows the questions the report gives (for a card without its own, the general one)', async () => {
    const first = coach.dilemmas[0]!;
    const items = await show('ja', game, {
      ...coach,
      dilemmas: [{ ...first, questions: [GENERAL_REFLECTION.differed] }],
    });
    expect(within(items[0] as HTMLElement).getByTestId('reflection-questions').textContent).toBe(
      GENERAL_REFLECTION.differed.ja,
    );
  });
});
