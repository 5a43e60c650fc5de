// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { newGame, parseScenario, selectMarket, type Game } from '../../src/sim/index';
import { PlanningView } from '../../src/renderer/features/decisions/PlanningView';
import { Dashboard } from '../../src/renderer/features/dashboard/Dashboard';
import { createTestI18n } from './testI18n';

function scenario() {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'series-b-saas.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('series-b-saas.json does not parse');
  return parsed.value;
}

/** The first seed whose market opens in the given phase (the path is drawn from the seed). */
function gameOpeningIn(cycle: Game['state']['marketCycle']): Game {
  for (let seed = 1; seed < 200; seed++) {
    const g = newGame(scenario(), seed);
    if (g.state.marketCycle === cycle) return g;
  }
  throw new Error(`no seed under 200 opens in a ${cycle}`);
}

afterEach(cleanup);

const format = { locale: 'en-US', currency: 'USD' } as const;

describe('the market line where the player plans', () => {
  it.each(['boom', 'downturn'] as const)(
    'shows a %s on the plan and the dashboard as the engine words it',
    async (cycle) => {
      const i18n = await createTestI18n('en');
      const game = gameOpeningIn(cycle);
      const words = selectMarket(game).text.en;
      render(
        <I18nextProvider i18n={i18n}>
          <PlanningView game={game} onSubmit={() => {}} format={format} />
          <Dashboard game={game} format={format} />
        </I18nextProvider>,
      );
      for (const id of ['plan-market', 'dashboard-market']) {
        const line = screen.getByTestId(id);
        expect(line.getAttribute('data-cycle')).toBe(cycle);
        expect(line.textContent).toContain(words);
      }
    },
  );
});
