/**
 * recharts' ResponsiveContainer measures its parent; happy-dom has no layout, so a component
 * test that draws charts gives every observed element this size.
 */
class FixedResizeObserver {
  constructor(private cb: ResizeObserverCallback) {}
  observe(target: Element) {
    this.cb([{ target, contentRect: { width: 400, height: 200 } } as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}

export function sizeCharts(): void {
  globalThis.ResizeObserver = FixedResizeObserver as unknown as typeof ResizeObserver;
}
