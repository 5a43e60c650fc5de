import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export const TOUR_STEPS = [
  'welcome',
  'briefing',
  'dashboard',
  'decisions',
  'projection',
  'submit',
  'report',
] as const;
export type TourStep = (typeof TOUR_STEPS)[number];

const STORAGE_KEY = 'vpoe.firstQuarterTour.done';

/** Whether the player has finished or dismissed the tour before (remembered in this browser). */
export function tourAlreadySeen(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): boolean {
  try {
    return storage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // storage blocked: show the tour, it can still be dismissed
  }
}

export function rememberTourSeen(
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(STORAGE_KEY, '1');
  } catch {
    // storage blocked: the tour will show again next time, which is harmless
  }
}

export interface FirstQuarterTourProps {
  /** Called when a step is shown, so the screen can show the part it talks about. */
  onStep?: (step: TourStep) => void;
  onClose: () => void;
}

/** A short, dismissable guide through the first quarter, shown once to first-time players. */
export function FirstQuarterTour({ onStep, onClose }: FirstQuarterTourProps) {
  const { t } = useTranslation('help');
  const [index, setIndex] = useState(0);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  const go = (next: number) => {
    setIndex(next);
    onStep?.(TOUR_STEPS[next]!);
  };
  const close = () => {
    rememberTourSeen();
    onClose();
  };
  return (
    <aside className="tour" aria-labelledby="tour-title" data-testid="tour">
      <h2 id="tour-title">{t('tour.title')}</h2>
      <p className="muted small">{t('tour.step', { n: index + 1, total: TOUR_STEPS.length })}</p>
      <p aria-live="polite">{t(`tour.steps.${step}`)}</p>
      <div className="tour-actions">
        <button type="button" onClick={close} data-testid="tour-skip">
          {t('tour.skip')}
        </button>
        {index > 0 && (
          <button type="button" onClick={() => go(index - 1)}>
            {t('tour.back')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => (last ? close() : go(index + 1))}>
          {last ? t('tour.done') : t('tour.next')}
        </button>
      </div>
    </aside>
  );
}
