import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface FocusTrap<T extends HTMLElement> {
  ref: RefObject<T | null>;
  /** Put on the trapping element: Escape calls onEscape, Tab and Shift+Tab wrap inside it. */
  onKeyDown: (e: KeyboardEvent<T>) => void;
}

/**
 * Keeps keyboard focus inside a modal box while it is open: focus moves to its first control (or
 * the one `initialFocus` selects) on open, Tab wraps at both ends, Escape calls `onEscape` (when
 * given), and on close focus goes back to the control that had it before, if that is still on
 * the page and the page did not move focus elsewhere itself.
 */
export function useFocusTrap<T extends HTMLElement>(
  onEscape?: () => void,
  initialFocus?: string,
): FocusTrap<T> {
  const ref = useRef<T>(null);
  // A layout effect: focus moves in before the box's own effects, which see it inside.
  useLayoutEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const box = ref.current;
    const chosen = initialFocus ? box?.querySelector<HTMLElement>(initialFocus) : null;
    (chosen ?? box?.querySelector<HTMLElement>(FOCUSABLE) ?? box)?.focus();
    return () => {
      // The page may have moved focus on purpose while closing (e.g. to "Start planning").
      const now = document.activeElement;
      const focusLeftBehind = !now || now === document.body || box?.contains(now);
      if (focusLeftBehind && previous && previous !== document.body && previous.isConnected)
        previous.focus();
    };
    // Once per opening: a new initialFocus later must not move the player's focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(e: KeyboardEvent<T>) {
    if (e.key === 'Escape' && onEscape) {
      e.stopPropagation();
      onEscape();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }
  return { ref, onKeyDown };
}
