// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  defaultDecisions,
  newGame,
  parseScenario,
  submitDecisions,
  type Decisions,
  type Game,
} from '../../../src/sim/index';
import { PlanChangesList } from '../../../src/renderer/features/report/PlanChangesList';
import { createTestI18n } from '../testI18n';

afterEach(cleanup);

function firstQuarterWith(change: (plan: Decisions) => void): Game {
  const parsed = parseScenario(
    JSON.parse(readFileSync(join(process.cwd(), 'scenarios', 'series-b-saas.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('series-b-saas.json does not parse');
  const game = newGame(parsed.value, 7);
  const plan = defaultDecisions(game);
  change(plan);
  const r = submitDecisions(game, plan);
  if (!r.ok) throw new Error('plan refused');
  return r.value;
}

describe("the report's plan changes", () => {
  it('names the lever changed, its values and its expected effects', async () => {
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <PlanChangesList
          game={firstQuarterWith((plan) => (plan.talent.training += 1))}
          quarter={1}
          format={{ locale: 'en-US', currency: 'USD' }}
        />
      </I18nextProvider>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const text = items[0]!.textContent ?? '';
    expect(text).toMatch(/Training/i);
    expect(text).toContain('Expected effect this quarter: ');
    expect(text).toContain('Costs +');
    expect(text).toContain('Two quarters on, if the plan is kept: ');
  });

  it('leaves out effects too small to show, and keeps each sign with its figure', async () => {
    // Two senior hires: their cost shows in quarter 1, their delivery (ramping up) rounds to 0.
    const game = firstQuarterWith((plan) => {
      plan.talent.hiring = [{ role: 'product', level: 'senior', count: 2 }];
    });
    const i18n = await createTestI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <PlanChangesList game={game} quarter={1} format={{ locale: 'en-US', currency: 'USD' }} />
      </I18nextProvider>,
    );
    const text = screen.getByTestId('plan-changes').textContent ?? '';
    expect(text).toMatch(/Costs \+\u2060\$[\d.]+K/);
    expect(text).not.toMatch(/[+−]\u2060?0(?![.,\d])/);
    expect(text).not.toContain('Features delivered');
  });
});
