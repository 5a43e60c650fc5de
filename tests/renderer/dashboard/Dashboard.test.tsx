// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { balancedPolicy, selectObjectives } from '../../../src/sim/index';
import { Dashboard } from '../../../src/renderer/features/dashboard/Dashboard';
import { loadBuiltin } from '../../scenarios/builtin';
import { playUntil } from '../../sim/helpers';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

describe('Dashboard', () => {
  it("tracks the board's objectives as the briefing does, in each language", async () => {
    const game = playUntil(
      loadBuiltin('series-b-saas.json'),
      3,
      balancedPolicy,
      (g) => g.quarter === 4,
    );
    const objectives = selectObjectives(game);
    expect(objectives.length).toBeGreaterThan(0);
    for (const language of ['en', 'ja'] as const) {
      const i18n = await createTestI18n(language);
      render(
        <I18nextProvider i18n={i18n}>
          <Dashboard
            game={game}
            format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: 'USD' }}
          />
        </I18nextProvider>,
      );
      const panel = screen.getByTestId('dashboard-objectives');
      expect(within(panel).getByRole('heading').textContent).toBe(
        language === 'en' ? 'What the board expects' : i18n.t('briefing:objectives.title'),
      );
      const items = within(panel).getAllByRole('listitem');
      expect(items.length).toBeGreaterThanOrEqual(objectives.length);
      for (const o of objectives) expect(panel.textContent).toContain(o.title[language]);
      cleanup();
    }
  });
});
