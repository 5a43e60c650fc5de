// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  within,
} from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  balancedPolicy,
  carelessPolicy,
  newGame,
  parseScenario,
  selectBriefing,
  type Game,
  type Policy,
  type Scenario,
} from '../../../src/sim/index';
import { BriefingView } from '../../../src/renderer/features/briefing/BriefingView';
import { useGame } from '../../../src/renderer/game/useGame';
import { createTestI18n } from '../testI18n';
import { playUntil as playPure } from '../../sim/helpers';

function scenario(id: string): Scenario {
  const json: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'scenarios', `${id}.json`), 'utf8'),
  );
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(`${id}.json does not parse`);
  return parsed.value;
}

/** The game at the first quarter's planning where `until` holds (the test fails if none does). */
function playUntil(sc: Scenario, seed: number, policy: Policy, until: (g: Game) => boolean): Game {
  const game = playPure(sc, seed, policy, until);
  if (!until(game)) throw new Error('the game ended before the condition held');
  return game;
}

const accepting: Policy = {
  decide: carelessPolicy.decide,
  choose: (g, ev) => (ev.kind === 'request' ? 'accept' : carelessPolicy.choose(g, ev)),
};

afterEach(cleanup);

async function renderBriefing(
  game: Game,
  language: 'en' | 'ja',
  props: Partial<Parameters<typeof BriefingView>[0]> = {},
) {
  const i18n = await createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <BriefingView
        game={game}
        format={{ locale: language === 'ja' ? 'ja-JP' : 'en-US', currency: game.scenario.currency }}
        {...props}
      />
    </I18nextProvider>,
  );
}

describe('BriefingView', () => {
  it('opens quarter 1 with the scenario, what winning means, and "Start planning" focused', async () => {
    const game = newGame(scenario('series-b-saas'), 7);
    const onStartPlanning = vi.fn();
    await renderBriefing(game, 'en', { onStartPlanning });
    expect(screen.getByRole('heading', { name: 'Briefing for quarter 1 of 12' })).toBeTruthy();
    expect(screen.getByText(game.scenario.description.en)).toBeTruthy();
    expect(screen.getByText(game.scenario.winning.en)).toBeTruthy();
    const start = screen.getByRole('button', { name: 'Start planning' });
    expect(document.activeElement).toBe(start);
    fireEvent.click(start);
    expect(onStartPlanning).toHaveBeenCalledTimes(1);
    // No previous quarter: no changes to show.
    expect(screen.queryByRole('columnheader', { name: 'Change' })).toBeNull();
  });

  it('shows the engine’s warnings with why they matter, and the commitments owed', async () => {
    const game = playUntil(
      scenario('series-b-saas'),
      3,
      accepting,
      (g) => g.state.commitments.length > 0 && selectBriefing(g).warnings.length > 1,
    );
    const b = selectBriefing(game);
    await renderBriefing(game, 'en', { onStartPlanning: vi.fn() });
    const warnings = screen.getAllByTestId(/^warning-/);
    expect(warnings).toHaveLength(b.warnings.length);
    b.warnings.forEach((w, i) => {
      expect(warnings[i]!.textContent).toContain(w.why.en);
      expect(warnings[i]!.textContent).toContain(
        w.severity === 'critical' ? 'Critical' : 'Warning',
      );
    });
    for (const c of b.commitments) {
      const item = screen.getByTestId(`commitment-${c.id}`);
      expect(item.textContent).toContain(c.title.en);
      expect(item.textContent).toContain(c.outlook.en);
    }
    // Metric names carry their glossary explanation.
    const runway = within(screen.getByTestId('briefing-runwayQuarters'));
    expect(runway.getByRole('tooltip', { hidden: true }).textContent).toMatch(/cash lasts/);
    // Trust changes since last quarter are shown for every stakeholder.
    expect(screen.getByRole('columnheader', { name: 'Change' })).toBeTruthy();
    expect(screen.getAllByTestId(/^briefing-trust-/)).toHaveLength(5);
  });

  it('speaks Japanese, and once planning has started offers the way back to the plan', async () => {
    const game = playUntil(scenario('series-b-saas'), 3, balancedPolicy, (g) => g.quarter === 3);
    const onBackToPlan = vi.fn();
    await renderBriefing(game, 'ja', { onBackToPlan });
    expect(
      screen.getByRole('heading', { name: '第3四半期のブリーフィング（全12四半期）' }),
    ).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '変化' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '計画を始める' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '計画に戻る' }));
    expect(onBackToPlan).toHaveBeenCalledTimes(1);
    for (const w of selectBriefing(game).warnings)
      expect(screen.getByTestId(`warning-${w.id}`).textContent).toContain(w.why.ja);
  });
});

