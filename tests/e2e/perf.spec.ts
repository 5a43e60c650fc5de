/**
 * UI benchmark: time from clicking "End quarter" to the first frame that shows the resolved
 * quarter (the dashboard under the first dialog, or the report), over several whole games.
 * Writes test-results/ui-perf.json; the figures are recorded in docs/performance.md ("UI").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { expect, test, type Page } from '@playwright/test';
import { answerDialogs, dismissTourIfShown, startGame } from './game-driver';
import { SCENARIO_ID } from './game-plan';

test.use({ viewport: { width: 1280, height: 720 } });

/** One game first to warm the JIT (its samples are reported apart as "cold"), then GAMES measured. */
const GAMES = 3;
const TARGET_P95_MS = 100;

/** Clicks End quarter and resolves with the milliseconds until the updated screen is painted. */
async function timeEndQuarter(page: Page, quarter: number): Promise<number> {
  return page.evaluate(async (resolvedQuarters) => {
    const button = document.querySelector<HTMLButtonElement>('[data-testid="end-quarter"]');
    if (!button) throw new Error('no End quarter button');
    const selector = `.game[data-resolved-quarters="${resolvedQuarters}"] :is([data-testid="dashboard"], [data-testid="report"])`;
    let start = performance.now();
    const shown = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    button.click();
    // A plan that changed nothing asks to confirm first: time from the click that ends it.
    const confirm = document.querySelector<HTMLButtonElement>(
      '[data-testid="end-quarter-confirm-button"]',
    );
    if (confirm) {
      start = performance.now();
      confirm.click();
    }
    if (!document.querySelector(selector)) await shown;
    // The next animation frame is when the browser paints the committed DOM.
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    return performance.now() - start;
  }, quarter);
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

// A benchmark, not a correctness check: timings depend on the machine and its load, so it runs
// only when asked (UI_PERF=1 npx playwright test tests/e2e/perf.spec.ts).
test.skip(!process.env.UI_PERF, 'UI benchmark: set UI_PERF=1 to run it');

test('end quarter → updated dashboard stays under 100 ms at p95', async ({ page }) => {
  test.setTimeout(600_000);
  const cold: number[] = [];
  const samples: number[] = [];
  for (let g = -1; g < GAMES; g++) {
    await startGame(page, SCENARIO_ID, 1001 + g, '');
    await dismissTourIfShown(page);
    for (;;) {
      const phase = await page.locator('.game').getAttribute('data-phase');
      if (phase === 'ended') break;
      const quarter = Number(await page.locator('.game').getAttribute('data-quarter'));
      await page.getByRole('tab', { name: 'Plan' }).click();
      await expect(page.getByTestId('end-quarter')).toBeEnabled();
      (g < 0 ? cold : samples).push(await timeEndQuarter(page, quarter));
      await answerDialogs(page, quarter);
      await page.getByTestId('continue').click();
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const result = {
    samples: samples.length,
    medianMs: Number(percentile(sorted, 50).toFixed(1)),
    p95Ms: Number(percentile(sorted, 95).toFixed(1)),
    maxMs: Number(sorted.at(-1)!.toFixed(1)),
    viewport: '1280x720',
    // The machine's load when measured: other work on the same cores slows every frame.
    cpus: cpus().length,
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    samplesMs: samples.map((x) => Number(x.toFixed(1))),
    coldGameMs: cold.map((x) => Number(x.toFixed(1))),
  };
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/ui-perf.json', `${JSON.stringify(result, null, 2)}\n`);
  test.info().annotations.push({ type: 'ui-perf', description: JSON.stringify(result) });
  expect(result.p95Ms).toBeLessThan(TARGET_P95_MS);
});
