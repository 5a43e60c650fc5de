import { describe, expect, it } from 'vitest';
import {
  overlapArea,
  placeTour,
  TOUR_GAP_PX,
  visiblePart,
} from '../../src/renderer/features/help/tourPlacement';

const viewport = { width: 1280, height: 720 };
const panel = { width: 300, height: 360 };

describe('placeTour', () => {
  it('sits to the right of a target with room there, level with it', () => {
    const target = { left: 20, top: 200, width: 180, height: 150 };
    const p = placeTour(target, panel, viewport);
    expect(p).toMatchObject({ side: 'right', left: 200 + TOUR_GAP_PX, top: 200, covers: 0 });
  });

  it('goes to the left of a target at the right edge (the side bar)', () => {
    const target = { left: 930, top: 100, width: 330, height: 600 };
    const p = placeTour(target, panel, viewport);
    expect(p.side).toBe('left');
    expect(p.left + panel.width).toBeLessThanOrEqual(930 - TOUR_GAP_PX);
    expect(p.covers).toBe(0);
  });

  it('goes below a target as wide as the window', () => {
    const target = { left: 20, top: 180, width: 1240, height: 90 };
    const p = placeTour(target, panel, viewport);
    expect(p).toMatchObject({ side: 'below', top: 270 + TOUR_GAP_PX, covers: 0 });
  });

  it('stays inside the window and says how much it covers when no side has room', () => {
    const target = { left: 0, top: 0, width: 1280, height: 2000 };
    const p = placeTour(target, panel, viewport);
    expect(p.left).toBeGreaterThanOrEqual(TOUR_GAP_PX);
    expect(p.top + panel.height).toBeLessThanOrEqual(viewport.height - TOUR_GAP_PX);
    expect(p.covers).toBe(panel.width * panel.height);
  });

  it('sits in the bottom right corner when a step describes nothing on screen', () => {
    expect(placeTour(null, panel, viewport)).toEqual({
      side: 'corner',
      left: 1280 - 300 - TOUR_GAP_PX,
      top: 720 - 360 - TOUR_GAP_PX,
      covers: 0,
    });
  });

  it('judges covering by the part of the target in the window', () => {
    const tall = { left: 0, top: -500, width: 600, height: 3000 };
    expect(visiblePart(tall, viewport)).toEqual({ left: 0, top: 0, width: 600, height: 720 });
    expect(
      overlapArea(
        { left: 0, top: 0, width: 10, height: 10 },
        { left: 10, top: 0, width: 5, height: 5 },
      ),
    ).toBe(0);
    expect(placeTour(tall, panel, viewport)).toMatchObject({ side: 'right', covers: 0 });
  });
});