describe('BriefingView: the starting situation', () => {
  // Seed 3 of series-b-saas starts in "A smaller round" (model/situation.ts draws it).
  const smallerRound = () => newGame(scenario('series-b-saas'), 3);

  it('tells quarter 1 the situation this seed starts in, beside the introduction', async () => {
    const game = smallerRound();
    const s = selectBriefing(game).situation!;
    expect(s.id).toBe('less-cash');
    await renderBriefing(game, 'en', { onStartPlanning: vi.fn() });
    const box = screen.getByTestId('briefing-start-situation');
    expect(
      within(box).getByRole('heading', { name: 'Your starting situation: A smaller round' }),
    ).toBeTruthy();
    expect(box.textContent).toContain(s.body.en);
    expect(screen.queryByTestId('briefing-situation-reminder')).toBeNull();
  });

  it('says it in Japanese', async () => {
    const game = smallerRound();
    await renderBriefing(game, 'ja', { onStartPlanning: vi.fn() });
    const box = screen.getByTestId('briefing-start-situation');
    expect(within(box).getByRole('heading', { name: '着任時の状況: 小さめの調達' })).toBeTruthy();
    expect(box.textContent).toContain(selectBriefing(game).situation!.body.ja);
  });

  it('names it in one line in later quarters, its text a click away', async () => {
    const game = playUntil(scenario('series-b-saas'), 3, balancedPolicy, (g) => g.quarter === 2);
    await renderBriefing(game, 'en', { onStartPlanning: vi.fn() });
    expect(screen.queryByTestId('briefing-start-situation')).toBeNull();
    const reminder = screen.getByTestId('briefing-situation-reminder');
    expect(reminder.tagName).toBe('DETAILS');
    expect(reminder.querySelector('summary')!.textContent).toBe(
      'Starting situation: A smaller round',
    );
    expect(reminder.textContent).toContain(selectBriefing(game).situation!.body.en);
  });

  it('shows nothing of it when the scenario lists no situations', async () => {
    const { situations: _none, ...plain } = scenario('series-b-saas');
    const game = newGame(plain, 3);
    expect(selectBriefing(game).situation).toBeNull();
    await renderBriefing(game, 'en', { onStartPlanning: vi.fn() });
    expect(screen.getByText(game.scenario.description.en)).toBeTruthy();
    expect(screen.queryByTestId('briefing-start-situation')).toBeNull();
    expect(screen.queryByTestId('briefing-situation-reminder')).toBeNull();
  });
});

describe('useGame', () => {
  it('opens each quarter in the briefing; startPlanning moves on to the plan', () => {
    const sc = scenario('series-b-saas');
    const { result } = renderHook(() => useGame({ kind: 'new', scenario: sc, seed: 2 }));
    expect(result.current.phase).toBe('briefing');
    expect(result.current.game.phase).toBe('planning');
    act(() => result.current.submitDecisions(sc.startingDecisions));
    expect(result.current.phase).toBe('briefing');
    expect(result.current.lastError?.en).toMatch(/briefing/);
    act(() => result.current.startPlanning());
    expect(result.current.phase).toBe('planning');
    expect(result.current.lastError).toBeUndefined();
    act(() => result.current.submitDecisions(sc.startingDecisions));
    while (result.current.phase === 'events') {
      const ev = result.current.game.pending[0]!;
      act(() => result.current.answer(ev.id, ev.defaultOptionId));
    }
    expect(result.current.phase).toBe('review');
    act(() => result.current.continueGame());
    expect(result.current.phase).toBe('briefing');
    expect(result.current.game.quarter).toBe(2);
  });
});
