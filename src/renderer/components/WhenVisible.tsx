import { useEffect, useRef, useState, type ReactNode } from 'react';

export interface WhenVisibleProps {
  children: ReactNode;
  /** Space kept while not yet rendered, so the page does not jump (px). */
  minHeight: number;
}

/**
 * Renders its children once they come near the viewport. Charts below the fold are then built
 * when the player scrolls to them, not in the frame that shows a newly resolved quarter.
 * Without IntersectionObserver (tests, old engines) the children render at once.
 */
export function WhenVisible({ children, minHeight }: WhenVisibleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div
      ref={ref}
      style={visible ? undefined : { minHeight }}
      data-when-visible={visible ? 'shown' : 'waiting'}
    >
      {visible ? children : null}
    </div>
  );
}
