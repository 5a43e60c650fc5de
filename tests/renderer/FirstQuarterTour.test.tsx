// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import {
  FirstQuarterTour,
  TOUR_STEPS,
  tourAlreadySeen,
} from '../../src/renderer/features/help/FirstQuarterTour';
import { createTestI18n } from './testI18n';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function renderTour(onStep = vi.fn(), onClose = vi.fn()) {
  const i18n = await createTestI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <FirstQuarterTour onStep={onStep} onClose={onClose} />
    </I18nextProvider>,
  );
  return { onStep, onClose };
}

describe('FirstQuarterTour', () => {
  it('walks through every step, pointing the screen at each, then is remembered as seen', async () => {
    const { onStep, onClose } = await renderTour();
    expect(tourAlreadySeen()).toBe(false);
    for (let i = 1; i < TOUR_STEPS.length; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(onStep).toHaveBeenLastCalledWith(TOUR_STEPS[i]);
      expect(screen.getByText(`Step ${i + 1} of ${TOUR_STEPS.length}`)).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: 'Start playing' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(tourAlreadySeen()).toBe(true);
  });

  it('takes the keyboard in: focus on Next, Tab wraps inside, Escape closes it', async () => {
    const { onClose } = await renderTour();
    const tour = screen.getByRole('dialog', { name: 'Your first quarter' });
    expect(tour.getAttribute('aria-modal')).toBe('true');
    const next = screen.getByRole('button', { name: 'Next' });
    expect(document.activeElement).toBe(next);
    fireEvent.keyDown(next, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Skip the tour' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(next);
    fireEvent.keyDown(next, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(tourAlreadySeen()).toBe(true);
  });

  it('can be skipped at once, which is remembered too', async () => {
    const { onClose } = await renderTour();
    fireEvent.click(screen.getByRole('button', { name: 'Skip the tour' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(tourAlreadySeen()).toBe(true);
  });
});
