// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { detectHost, useBeforeQuit } from '../../../src/renderer/host';

function LastAutosave({ onRun }: { onRun: () => void }) {
  useBeforeQuit(async () => onRun());
  return null;
}

const views: { unmount: () => void }[] = [];
afterEach(() => views.splice(0).forEach((v) => v.unmount()));

describe('browser host: the last chance before a tab goes', () => {
  it('runs the before-quit tasks (the last autosave) when the page is hidden or hides', () => {
    let runs = 0;
    views.push(render(<LastAutosave onRun={() => (runs += 1)} />));
    detectHost();
    window.dispatchEvent(new Event('pagehide'));
    expect(runs).toBe(1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(runs).toBe(2);
  });
});
