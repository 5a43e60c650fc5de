// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { newGame, parseScenario, type Decisions } from '../../src/sim/index';
import { PlanningView } from '../../src/renderer/features/decisions/PlanningView';
import { createTestI18n } from './testI18n';

/** A built-in scenario's company as described (its starting situations left out, tests/sim/helpers.ts). */
function scenarioFile(id = 'series-b-saas') {
  const json = JSON.parse(
    readFileSync(join(process.cwd(), 'scenarios', `${id}.json`), 'utf8'),
  ) as Record<string, unknown>;
  delete json.situations;
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(`${id}.json does not parse`);
  return parsed.value;
}

afterEach(cleanup);

async function renderPlan(
  language: 'en' | 'ja',
  onSubmit: (d: Decisions) => void,
  scenarioId = 'series-b-saas',
) {
  const i18n = await createTestI18n(language);
  const game = newGame(scenarioFile(scenarioId), 7);
  render(
    <I18nextProvider i18n={i18n}>
      <PlanningView
        game={game}
        onSubmit={onSubmit}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: 'USD' }}
      />
    </I18nextProvider>,
  );
  return game;
}

function productJuniorHires() {
  const table = screen.getByTestId('staff-talent-hiring');
  return within(table).getAllByRole('spinbutton')[0] as HTMLInputElement;
}

describe('PlanningView refusals', () => {
  it("shows the engine's reason for a refused plan and disables ending the quarter", async () => {
    const onSubmit = vi.fn();
    const game = await renderPlan('en', onSubmit);
    const limit = game.scenario.limits.maxHiresPerQuarter;
    expect(screen.queryByTestId('decision-problems')).toBeNull();

    fireEvent.change(productJuniorHires(), { target: { value: String(limit + 1) } });

    const problems = screen.getByTestId('decision-problems');
    expect(problems.textContent).toContain(`At most ${limit} requisitions a quarter`);
    expect(problems.textContent).toContain('Hiring plan');
    const end = screen.getByTestId('end-quarter') as HTMLButtonElement;
    expect(end.disabled).toBe(true);
    fireEvent.click(end);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('projection').textContent).toContain(
      'No projection while the plan has problems.',
    );
  });

  it('accepts the plan again once it is fixed, and submits what was edited', async () => {
    const onSubmit = vi.fn();
    await renderPlan('en', onSubmit);
    fireEvent.change(productJuniorHires(), { target: { value: '999' } });
    fireEvent.change(productJuniorHires(), { target: { value: '2' } });
    expect(screen.queryByTestId('decision-problems')).toBeNull();
    const end = screen.getByTestId('end-quarter') as HTMLButtonElement;
    expect(end.disabled).toBe(false);
    fireEvent.click(end);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const submitted = onSubmit.mock.calls[0]![0] as Decisions;
    expect(submitted.talent.hiring).toEqual([{ role: 'product', level: 'junior', count: 2 }]);
  });

  it('gives the reason in Japanese when playing in Japanese', async () => {
    const game = await renderPlan('ja', () => {});
    const limit = game.scenario.limits.maxHiresPerQuarter;
    fireEvent.change(productJuniorHires(), { target: { value: String(limit + 5) } });
    expect(screen.getByTestId('decision-problems').textContent).toContain(
      `採用枠は最大${limit}件です`,
    );
  });

  it('updates the projection as the plan changes', async () => {
    await renderPlan('en', () => {});
    const features = () => screen.getByTestId('projection-featuresDelivered').textContent;
    const before = features();
    fireEvent.change(document.getElementById('allocation-debtPaydown')!, {
      target: { value: '40' },
    });
    const after = features();
    expect(after).not.toBe(before);
  });
});

