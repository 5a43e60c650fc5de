// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { ReplayViewer } from '../../../src/renderer/features/replay/ReplayViewer';
import { sizeCharts } from '../chartSize';
import { createTestI18n } from '../testI18n';
import { freshGame, playTo } from '../saves/games';

sizeCharts();

afterEach(cleanup);

const game = playTo(freshGame(41), 3);
const format = { locale: 'en-US', currency: game.scenario.currency };

async function show(onBranch = vi.fn()) {
  const i18n = await createTestI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <ReplayViewer game={game} format={format} onBranch={onBranch} />
    </I18nextProvider>,
  );
  return onBranch;
}

const label = () => screen.getByTestId('replay-quarter').textContent;
const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));

describe('ReplayViewer', () => {
  it('starts at the last played quarter and steps with the arrow keys, within the game', async () => {
    await show();
    expect(label()).toBe('Quarter 3 of 3 played');
    press('ArrowRight');
    expect(label()).toBe('Quarter 3 of 3 played');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(label()).toBe('Quarter 1 of 3 played');
    press('ArrowLeft');
    expect(label()).toBe('Quarter 1 of 3 played');
    expect(screen.getByRole('heading', { name: 'Quarter 1 report' })).toBeTruthy();
  });

  it('shows the game as it stood then: the report and decisions of the chosen quarter', async () => {
    await show();
    fireEvent.change(screen.getByTestId('replay-scrubber'), { target: { value: '2' } });
    expect(label()).toBe('Quarter 2 of 3 played');
    expect(screen.getByRole('heading', { name: 'Quarter 2 report' })).toBeTruthy();
    expect(screen.getByTestId('replay-decisions').textContent).toContain(
      `features ${game.history[1]!.decisions.allocation.features}%`,
    );
  });

  it('branches from the quarter shown', async () => {
    const onBranch = await show();
    press('ArrowLeft');
    fireEvent.click(screen.getByTestId('branch'));
    expect(onBranch).toHaveBeenCalledWith(2);
  });
});
