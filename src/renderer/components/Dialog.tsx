import { useId, type ReactNode } from 'react';
import { useFocusTrap } from './useFocusTrap';

export interface DialogProps {
  title: ReactNode;
  children: ReactNode;
  /** When given, Escape and the close button call it; omit for choices the player must make. */
  onClose?: () => void;
  closeLabel?: string;
  /** Extra class for sizing (e.g. "dialog-wide"). */
  className?: string;
}

/**
 * A modal dialog: labelled by its title, focus moved inside on open and kept there (Tab wraps),
 * focus returned to where it was on close. Without onClose it cannot be dismissed, because
 * a dilemma must be answered.
 */
export function Dialog({ title, children, onClose, closeLabel = 'Close', className }: DialogProps) {
  const titleId = useId();
  const trap = useFocusTrap<HTMLDivElement>(onClose);

  return (
    <div className="dialog-backdrop">
      <div
        ref={trap.ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`dialog ${className ?? ''}`}
        onKeyDown={trap.onKeyDown}
      >
        <div className="dialog-header">
          <h2 id={titleId}>{title}</h2>
          {onClose && (
            <button
              type="button"
              className="dialog-close"
              onClick={onClose}
              aria-label={closeLabel}
            >
              ×
            </button>
          )}
        </div>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}
