import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusTrap } from '../../components/useFocusTrap';
import { placeTour, type Placement } from './tourPlacement';

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

/** What each step describes on the screen (the first match), or null for the welcome. */
export const TOUR_TARGETS: Record<TourStep, string | null> = {
  welcome: null,
  briefing: '.briefing-top',
  dashboard: '.kpi-card',
  decisions: '.decisions',
  projection: '[data-testid="projection"]',
  submit: '.submit-bar',
  report: '#tab-report',
};
const TARGET_MARK = 'data-tour-target';

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

/**
 * A short guide through the first quarter, shown once to first-time players. Each step sits
 * beside the part of the screen it describes (marked while it is described) without covering
 * it; while the guide is open the keyboard stays in it, and Escape closes it.
 */
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
  const trap = useFocusTrap<HTMLElement>(close, '.tour-actions .primary');
  const [placement, setPlacement] = useState<Placement | null>(null);

  /** Places the box beside the step's target; false when it could not help covering some of it. */
  const place = useCallback((): boolean => {
    const box = trap.ref.current;
    if (!box) return true;
    const selector = TOUR_TARGETS[step];
    const target = selector ? document.querySelector<HTMLElement>(selector) : null;
    const r = target?.getBoundingClientRect();
    const next = placeTour(
      r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null,
      { width: box.offsetWidth, height: box.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    setPlacement((p) =>
      p && p.left === next.left && p.top === next.top && p.side === next.side ? p : next,
    );
    return next.covers === 0;
  }, [step, trap.ref]);

  // Each step: bring its target into view, mark it, and keep the keyboard in the guide (the
  // button that had focus may have gone, e.g. Back on the second step).
  useLayoutEffect(() => {
    const selector = TOUR_TARGETS[step];
    const target = selector ? document.querySelector<HTMLElement>(selector) : null;
    target?.scrollIntoView?.({ block: 'nearest' });
    target?.setAttribute(TARGET_MARK, step);
    const box = trap.ref.current;
    if (box && !box.contains(document.activeElement))
      box.querySelector<HTMLElement>('.tour-actions .primary')?.focus();
    place();
    return () => target?.removeAttribute(TARGET_MARK);
  }, [step, place, trap.ref]);

  // Once the screen has settled (a new view scrolls to its top, charts lay out): when there is
  // no room beside the target where it is, bring it to the top of the window, leaving room
  // below. Scrolling and resizing move the box along.
  useEffect(() => {
    const replace = () => void place();
    const frame = requestAnimationFrame(() => {
      if (place()) return;
      const selector = TOUR_TARGETS[step];
      if (!selector) return;
      document.querySelector<HTMLElement>(selector)?.scrollIntoView?.({ block: 'start' });
      place();
    });
    window.addEventListener('resize', replace);
    window.addEventListener('scroll', replace, true);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', replace);
      window.removeEventListener('scroll', replace, true);
    };
  }, [place, step]);

  return (
    <aside
      ref={trap.ref}
      className="tour"
      role="dialog"
      aria-modal="true"
      aria-labelledby="tour-title"
      aria-describedby="tour-text"
      data-testid="tour"
      data-step={step}
      data-side={placement?.side}
      style={placement ? { left: placement.left, top: placement.top } : undefined}
      onKeyDown={trap.onKeyDown}
    >
      <h2 id="tour-title">{t('tour.title')}</h2>
      <p className="muted small">{t('tour.step', { n: index + 1, total: TOUR_STEPS.length })}</p>
      <p id="tour-text" aria-live="polite">
        {t(`tour.steps.${step}`)}
      </p>
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
