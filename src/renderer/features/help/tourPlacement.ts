/**
 * Where the tour's box goes so that it points at what a step describes without covering it: on
 * the first side of the target (right, left, below, above) with room for the whole box, else on
 * the side that covers the least of the target's visible part. All in viewport pixels.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export type Side = 'right' | 'left' | 'below' | 'above' | 'corner';
export interface Placement {
  left: number;
  top: number;
  side: Side;
  /** how much of the target's visible part the box covers there, in square pixels (0: none) */
  covers: number;
}

/** Space kept between the box and the target, and between the box and the window's edges. */
export const TOUR_GAP_PX = 12;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The area two boxes share (0 when apart). */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The part of `box` inside the viewport (zero-sized when it is off screen). */
export function visiblePart(box: Box, viewport: { width: number; height: number }): Box {
  const left = clamp(box.left, 0, viewport.width);
  const top = clamp(box.top, 0, viewport.height);
  const right = clamp(box.left + box.width, 0, viewport.width);
  const bottom = clamp(box.top + box.height, 0, viewport.height);
  return { left, top, width: right - left, height: bottom - top };
}

export function placeTour(
  target: Box | null,
  panel: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const g = TOUR_GAP_PX;
  const maxLeft = viewport.width - panel.width - g;
  const maxTop = viewport.height - panel.height - g;
  if (!target)
    return {
      left: clamp(maxLeft, g, maxLeft),
      top: clamp(maxTop, g, maxTop),
      side: 'corner',
      covers: 0,
    };
  const t = visiblePart(target, viewport);
  const alongY = clamp(t.top, g, maxTop);
  const alongX = clamp(t.left, g, maxLeft);
  const candidates: Placement[] = [
    { side: 'right', left: t.left + t.width + g, top: alongY },
    { side: 'left', left: t.left - g - panel.width, top: alongY },
    { side: 'below', left: alongX, top: t.top + t.height + g },
    { side: 'above', left: alongX, top: t.top - g - panel.height },
  ].map((c) => {
    const left = clamp(c.left, g, maxLeft);
    const top = clamp(c.top, g, maxTop);
    return { side: c.side as Side, left, top, covers: overlapArea({ left, top, ...panel }, t) };
  });
  return candidates.reduce((best, c) => (c.covers < best.covers ? c : best));
}
