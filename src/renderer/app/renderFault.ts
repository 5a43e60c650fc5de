/**
 * A test-only way to make one screen fail while it renders, so the browser tests can show what
 * a player sees when a view has a bug (ScreenBoundary). Nothing in the app sets it: a test sets
 * `window.__vpoeRenderFault` to a boundary's name before the page loads (Playwright's
 * addInitScript). The packaged desktop app has no DevTools, so players cannot reach it there.
 */
declare global {
  interface Window {
    __vpoeRenderFault?: string;
  }
}

export class InjectedRenderFault extends Error {
  constructor(where: string) {
    super(`Render fault injected by a test into "${where}".`);
    this.name = 'InjectedRenderFault';
  }
}

/** Throws during render when a test asked this boundary's content to fail. */
export function RenderFaultProbe({ where }: { where: string }): null {
  if (typeof window !== 'undefined' && window.__vpoeRenderFault === where) {
    throw new InjectedRenderFault(where);
  }
  return null;
}