describe('PlanningView controls show the game’s limits', () => {
  for (const id of ['series-b-saas', 'enterprise-dx']) {
    it(`${id}: the contractors control stops at the scenario's limit and says so`, async () => {
      const game = await renderPlan('en', () => {}, id);
      const max = game.scenario.limits.maxContractors;
      const slider = document.getElementById('lever-budget-contractors') as HTMLInputElement;
      expect(slider.max).toBe(String(max));
      expect(screen.getByTestId('lever-budget-contractors-limit').textContent).toBe(
        `At most ${max} contractors in this scenario.`,
      );
      expect(slider.getAttribute('aria-describedby')).toContain('lever-budget-contractors-limit');
      const teams = document.getElementById('lever-org-teamSizeTarget') as HTMLInputElement;
      expect(teams.max).toBe(String(game.scenario.limits.maxTeamSize));
    });
  }

  it('shows the hiring cap under the hiring plan and caps each layoff cell at the people there are', async () => {
    const game = await renderPlan('en', () => {});
    const cap = game.scenario.limits.maxHiresPerQuarter;
    expect(screen.getByTestId('staff-talent-hiring-limit').textContent).toContain(
      `At most ${cap} requisitions a quarter`,
    );
    expect(productJuniorHires().max).toBe(String(cap));
    const layoffs = within(screen.getByTestId('staff-talent-layoffs')).getAllByRole('spinbutton');
    const productJuniors = game.scenario.org.staff
      .filter((l) => l.role === 'product' && l.level === 'junior')
      .reduce((n, l) => n + l.count, 0);
    expect((layoffs[0] as HTMLInputElement).max).toBe(String(productJuniors));
  });

  it('caps promotions at the ramped seniors there are to promote', async () => {
    const game = await renderPlan('en', () => {});
    const ramped = game.scenario.org.staff
      .filter((l) => l.level === 'senior' && l.tenure === 3)
      .reduce((n, l) => n + l.count, 0);
    const promotions = document.getElementById('lever-org-promotionsToManager') as HTMLInputElement;
    expect(promotions.max).toBe(String(Math.min(10, ramped)));
    expect(screen.getByTestId('lever-org-promotionsToManager-limit').textContent).toContain(
      `${ramped} ramped senior engineers`,
    );
  });
});

describe('PlanningView: no traps when ending the quarter', () => {
  it('never ends the quarter when Enter is pressed in a field', async () => {
    const onSubmit = vi.fn();
    await renderPlan('en', onSubmit);
    const cell = productJuniorHires();
    fireEvent.change(cell, { target: { value: '3' } });
    fireEvent.keyDown(cell, { key: 'Enter' });
    // A browser submits the form around a field on Enter (implicit submission): the plan's
    // fields sit in no form, so there is nothing to submit.
    expect(cell.closest('form')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before ending the quarter with an unchanged plan; going back keeps planning', async () => {
    const onSubmit = vi.fn();
    await renderPlan('en', onSubmit);
    fireEvent.click(screen.getByTestId('end-quarter'));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toContain('End quarter 1 with this plan?');
    expect(dialog.textContent).toContain('You have changed nothing');
    fireEvent.click(screen.getByTestId('end-quarter-back'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('ends the quarter with the unchanged plan once the player confirms', async () => {
    const onSubmit = vi.fn();
    await renderPlan('ja', onSubmit);
    fireEvent.click(screen.getByTestId('end-quarter'));
    expect(screen.getByRole('dialog').textContent).toContain('計画は何も変わっていません');
    fireEvent.click(screen.getByTestId('end-quarter-confirm-button'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('PlanningView: sections that fold', () => {
  it('opens with every section closed, counts the levers changed in each, and remembers what the player opens', async () => {
    localStorage.clear();
    await renderPlan('en', vi.fn());
    const sections = screen.getAllByTestId(/^responsibility-\d$/) as HTMLDetailsElement[];
    expect(sections.length).toBeGreaterThan(5);
    expect(sections.filter((s) => s.open)).toEqual([]);
    const talent = screen.getByTestId('responsibility-3') as HTMLDetailsElement;
    expect(within(talent).queryByTestId('changed-3')).toBeNull();
    fireEvent.change(productJuniorHires(), { target: { value: '2' } });
    expect(within(talent).getByTestId('changed-3').textContent).toBe('1 change');

    fireEvent.click(screen.getByTestId('open-all-sections'));
    expect(sections.every((s) => s.open)).toBe(true);
    cleanup();
    await renderPlan('en', vi.fn());
    const again = screen.getAllByTestId(/^responsibility-\d$/) as HTMLDetailsElement[];
    expect(again.every((s) => s.open)).toBe(true);
    localStorage.clear();
  });
});
